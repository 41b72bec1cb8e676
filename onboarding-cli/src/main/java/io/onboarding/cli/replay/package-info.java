/**
 * Replay of recorded provider answers: a recorded Rekognition CompareFaces or Textract AnalyzeID response (AWS JSON
 * wire format) stands in for an engine, so a decision can be reproduced exactly. The answers are served to the real
 * SDK clients through an in-memory HTTP client and mapped by the AWS adapters. Depends on the domain, the AWS
 * adapters, the AWS SDK and Jackson.
 */
package io.onboarding.cli.replay;
