package io.onboarding.lambdas.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.onboarding.adapters.aws.sqs.LicenseCheckMessages;
import io.onboarding.domain.port.LicenseCheckRequest;
import io.onboarding.domain.usecase.SubmitLicenseForValidation;
import io.onboarding.lambdas.di.InvocationDeadline;
import io.onboarding.lambdas.di.SubmitLicenseComponent;
import io.onboarding.lambdas.logging.DecisionLog;
import java.util.ArrayList;
import java.util.List;

/**
 * SubmitLicenseLambdaFunction: submits each queued licence to the third-party validator. Failed messages, malformed
 * ones included, are reported back as batch item failures, so SQS redelivers them and after five receives parks
 * them in the dead-letter queue; nothing is dropped silently.
 */
public final class SubmitLicenseHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private final SubmitLicenseForValidation submitLicense;
    private final InvocationDeadline deadline;
    private final DecisionLog log;

    public SubmitLicenseHandler() {
        this(SubmitLicenseComponent.fromEnvironment());   // runtime: once per execution environment
    }

    SubmitLicenseHandler(SubmitLicenseComponent component) {
        this.submitLicense = component.submitLicenseForValidation();
        this.deadline = component.invocationDeadline();
        this.log = component.decisionLog();
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        String requestId = context == null ? null : context.getAwsRequestId();
        deadline.startInvocation(context == null ? Long.MAX_VALUE : context.getRemainingTimeInMillis());
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        List<SQSEvent.SQSMessage> messages = event == null || event.getRecords() == null
                ? List.of() : event.getRecords();
        for (SQSEvent.SQSMessage message : messages) {
            try {
                LicenseCheckRequest request = LicenseCheckMessages.parse(message.getBody()).request();
                log.decision(requestId, submitLicense.submit(request));
            } catch (RuntimeException e) {
                log.failed(requestId, message.getMessageId(), e, true);
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }
}
