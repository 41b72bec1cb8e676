package io.onboarding.lambdas.handler;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.onboarding.lambdas.di.SubmitLicenseComponent;

/** Lets tests in other packages build a SubmitLicenseHandler from a test component. */
public final class SubmitLicenseHandlerAccess {
    private SubmitLicenseHandlerAccess() {
    }

    public static SQSBatchResponse handle(SubmitLicenseComponent component, SQSEvent event) {
        return new SubmitLicenseHandler(component).handleRequest(event, null);
    }
}
