package io.onboarding.lambdas.di;

import dagger.Module;
import dagger.Provides;
import io.onboarding.adapters.aws.s3.S3DocumentStore;
import io.onboarding.adapters.aws.support.AwsClientFactory;
import io.onboarding.domain.port.DocumentStore;
import javax.inject.Named;
import javax.inject.Singleton;

/** Publishes {@link DocumentStore} backed by the S3 document bucket. */
@Module
public final class S3Module {
    private S3Module() {
    }

    @Provides
    @Singleton
    static DocumentStore documentStore(AwsClientFactory aws, @Named("bucket") String bucket) {
        return new S3DocumentStore(aws.s3(), bucket);
    }
}
