/**
 * {@code --engine aws}: the AWS adapters for Rekognition CompareFaces and Textract AnalyzeID, sending the local
 * files as bytes, with the default credentials chain. Depends on the domain, the local adapters'
 * {@code DocumentBytes} ({@code io.onboarding.adapters.local.store}), the AWS adapters and the AWS SDK.
 */
package io.onboarding.cli.aws;
