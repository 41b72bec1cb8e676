package io.onboarding.adapters.aws.sqs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.adapters.aws.support.AwsFailures;
import io.onboarding.domain.port.LicenseCheckQueue;
import io.onboarding.domain.port.LicenseCheckRequest;
import java.util.Objects;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

/**
 * {@link LicenseCheckQueue} on an SQS standard queue. Each request becomes one message whose body is
 * {@link LicenseCheckMessages#format(LicenseCheckRequest)}; the consumer must tolerate duplicates.
 */
public final class SqsLicenseCheckQueue implements LicenseCheckQueue {
    static final String DEPENDENCY = "sqs";

    private final SqsClient sqs;
    private final String queueUrl;
    private final ObjectMapper json;

    public SqsLicenseCheckQueue(SqsClient sqs, String queueUrl, ObjectMapper json) {
        this.sqs = Objects.requireNonNull(sqs, "sqs");
        this.queueUrl = Objects.requireNonNull(queueUrl, "queueUrl");
        this.json = Objects.requireNonNull(json, "json");
        if (queueUrl.isBlank()) {
            throw new IllegalArgumentException("queue URL is blank");
        }
    }

    @Override
    public void enqueue(LicenseCheckRequest request) {
        String body = LicenseCheckMessages.format(request, json.getFactory());
        try {
            sqs.sendMessage(SendMessageRequest.builder().queueUrl(queueUrl).messageBody(body).build());
        } catch (SdkException e) {
            throw AwsFailures.translate(DEPENDENCY, "SendMessage", e);
        }
    }
}
