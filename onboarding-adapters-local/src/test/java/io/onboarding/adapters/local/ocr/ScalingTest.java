package io.onboarding.adapters.local.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every resampling of the reader has a bound on its result, whatever the image's shape. */
class ScalingTest {
    @ParameterizedTest
    @CsvSource({"1920,1080, 1920,1080", "3840,2160, 1920,1080", "3,10000, 1,1920", "10000,3, 1920,1", "1,1, 1920,1920",
            "80,320, 480,1920"})
    void theWorkingImageIsAtMost1920OnEitherSideAndNeverEmpty(int width, int height, int expectedWidth,
                                                              int expectedHeight) {
        assertThat(Scaling.fit(width, height, LicenceImage.WORKING_SIZE)).containsExactly(expectedWidth, expectedHeight);
    }

    @Test
    void theSkewCopyOfATallNarrowImageIsNotEnlarged() {
        double scale = Scaling.skewScale(1, 640);   // a 3 x 10,000 image is 1 x 1920 once working size
        int[] size = Scaling.scaled(1, 1920, scale, LicenceImage.WORKING_SIZE);

        assertThat(scale).isEqualTo(1.0);
        assertThat(size).containsExactly(1, 1920);   // 640 x 1,228,800 before: 786 MB per 8-bit copy
    }

    @Test
    void theSkewCopyOfACardIs640Wide() {
        assertThat(Scaling.skewScale(1920, 640)).isEqualTo(640 / 1920.0);
    }

    @Test
    void aRenderedCropHoldsAtMostTheWorkingImagesPixels() {
        double whole = Scaling.renderScale(1920, 1920, 4.0);
        double row = Scaling.renderScale(800, 40, 4.0);

        assertThat((double) 1920 * 1920 * whole * whole).isLessThanOrEqualTo(Scaling.MAX_RENDER_PIXELS + 1);
        assertThat(whole).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(row).as("a row of print is enlarged as asked").isEqualTo(4.0);
    }

    @Test
    void scaledSidesStayWithinTheirBound() {
        assertThat(Scaling.scaled(7680, 10, 4.0, LicenceImage.WORKING_SIZE)).containsExactly(1920, 40);
        assertThat(Scaling.scaled(2, 2, 0.1, 100)).containsExactly(1, 1);
    }
}
