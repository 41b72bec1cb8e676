/**
 * Amazon DynamoDB implementation of the domain's {@code ApplicationRepository}: one item per application in
 * {@code CustomerMetadataTable}, keyed by {@code APP_UUID}, with the original system's attribute names and types
 * plus the record's own (the record codec's schema, shared with the local record files) and the table's
 * time-to-live attribute {@code EXPIRES_AT}, written conditionally on the revision. Depends on the domain, the
 * record codec ({@code io.onboarding.records}), the DynamoDB SDK, {@code io.onboarding.adapters.aws.support} and the
 * JDK only.
 */
package io.onboarding.adapters.aws.dynamodb;
