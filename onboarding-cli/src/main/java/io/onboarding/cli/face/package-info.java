/**
 * The offline {@link io.onboarding.domain.port.FaceComparator}: OpenCV Haar face detection and uniform LBP
 * histograms, reporting a 0-100 similarity calibrated on the sample packages. A development aid, not a biometric
 * matcher. Depends on the domain, {@code io.onboarding.cli.local.DocumentBytes} and {@code org.bytedeco}; never on the
 * rest of the CLI or on the AWS adapters.
 */
package io.onboarding.cli.face;
