/**
 * The bank's HTTP API (ApplicationApiFunction, described by {@code api/openapi.yaml}): routes API Gateway's requests
 * to the domain's use cases and renders their results, the application's status and the errors as JSON. Requests
 * are read member by member and errors name members, never their values; bodies carry ids, codes and timestamps
 * only. Depends on the domain, on {@code io.onboarding.adapters.aws.s3.UploadLinks} (SDK-free in its signature), on
 * {@code io.onboarding.lambdas.logging}, Jackson and the JDK; never on the AWS SDK or on Dagger.
 */
package io.onboarding.lambdas.api;
