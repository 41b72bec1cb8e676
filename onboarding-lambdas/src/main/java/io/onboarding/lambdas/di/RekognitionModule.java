package io.onboarding.lambdas.di;

import dagger.Module;
import dagger.Provides;
import io.onboarding.adapters.aws.rekognition.RekognitionFaceComparator;
import io.onboarding.adapters.aws.rekognition.RekognitionSelfieInspector;
import io.onboarding.adapters.aws.support.AwsClientFactory;
import io.onboarding.domain.port.FaceComparator;
import io.onboarding.domain.port.SelfieInspector;
import javax.inject.Named;
import javax.inject.Singleton;

/**
 * Publishes {@link FaceComparator} and {@link SelfieInspector} backed by Amazon Rekognition (CompareFaces, DetectFaces),
 * sharing one client.
 */
@Module
public final class RekognitionModule {
    private RekognitionModule() {
    }

    @Provides
    @Singleton
    static FaceComparator faceComparator(AwsClientFactory aws, @Named("bucket") String bucket) {
        return new RekognitionFaceComparator(aws.rekognition(), bucket);
    }

    @Provides
    @Singleton
    static SelfieInspector selfieInspector(AwsClientFactory aws, @Named("bucket") String bucket) {
        return new RekognitionSelfieInspector(aws.rekognition(), bucket);
    }
}
