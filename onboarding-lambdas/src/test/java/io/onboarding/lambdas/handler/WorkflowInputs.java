package io.onboarding.lambdas.handler;

import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.testing.TestApplications;
import io.onboarding.lambdas.di.TestWorkflowComponent;
import java.util.HashMap;
import java.util.Map;

/** The payloads the state machine hands the workflow's functions, and a fake bucket holding the samples. */
final class WorkflowInputs {
    static final String VERSION = "3HL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY";

    private WorkflowInputs() {
    }

    /** Puts the sample package {@code id} into the fake bucket under {@code zipped/<id>.zip} at {@link #VERSION}. */
    static void upload(TestWorkflowComponent component, String id) {
        component.fakes().documents.withPackage(new PackageRef("zipped/" + id + ".zip", VERSION),
                TestApplications.samplePackage(id));
    }

    /** The execution's input: {@code {"bucket","key","version"}}. */
    static Map<String, Object> execution(String key) {
        return new HashMap<>(Map.of("bucket", TestWorkflowComponent.BUCKET, "key", key, "version", VERSION));
    }

    /** A step's input after ReceivePackage: {@code {"appUuid","sourceVersion"}}. */
    static Map<String, Object> application(String id) {
        return new HashMap<>(Map.of("appUuid", id, "sourceVersion", VERSION));
    }

    /** Decide's input: {@code {"appUuid","sourceVersion","taskToken"}}. */
    static Map<String, Object> decide(String id, String taskToken) {
        Map<String, Object> input = application(id);
        input.put("taskToken", taskToken);
        return input;
    }

    /** RecordFailure's input: the execution's input and the caught error. */
    static Map<String, Object> failure(String key, String error, String cause) {
        Map<String, Object> input = execution(key);
        input.put("error", Map.of("Error", error, "Cause", cause));
        return input;
    }

    /** Receives {@code id}'s upload and runs both checks, as the state machine does before Decide. */
    static void receivedAndChecked(TestWorkflowComponent component, String id) {
        upload(component, id);
        new ReceivePackageHandler(component).handleRequest(execution("zipped/" + id + ".zip"), null);
        new CheckFaceHandler(component).handleRequest(application(id), null);
        new CheckDetailsHandler(component).handleRequest(application(id), null);
    }
}
