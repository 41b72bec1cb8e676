/**
 * The {@link io.onboarding.domain.port.FaceComparator} port on Amazon Rekognition: CompareFaces on the two stored
 * images, with DetectFaces to tell which image has no face. Depends on the domain, the Rekognition SDK and
 * {@code io.onboarding.adapters.aws.support}; never on another adapter package.
 */
package io.onboarding.adapters.aws.rekognition;
