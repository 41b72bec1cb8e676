package io.onboarding.lambdas.handler;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import io.onboarding.lambdas.di.DocumentComponent;

/** Lets tests in other packages build a DocumentHandler from a test component. */
public final class DocumentHandlerAccess {
    private DocumentHandlerAccess() {
    }

    public static void handle(DocumentComponent component, S3Event event) {
        new DocumentHandler(component).handleRequest(event, null);
    }
}
