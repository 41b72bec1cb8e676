package io.onboarding.lambdas.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import io.onboarding.domain.model.PackageRef;
import io.onboarding.domain.port.DependencyException;
import io.onboarding.domain.usecase.ProcessApplicationPackage;
import io.onboarding.domain.usecase.StepResult;
import io.onboarding.lambdas.di.DocumentComponent;
import io.onboarding.lambdas.logging.DecisionLog;
import io.onboarding.lambdas.metrics.OnboardingMetrics;
import java.util.Optional;

/**
 * DocumentLambdaFunction: processes each uploaded package an S3 event announces. One application's failure does not
 * stop the others. A failure the use case could not record (a retry may cure it, or the notifier itself failed)
 * fails the invocation afterwards, so Lambda retries the event and then sends it to the dead-letter queue; the
 * packages already processed are recognised as duplicates on the retry.
 */
public final class DocumentHandler implements RequestHandler<S3Event, Void> {
    private static final String STEP = "Document";

    private final ProcessApplicationPackage processPackage;
    private final DecisionLog log;
    private final String bucket;
    private final OnboardingMetrics metrics;

    public DocumentHandler() {
        this(DocumentComponent.fromEnvironment());   // runtime: once per execution environment
    }

    DocumentHandler(DocumentComponent component) {
        this(component, OnboardingMetrics.standardOutput());
    }

    DocumentHandler(DocumentComponent component, OnboardingMetrics metrics) {
        this.processPackage = component.processApplicationPackage();
        this.log = component.decisionLog();
        this.bucket = component.config().bucket();
        this.metrics = metrics;
    }

    @Override
    public Void handleRequest(S3Event event, Context context) {
        long started = metrics.stepStarted();
        try {
            process(event, context == null ? null : context.getAwsRequestId());
        } finally {
            metrics.stepEnded(STEP, started);
        }
        return null;
    }

    private void process(S3Event event, String requestId) {
        RuntimeException retry = null;
        if (PackageEvents.size(event) == 0) {
            log.ignored(requestId, "event", "no records");
            return;
        }
        for (S3EventNotificationRecord record : event.getRecords()) {
            var ignoredBecause = new StringBuilder();
            Optional<PackageRef> ref = PackageEvents.packageRef(record, bucket, ignoredBecause);
            if (ref.isEmpty()) {
                log.ignored(requestId, "s3-record", ignoredBecause.toString());
                continue;
            }
            try {
                StepResult result = processPackage.process(ref.get());
                log.decision(requestId, result);
                metrics.recorded(result);
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
    }
}
