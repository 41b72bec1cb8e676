package io.onboarding.lambdas.bench;

import io.onboarding.lambdas.testing.LocalContext;
import java.util.Objects;

/**
 * The invocation context {@link Invoker} hands to the handler: a fixed request id, the function name and memory from
 * the variables Lambda sets, and the time left until a deadline.
 */
final class BenchContext {
    private static final String FUNCTION_NAME = "AWS_LAMBDA_FUNCTION_NAME";
    private static final String MEMORY_SIZE = "AWS_LAMBDA_FUNCTION_MEMORY_SIZE";

    private BenchContext() {
    }

    static LocalContext until(long deadlineMillis) {
        // the invoker stands in for the runtime, which reads these variables (the handlers themselves never do)
        String functionName = Objects.requireNonNullElse(System.getenv(FUNCTION_NAME), "bench");
        int memoryMb = Integer.parseInt(Objects.requireNonNullElse(System.getenv(MEMORY_SIZE), "1024"));
        return new LocalContext(functionName, "00000000-0000-4000-8000-000000000001", "bench", memoryMb,
                () -> (int) Math.max(0, deadlineMillis - System.currentTimeMillis()));
    }
}
