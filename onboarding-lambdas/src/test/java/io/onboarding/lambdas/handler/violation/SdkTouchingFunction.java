package io.onboarding.lambdas.handler.violation;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;

/** Breaks the handler rules on purpose (SDK use, wrong name), so ArchitectureTest can prove they fail. */
final class SdkTouchingFunction implements RequestHandler<String, String> {
    @Override
    public String handleRequest(String input, Context context) {
        return software.amazon.awssdk.regions.Region.US_EAST_1.id();
    }
}
