package io.onboarding.domain.port;

import io.onboarding.domain.model.DocumentRef;
import io.onboarding.domain.model.SelfieInspection;

/**
 * Finds the faces in a selfie and reports what the engine measures of each (size, detection confidence, pose,
 * sharpness, brightness, eyes open, sunglasses; each where the engine gives it). Facts only: whether the selfie is
 * fit to be compared is the policy's call. No face is an outcome, not an exception.
 */
public interface SelfieInspector {
    /**
     * @throws DependencyException when the engine failed (transient when a retry may help)
     */
    SelfieInspection inspect(DocumentRef selfie);
}
