package io.onboarding.lambdas.di;

import dagger.Module;
import dagger.Provides;
import io.onboarding.adapters.aws.support.AwsClientFactory;
import io.onboarding.adapters.aws.textract.TextractIdDocumentReader;
import io.onboarding.domain.port.IdDocumentReader;
import javax.inject.Named;
import javax.inject.Singleton;

/** Publishes {@link IdDocumentReader} backed by Amazon Textract AnalyzeID. */
@Module
public final class TextractModule {
    private TextractModule() {
    }

    @Provides
    @Singleton
    static IdDocumentReader idDocumentReader(AwsClientFactory aws, @Named("bucket") String bucket) {
        return new TextractIdDocumentReader(aws.textract(), bucket);
    }
}
