package io.onboarding.lambdas.handler;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import io.onboarding.lambdas.di.DocumentComponent;

/** Lets tests in other packages build a DocumentHandler from a test component. */
public final class DocumentHandlerAccess {
    private DocumentHandlerAccess() {
    }

    public static void handle(DocumentComponent component, S3Event event) {
        new DocumentHandler(component).handleRequest(event, null);
    }

    /** A DocumentHandler built once from the component, as the runtime builds it once per execution environment. */
    public static RequestHandler<S3Event, Void> handler(DocumentComponent component) {
        return new DocumentHandler(component);
    }
}
