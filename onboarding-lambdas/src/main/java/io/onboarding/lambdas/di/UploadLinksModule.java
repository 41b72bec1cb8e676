package io.onboarding.lambdas.di;

import dagger.Module;
import dagger.Provides;
import io.onboarding.adapters.aws.s3.UploadLinks;
import io.onboarding.adapters.aws.support.AwsClientFactory;
import java.time.Duration;
import javax.inject.Named;
import javax.inject.Singleton;

/** Publishes {@link UploadLinks}: presigned package uploads into the document bucket. */
@Module
public final class UploadLinksModule {
    private UploadLinksModule() {
    }

    @Provides
    @Singleton
    static UploadLinks uploadLinks(AwsClientFactory aws, @Named("bucket") String bucket,
            @Named("uploadLinkExpiry") Duration expiry) {
        return new UploadLinks(aws.s3Presigner(), bucket, expiry);
    }
}
