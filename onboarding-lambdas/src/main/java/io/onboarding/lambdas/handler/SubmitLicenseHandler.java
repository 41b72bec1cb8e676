package io.onboarding.lambdas.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.onboarding.adapters.aws.sqs.LicenseCheckMessages;
import io.onboarding.lambdas.di.InvocationDeadline;
import io.onboarding.lambdas.di.SubmitLicenseComponent;
import io.onboarding.lambdas.logging.DecisionLog;
import io.onboarding.lambdas.metrics.OnboardingMetrics;
import io.onboarding.lambdas.workflow.SubmitLicenseInWorkflow;
import java.util.ArrayList;
import java.util.List;

/**
 * SubmitLicenseLambdaFunction: submits each queued licence to the third-party validator and, when the message carries
 * a workflow execution's task token, reports the settled decision to that execution ({@link SubmitLicenseInWorkflow}).
 * Failed messages, malformed ones included, are reported back as batch item failures, so SQS redelivers them and
 * after five receives parks them in the dead-letter queue; nothing is dropped silently. A failure no retry cures is
 * reported to the waiting execution instead, when there is one.
 */
public final class SubmitLicenseHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private static final String STEP = "SubmitLicense";

    private final SubmitLicenseInWorkflow submitLicense;
    private final InvocationDeadline deadline;
    private final DecisionLog log;
    private final OnboardingMetrics metrics;

    public SubmitLicenseHandler() {
        this(SubmitLicenseComponent.fromEnvironment());   // runtime: once per execution environment
    }

    SubmitLicenseHandler(SubmitLicenseComponent component) {
        this(component, OnboardingMetrics.standardOutput());
    }

    SubmitLicenseHandler(SubmitLicenseComponent component, OnboardingMetrics metrics) {
        this.submitLicense = component.submitLicenseInWorkflow();
        this.deadline = component.invocationDeadline();
        this.log = component.decisionLog();
        this.metrics = metrics;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        long started = metrics.stepStarted();
        try {
            return submit(event, context);
        } finally {
            metrics.stepEnded(STEP, started);
        }
    }

    private SQSBatchResponse submit(SQSEvent event, Context context) {
        String requestId = context == null ? null : context.getAwsRequestId();
        deadline.startInvocation(context == null ? Long.MAX_VALUE : context.getRemainingTimeInMillis());
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        List<SQSEvent.SQSMessage> messages = event == null || event.getRecords() == null
                ? List.of() : event.getRecords();
        for (SQSEvent.SQSMessage message : messages) {
            try {
                submitLicense.submit(LicenseCheckMessages.parse(message.getBody()), requestId)
                        .ifPresent(metrics::recorded);
            } catch (RuntimeException e) {
                log.failed(requestId, message.getMessageId(), e, true);
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }
}
