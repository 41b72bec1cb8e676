package io.onboarding.lambdas.handler;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.onboarding.lambdas.di.ApplicationApiComponent;
import io.onboarding.lambdas.di.CheckDetailsComponent;
import io.onboarding.lambdas.di.CheckFaceComponent;
import io.onboarding.lambdas.di.DecideComponent;
import io.onboarding.lambdas.di.ReceivePackageComponent;
import io.onboarding.lambdas.di.RecordFailureComponent;
import io.onboarding.lambdas.di.StartApplicationComponent;
import io.onboarding.lambdas.di.SubmitLicenseComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Lets tests in other packages build the workflow's handlers from a test component. */
public final class WorkflowHandlerAccess {
    private WorkflowHandlerAccess() {
    }

    /** The step handlers by their template function names, in the state machine's order. */
    public static <C extends ReceivePackageComponent & CheckFaceComponent & CheckDetailsComponent & DecideComponent
            & RecordFailureComponent> Map<String, RequestHandler<Map<String, Object>, Map<String, Object>>>
            stepHandlers(C component) {
        Map<String, RequestHandler<Map<String, Object>, Map<String, Object>>> handlers = new LinkedHashMap<>();
        handlers.put("ReceivePackageFunction", new ReceivePackageHandler(component));
        handlers.put("CheckFaceFunction", new CheckFaceHandler(component));
        handlers.put("CheckDetailsFunction", new CheckDetailsHandler(component));
        handlers.put("DecideFunction", new DecideHandler(component));
        handlers.put("RecordFailureFunction", new RecordFailureHandler(component));
        return Collections.unmodifiableMap(handlers);
    }

    public static RequestHandler<Map<String, Object>, Map<String, Object>> startApplication(
            StartApplicationComponent component) {
        return new StartApplicationHandler(component);
    }

    public static RequestHandler<SQSEvent, SQSBatchResponse> submitLicense(SubmitLicenseComponent component) {
        return new SubmitLicenseHandler(component);
    }

    public static RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> applicationApi(
            ApplicationApiComponent component) {
        return new ApplicationApiHandler(component);
    }
}
