package io.onboarding.lambdas.di;

import dagger.Module;
import dagger.Provides;
import io.onboarding.adapters.aws.sns.SnsNotifier;
import io.onboarding.adapters.aws.support.AwsClientFactory;
import io.onboarding.domain.port.Notifier;
import javax.inject.Named;
import javax.inject.Singleton;

/** Publishes {@link Notifier} backed by the SNS topic ApplicationNotifications. */
@Module
public final class SnsModule {
    private SnsModule() {
    }

    @Provides
    @Singleton
    static Notifier notifier(AwsClientFactory aws, @Named("topicArn") String topicArn) {
        return new SnsNotifier(aws.sns(), topicArn);
    }
}
