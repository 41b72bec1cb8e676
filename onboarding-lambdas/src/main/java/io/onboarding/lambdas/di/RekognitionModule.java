package io.onboarding.lambdas.di;

import dagger.Module;
import dagger.Provides;
import io.onboarding.adapters.aws.rekognition.RekognitionFaceComparator;
import io.onboarding.adapters.aws.support.AwsClientFactory;
import io.onboarding.domain.port.FaceComparator;
import io.onboarding.lambdas.config.DocumentConfig;
import javax.inject.Singleton;

/** Publishes {@link FaceComparator} backed by Amazon Rekognition CompareFaces. */
@Module
public final class RekognitionModule {
    private RekognitionModule() {
    }

    @Provides
    @Singleton
    static FaceComparator faceComparator(AwsClientFactory aws, DocumentConfig config) {
        return new RekognitionFaceComparator(aws.rekognition(), config.bucket());
    }
}
