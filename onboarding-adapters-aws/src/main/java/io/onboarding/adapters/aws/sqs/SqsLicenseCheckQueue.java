package io.onboarding.adapters.aws.sqs;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.onboarding.adapters.aws.support.AwsFailures;
import io.onboarding.domain.port.LicenseCheckQueue;
import io.onboarding.domain.port.LicenseCheckRequest;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;

/**
 * {@link LicenseCheckQueue} on an SQS standard queue. Each request becomes one message whose body is
 * {@link LicenseCheckMessages#format(LicenseCheckRequest)}, with the task token added when the queue was made by
 * {@link #withTaskToken(String)} for a workflow execution waiting on the answer; the consumer must tolerate
 * duplicates.
 */
public final class SqsLicenseCheckQueue implements LicenseCheckQueue {
    static final String DEPENDENCY = "sqs";

    private final SqsClient sqs;
    private final String queueUrl;
    private final ObjectMapper json;
    private final Optional<String> taskToken;

    public SqsLicenseCheckQueue(SqsClient sqs, String queueUrl, ObjectMapper json) {
        this(sqs, queueUrl, json, Optional.empty());
    }

    private SqsLicenseCheckQueue(SqsClient sqs, String queueUrl, ObjectMapper json, Optional<String> taskToken) {
        this.sqs = Objects.requireNonNull(sqs, "sqs");
        this.queueUrl = Objects.requireNonNull(queueUrl, "queueUrl");
        this.json = Objects.requireNonNull(json, "json");
        this.taskToken = taskToken;
        if (queueUrl.isBlank()) {
            throw new IllegalArgumentException("queue URL is blank");
        }
    }

    /** The same queue, adding {@code taskToken} to every message so the answer can be reported to that wait. */
    public SqsLicenseCheckQueue withTaskToken(String taskToken) {
        Objects.requireNonNull(taskToken, "taskToken");
        if (taskToken.isBlank()) {
            throw new IllegalArgumentException("task token is blank");
        }
        return new SqsLicenseCheckQueue(sqs, queueUrl, json, Optional.of(taskToken));
    }

    @Override
    public void enqueue(LicenseCheckRequest request) {
        String body = LicenseCheckMessages.format(request, taskToken, json.getFactory());
        try {
            sqs.sendMessage(SendMessageRequest.builder().queueUrl(queueUrl).messageBody(body).build());
        } catch (SdkException e) {
            throw AwsFailures.translate(DEPENDENCY, "SendMessage", e);
        }
    }
}
