package io.onboarding.lambdas.di;

import java.net.URI;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.rekognition.RekognitionClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.textract.TextractClient;

/**
 * SDK clients and resource names for the local servers, one per service, since each service runs on a server of
 * its own here (in AWS the SDK's regional endpoints play this part).
 */
public record LocalEndpoints(S3Client s3, DynamoDbClient dynamoDb, SqsClient sqs, SnsClient sns,
                             RekognitionClient rekognition, TextractClient textract, String bucket, String table,
                             String topicArn, String licenseQueueUrl, URI validatorUrl) {
}
