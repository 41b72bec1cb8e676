package io.onboarding.adapters.aws.support;

import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.port.TransientDependencyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.Crc32MismatchException;
import software.amazon.awssdk.core.exception.NonRetryableException;
import software.amazon.awssdk.core.exception.RetryableException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/**
 * Turns SDK exceptions into the domain's {@link DependencyException}s: throttling, 5xx answers, timeouts and I/O
 * failures become {@link TransientDependencyException}s; other 4xx answers and client-side errors are permanent.
 * Messages carry the operation, AWS error code, HTTP status and request id only, never the AWS message text.
 */
public final class AwsFailures {
    /** 4xx codes that AWS documents as "try again" rather than "your request is wrong". */
    private static final Set<String> TRANSIENT_ERROR_CODES = Set.of(
            "RequestTimeout", "RequestTimeoutException", "PriorRequestNotComplete", "TransactionInProgressException");
    private static final int MAX_CAUSE_DEPTH = 16;

    private AwsFailures() {
    }

    /** The exception to throw for {@code failure} of {@code operation} on {@code dependency} (e.g. "s3", "GetObject"). */
    public static DependencyException translate(String dependency, String operation, SdkException failure) {
        String message = operation + " failed: " + describe(failure);
        return isTransient(failure)
                ? new TransientDependencyException(dependency, message, failure)
                : new DependencyException(dependency, message, failure);
    }

    /** Whether calling again later may succeed. */
    public static boolean isTransient(SdkException failure) {
        if (failure instanceof SdkServiceException service) {
            return service.statusCode() >= 500
                    || service.statusCode() == 408
                    || service.isThrottlingException()
                    || service.isClockSkewException()
                    || TRANSIENT_ERROR_CODES.contains(errorCode(service));
        }
        if (failure instanceof NonRetryableException) {
            return false;
        }
        if (failure instanceof RetryableException
                || failure instanceof ApiCallTimeoutException
                || failure instanceof ApiCallAttemptTimeoutException
                || failure instanceof AbortedException
                || failure instanceof Crc32MismatchException) {
            return true;
        }
        return hasIoCause(failure);
    }

    /** The AWS error code of a service answer (such as {@code NoSuchKey}), or an empty string. */
    public static String errorCode(SdkException failure) {
        if (failure instanceof AwsServiceException aws && aws.awsErrorDetails() != null
                && aws.awsErrorDetails().errorCode() != null) {
            return aws.awsErrorDetails().errorCode();
        }
        return "";
    }

    private static String describe(SdkException failure) {
        if (failure instanceof SdkServiceException service) {
            var text = new StringBuilder();
            String code = errorCode(service);
            text.append(code.isEmpty() ? service.getClass().getSimpleName() : code)
                    .append(" (HTTP ").append(service.statusCode());
            if (service.requestId() != null) {
                text.append(", request id ").append(service.requestId());
            }
            return text.append(')').toString();
        }
        Throwable root = rootCause(failure);
        return root == failure ? failure.getClass().getSimpleName()
                : failure.getClass().getSimpleName() + " caused by " + root.getClass().getSimpleName();
    }

    private static boolean hasIoCause(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_CAUSE_DEPTH; depth++) {
            if (current instanceof IOException || current instanceof UncheckedIOException) {
                return true;
            }
            current = current.getCause();
        }
        return false;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current.getCause() != null && current.getCause() != current && depth < MAX_CAUSE_DEPTH;
             depth++) {
            current = current.getCause();
        }
        return current;
    }
}
