package io.onboarding.lambdas.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.usecase.ProcessApplicationPackage;
import io.onboarding.lambdas.di.DocumentComponent;
import io.onboarding.lambdas.logging.DecisionLog;
import java.util.Optional;

/**
 * DocumentLambdaFunction: processes each uploaded package an S3 event announces. One application's failure does not
 * stop the others. A failure the use case could not record (a retry may cure it, or the notifier itself failed)
 * fails the invocation afterwards, so Lambda retries the event and then sends it to the dead-letter queue; the
 * packages already processed are recognised as duplicates on the retry.
 */
public final class DocumentHandler implements RequestHandler<S3Event, Void> {
    private final ProcessApplicationPackage processPackage;
    private final DecisionLog log;
    private final String bucket;

    public DocumentHandler() {
        this(DocumentComponent.fromEnvironment());   // runtime: once per execution environment
    }

    DocumentHandler(DocumentComponent component) {
        this.processPackage = component.processApplicationPackage();
        this.log = component.decisionLog();
        this.bucket = component.config().bucket();
    }

    @Override
    public Void handleRequest(S3Event event, Context context) {
        String requestId = context == null ? null : context.getAwsRequestId();
        RuntimeException retry = null;
        if (PackageEvents.size(event) == 0) {
            log.ignored(requestId, "event", "no records");
            return null;
        }
        for (S3EventNotificationRecord record : event.getRecords()) {
            var ignoredBecause = new StringBuilder();
            Optional<PackageRef> ref = PackageEvents.packageRef(record, bucket, ignoredBecause);
            if (ref.isEmpty()) {
                log.ignored(requestId, "s3-record", ignoredBecause.toString());
                continue;
            }
            try {
                log.decision(requestId, processPackage.process(ref.get()));
            } catch (RuntimeException e) {
                // the use case records every failure it can (NEEDS_REVIEW, notified); what reaches here could not
                // be recorded or may heal: Lambda retries the event, then parks it in the dead-letter queue
                boolean retryable = !(e instanceof DependencyException d) || d.isRetryable();
                log.failed(requestId, ref.get().key(), e, retryable);
                if (retry == null) {
                    retry = e;
                }
            }
        }
        if (retry != null) {
            throw retry;
        }
        return null;
    }
}
