package io.onboarding.lambdas.bench;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The invocation context {@link Invoker} hands to the handler: a fixed request id, the function name and memory from
 * the variables Lambda sets, and the time left until a deadline. The logger writes to standard output, where the
 * Lambda runtime's logger writes too.
 */
final class BenchContext implements Context {
    private static final String FUNCTION_NAME = "AWS_LAMBDA_FUNCTION_NAME";
    private static final String MEMORY_SIZE = "AWS_LAMBDA_FUNCTION_MEMORY_SIZE";

    private final long deadlineMillis;
    private final String functionName;
    private final int memoryMb;

    BenchContext(long deadlineMillis) {
        this.deadlineMillis = deadlineMillis;
        // the invoker stands in for the runtime, which reads these variables (the handlers themselves never do)
        this.functionName = Objects.requireNonNullElse(System.getenv(FUNCTION_NAME), "bench");
        this.memoryMb = Integer.parseInt(Objects.requireNonNullElse(System.getenv(MEMORY_SIZE), "1024"));
    }

    @Override
    public String getAwsRequestId() {
        return "00000000-0000-4000-8000-000000000001";
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + functionName;
    }

    @Override
    public String getLogStreamName() {
        return "bench";
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
        return (int) Math.max(0, deadlineMillis - System.currentTimeMillis());
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
