package io.onboarding.lambdas.di;

import com.fasterxml.jackson.databind.ObjectMapper;
import dagger.Module;
import dagger.Provides;
import io.onboarding.adapters.aws.dynamodb.DynamoDbApplicationRepository;
import io.onboarding.adapters.aws.http.HttpLicenseValidator;
import io.onboarding.adapters.aws.http.SigV4Signing;
import io.onboarding.adapters.aws.rekognition.RekognitionFaceComparator;
import io.onboarding.adapters.aws.rekognition.RekognitionSelfieInspector;
import io.onboarding.adapters.aws.s3.S3DocumentStore;
import io.onboarding.adapters.aws.s3.UploadLinks;
import io.onboarding.adapters.aws.sns.SnsNotifier;
import io.onboarding.adapters.aws.sqs.SqsLicenseCheckQueue;
import io.onboarding.adapters.aws.support.AwsClientFactory;
import io.onboarding.adapters.aws.testing.LocalAws;
import io.onboarding.adapters.aws.textract.TextractIdDocumentReader;
import io.onboarding.domain.port.ApplicationRepository;
import io.onboarding.domain.port.DocumentStore;
import io.onboarding.domain.port.FaceComparator;
import io.onboarding.domain.port.SelfieInspector;
import io.onboarding.domain.port.IdDocumentReader;
import io.onboarding.domain.port.LicenseCheckQueue;
import io.onboarding.domain.port.LicenseValidator;
import io.onboarding.domain.port.Notifier;
import io.onboarding.lambdas.logging.DecisionLog;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import javax.inject.Singleton;

/** Publishes the real AWS adapters, pointed at the local servers of {@link LocalEndpoints}. */
@Module
final class LocalAdaptersModule {
    private LocalAdaptersModule() {
    }

    @Provides
    @Singleton
    static DocumentStore documentStore(LocalEndpoints local) {
        return new S3DocumentStore(local.s3(), local.bucket());
    }

    /** Upload links into S3Proxy, signed with the local credentials, valid for five minutes. */
    @Provides
    @Singleton
    static UploadLinks uploadLinks(LocalEndpoints local) {
        URI s3 = local.s3().serviceClientConfiguration().endpointOverride().orElseThrow();
        return new UploadLinks(AwsClientFactory.create(LocalAws.settings(s3)).s3Presigner(), local.bucket(),
                Duration.ofMinutes(5));
    }

    @Provides
    @Singleton
    static ApplicationRepository repository(LocalEndpoints local) {
        return new DynamoDbApplicationRepository(local.dynamoDb(), local.table());
    }

    @Provides
    @Singleton
    static FaceComparator faces(LocalEndpoints local) {
        return new RekognitionFaceComparator(local.rekognition(), local.bucket());
    }

    @Provides
    @Singleton
    static SelfieInspector selfies(LocalEndpoints local) {
        return new RekognitionSelfieInspector(local.rekognition(), local.bucket());
    }

    @Provides
    @Singleton
    static IdDocumentReader idReader(LocalEndpoints local) {
        return new TextractIdDocumentReader(local.textract(), local.bucket());
    }

    @Provides
    @Singleton
    static Notifier notifier(LocalEndpoints local) {
        return new SnsNotifier(local.sns(), local.topicArn());
    }

    @Provides
    @Singleton
    static LicenseCheckQueue queue(LocalEndpoints local, ObjectMapper json) {
        return new SqsLicenseCheckQueue(local.sqs(), local.licenseQueueUrl(), json);
    }

    @Provides
    @Singleton
    static InvocationDeadline invocationDeadline(Clock clock) {
        return new InvocationDeadline(clock);
    }

    @Provides
    @Singleton
    static LicenseValidator validator(LocalEndpoints local, InvocationDeadline deadline) {
        // signed as in AWS: the loopback API Gateway refuses unsigned requests like IAM authorisation does
        return new HttpLicenseValidator(local.validatorUrl(),
                HttpLicenseValidator.Settings.defaults().withRemainingMillis(deadline),
                SigV4Signing.forApiGateway(LocalAws.settings(local.validatorUrl()).credentialsProvider(),
                        LocalAws.REGION.id()));
    }

    @Provides
    @Singleton
    static DecisionLog decisionLog(ObjectMapper json) {
        return new DecisionLog(json, System.out, "local");
    }
}
