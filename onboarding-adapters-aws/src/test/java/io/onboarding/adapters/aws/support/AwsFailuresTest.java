package io.onboarding.adapters.aws.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.TransientDependencyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.NonRetryableException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

class AwsFailuresTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("500 InternalError", service(500, "InternalError"), true),
                Arguments.of("503 ServiceUnavailable", service(503, "ServiceUnavailable"), true),
                Arguments.of("400 ThrottlingException", service(400, "ThrottlingException"), true),
                Arguments.of("400 ProvisionedThroughputExceeded", ProvisionedThroughputExceededException.builder()
                        .statusCode(400).awsErrorDetails(details("ProvisionedThroughputExceededException"))
                        .build(), true),
                Arguments.of("503 SlowDown (S3)", service(503, "SlowDown"), true),
                Arguments.of("429 without a code", service(429, null), true),
                Arguments.of("400 RequestTimeout (S3)", service(400, "RequestTimeout"), true),
                Arguments.of("408", service(408, "RequestTimeout"), true),
                Arguments.of("400 ValidationException", service(400, "ValidationException"), false),
                Arguments.of("400 ResourceNotFound (table missing)", ResourceNotFoundException.builder()
                        .statusCode(400).awsErrorDetails(details("ResourceNotFoundException")).build(), false),
                Arguments.of("400 ConditionalCheckFailed", ConditionalCheckFailedException.builder()
                        .statusCode(400).awsErrorDetails(details("ConditionalCheckFailedException")).build(), false),
                Arguments.of("400 QueueDoesNotExist", QueueDoesNotExistException.builder().statusCode(400)
                        .awsErrorDetails(details("AWS.SimpleQueueService.NonExistentQueue")).build(), false),
                Arguments.of("403 AccessDenied", service(403, "AccessDenied"), false),
                Arguments.of("404 NoSuchKey", NoSuchKeyException.builder().statusCode(404)
                        .awsErrorDetails(details("NoSuchKey")).build(), false),
                Arguments.of("read timeout", SdkClientException.create("Unable to execute HTTP request",
                        new SocketTimeoutException("Read timed out")), true),
                Arguments.of("connection refused", SdkClientException.create("Unable to execute HTTP request",
                        new ConnectException("Connection refused")), true),
                Arguments.of("I/O error wrapped twice", SdkClientException.create("outer",
                        new IllegalStateException(new UncheckedIOException(new IOException("reset")))), true),
                Arguments.of("api call timeout", ApiCallTimeoutException.create(Duration.ofSeconds(1).toMillis()),
                        true),
                Arguments.of("attempt timeout", ApiCallAttemptTimeoutException.create(
                        Duration.ofSeconds(1).toMillis()), true),
                Arguments.of("aborted", AbortedException.create("thread interrupted"), true),
                Arguments.of("credentials missing", SdkClientException.create("Unable to load credentials"), false),
                Arguments.of("non-retryable", NonRetryableException.create("no",
                        new SocketTimeoutException("x")), false));
    }

    @ParameterizedTest(name = "{0} -> transient: {2}")
    @MethodSource("failures")
    void classifiesThrottling5xxTimeoutsAndIoAsTransientAndOther4xxAsPermanent(String label, SdkException failure,
                                                                              boolean expectTransient) {
        DependencyException translated = AwsFailures.translate("svc", "Op", failure);

        assertThat(translated.isRetryable()).as(label).isEqualTo(expectTransient);
        assertThat(translated.getClass()).as(label).isEqualTo(expectTransient ? TransientDependencyException.class
                : DependencyException.class);
        assertThat(translated.getCause()).isSameAs(failure);
        assertThat(translated.dependency()).isEqualTo("svc");
    }

    @Test
    void describesServiceFailuresByOperationCodeStatusAndRequestIdButNotByTheirMessage() {
        AwsServiceException failure = AwsServiceException.builder()
                .statusCode(400)
                .requestId("REQ-1")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ValidationException")
                        .errorMessage("value NICK SAMPLE is invalid").build())
                .build();

        DependencyException translated = AwsFailures.translate("dynamodb", "PutItem", failure);

        assertThat(translated.getMessage())
                .isEqualTo("dynamodb: PutItem failed: ValidationException (HTTP 400, request id REQ-1)")
                .doesNotContain("NICK");
    }

    @Test
    void describesClientFailuresByExceptionTypesOnly() {
        SdkClientException failure = SdkClientException.create(
                "Unable to execute HTTP request to documentbucket/unzipped/secret.png",
                new SocketTimeoutException("Read timed out"));

        DependencyException translated = AwsFailures.translate("s3", "GetObject", failure);

        assertThat(translated.getMessage())
                .isEqualTo("s3: GetObject failed: SdkClientException caused by SocketTimeoutException");
    }

    @Test
    void readsTheAwsErrorCodeOrNothing() {
        SdkException withCode = service(404, "NoSuchVersion");
        SdkException withoutDetails = SdkClientException.create("x");

        assertThat(AwsFailures.errorCode(withCode)).isEqualTo("NoSuchVersion");
        assertThat(AwsFailures.errorCode(withoutDetails)).isEmpty();
    }

    private static AwsServiceException service(int status, String code) {
        var builder = AwsServiceException.builder().statusCode(status);
        if (code != null) {
            builder.awsErrorDetails(details(code));
        }
        return builder.build();
    }

    private static AwsErrorDetails details(String code) {
        return AwsErrorDetails.builder().errorCode(code).errorMessage("simulated").build();
    }
}
