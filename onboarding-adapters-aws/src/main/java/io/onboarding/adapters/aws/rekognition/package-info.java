/**
 * The {@link io.onboarding.domain.port.FaceComparator} and {@link io.onboarding.domain.port.SelfieInspector} ports on
 * Amazon Rekognition: CompareFaces on the two stored images, with DetectFaces to tell which image has no face, and
 * DetectFaces on the selfie for its quality. Depends on the domain, the Rekognition SDK and
 * {@code io.onboarding.adapters.aws.support}; never on another adapter package.
 */
package io.onboarding.adapters.aws.rekognition;
