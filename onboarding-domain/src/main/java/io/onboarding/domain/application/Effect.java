package io.onboarding.domain.application;

/**
 * An outbound action taken at most once per application version under normal operation: a notification or the
 * queued licence check. The record tracks each one so that a duplicate delivery does not repeat it.
 */
public enum Effect {
    NOTIFY_PACKAGE_REFUSED,
    NOTIFY_FACE_MATCH_FAILED,
    NOTIFY_DETAILS_MATCH_FAILED,
    NOTIFY_LICENSE_VALIDATION_FAILED,
    NOTIFY_PROCESSING_FAILED,
    NOTIFY_REVIEWED,
    QUEUE_LICENSE_CHECK
}
