package io.onboarding.lambdas.e2e;

import io.onboarding.adapters.aws.fauxqs.Fauxqs;
import io.onboarding.adapters.aws.recorded.RecordedAwsServer;
import io.onboarding.adapters.aws.recorded.RecordedAwsServer.Reply;
import io.onboarding.adapters.aws.testing.LocalAws;
import io.onboarding.lambdas.di.LocalEndpoints;
import io.onboarding.lambdas.di.LocalWorkflowComponent;
import io.onboarding.lambdas.workflow.LocalLambdaInvokeServer;
import io.onboarding.lambdas.workflow.LocalStepFunctions;
import io.onboarding.lambdas.workflow.StateMachineDefinition;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;

/**
 * The deployed system's parts on this machine, as the end-to-end tests start them: the local servers (S3Proxy,
 * DynamoDB Local, ElasticMQ, the SNS emulator, recorded Rekognition/Textract answers with the sample licence's
 * AnalyzeID answer, the loopback API Gateway), the state machine of template.yaml in the local interpreter, and the
 * real handlers registered as its functions.
 */
final class LocalWorkflowStack implements AutoCloseable {
    final RecordedAwsServer recorded;
    final ApiGatewayLoopback apiGateway;
    final LocalEndpoints local;
    final LocalLambdaInvokeServer lambda;
    final LocalStepFunctions stepFunctions;
    final LocalWorkflowComponent component;

    private LocalWorkflowStack(boolean versionedBucket) throws IOException {
        recorded = RecordedAwsServer.start();
        recorded.on(RecordedAwsServer.ANALYZE_ID, Reply.fixture("textract/analyze-id-sample-licence.json"));
        apiGateway = new ApiGatewayLoopback();
        Fauxqs fauxqs = Fauxqs.shared();
        String topicArn = fauxqs.sns().createTopic(t -> t.name(LocalAws.unique("ApplicationNotifications")))
                .topicArn();
        var sqs = LocalAws.sqs();
        String licenseQueueUrl = sqs.createQueue(q -> q.queueName(LocalAws.unique("LicenseQueue"))).queueUrl();
        String bucket = LocalAws.createBucket();
        if (versionedBucket) {
            LocalAws.s3().putBucketVersioning(v -> v.bucket(bucket).versioningConfiguration(c -> c
                    .status(BucketVersioningStatus.ENABLED)));
        }
        local = new LocalEndpoints(LocalAws.s3(), LocalAws.dynamoDb(), sqs, fauxqs.sns(), recorded.rekognition(),
                recorded.textract(), bucket, LocalAws.createApplicationTable(), topicArn, licenseQueueUrl,
                apiGateway.licenseUrl());
        lambda = LocalLambdaInvokeServer.start();
        stepFunctions = LocalStepFunctions.builder(definition(), lambda.endpoint()).noRetryWaits().start();
        component = workflowOn(stepFunctions, lambda);
    }

    /** Starts everything; a versioned bucket is the template's, for tests where old versions matter. */
    static LocalWorkflowStack start(boolean versionedBucket) throws IOException {
        return new LocalWorkflowStack(versionedBucket);
    }

    /** The definition in template.yaml, its function ARNs replaced by the functions' names. */
    static String definition() {
        var functionNames = new LinkedHashMap<String, String>();
        for (String key : StateMachineDefinition.substitutionKeys(StateMachineDefinition.template())) {
            functionNames.put(key, key.replaceFirst("Arn$", ""));   // ReceivePackageFunctionArn -> ...Function
        }
        return StateMachineDefinition.fromTemplate(StateMachineDefinition.template(), functionNames);
    }

    /** The real handlers, answering the given Step Functions, registered as the state machine's functions. */
    LocalWorkflowComponent workflowOn(LocalStepFunctions sfn, LocalLambdaInvokeServer functions) {
        var wired = LocalWorkflowComponent.create(local, sfn.endpoint(), sfn.stateMachineArn(), Map.of());
        wired.stepHandlers().forEach((name, handler) -> functions.register(name, input ->
                handler.handleRequest(input, null)));
        return wired;
    }

    @Override
    public void close() {
        for (AutoCloseable server : new AutoCloseable[] {stepFunctions, lambda, apiGateway, recorded}) {
            try {
                server.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
