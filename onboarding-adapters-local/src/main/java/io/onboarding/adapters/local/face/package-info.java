/**
 * The offline {@link io.onboarding.domain.port.FaceComparator}: OpenCV Haar face detection and uniform LBP
 * histograms, reporting a 0-100 similarity calibrated on the sample packages. A development aid, not a biometric
 * matcher. Its one public class is the port implementation, which lends face detectors through
 * {@code io.onboarding.adapters.local.pool}. Depends on the domain, {@code store.DocumentBytes}, {@code pool} and
 * {@code org.bytedeco}.
 */
package io.onboarding.adapters.local.face;
