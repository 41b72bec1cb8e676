package io.onboarding.lambdas.di;

import dagger.Module;
import dagger.Provides;
import io.onboarding.adapters.aws.textract.TextractIdDocumentReader;
import io.onboarding.adapters.aws.support.AwsClientFactory;
import io.onboarding.domain.port.IdDocumentReader;
import io.onboarding.lambdas.config.DocumentConfig;
import javax.inject.Singleton;

/** Publishes {@link IdDocumentReader} backed by Amazon Textract AnalyzeID. */
@Module
public final class TextractModule {
    private TextractModule() {
    }

    @Provides
    @Singleton
    static IdDocumentReader idDocumentReader(AwsClientFactory aws, DocumentConfig config) {
        return new TextractIdDocumentReader(aws.textract(), config.bucket());
    }
}
