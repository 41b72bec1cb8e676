package io.onboarding.lambdas.testing;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.IntSupplier;

/**
 * A Lambda invocation context for running handlers outside Lambda: the given function name, request id, log stream,
 * memory and time left; version {@code $LATEST}, an {@code us-east-1} ARN, no identity or client context. The logger
 * writes to standard output, where the Lambda runtime's logger writes too.
 */
public final class LocalContext implements Context {
    private final String functionName;
    private final String requestId;
    private final String logStreamName;
    private final int memoryMb;
    private final IntSupplier remainingMillis;

    public LocalContext(String functionName, String requestId, String logStreamName, int memoryMb,
            IntSupplier remainingMillis) {
        this.functionName = Objects.requireNonNull(functionName, "functionName");
        this.requestId = Objects.requireNonNull(requestId, "requestId");
        this.logStreamName = Objects.requireNonNull(logStreamName, "logStreamName");
        this.memoryMb = memoryMb;
        this.remainingMillis = Objects.requireNonNull(remainingMillis, "remainingMillis");
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + functionName;
    }

    @Override
    public String getLogStreamName() {
        return logStreamName;
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:us-east-1:000000000000:function:" + functionName;
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return remainingMillis.getAsInt();
    }

    @Override
    public int getMemoryLimitInMB() {
        return memoryMb;
    }

    @Override
    public LambdaLogger getLogger() {
        return new LambdaLogger() {
            @Override
            public void log(String message) {
                System.out.print(message);
            }

            @Override
            public void log(byte[] message) {
                System.out.print(new String(message, StandardCharsets.UTF_8));
            }
        };
    }
}
