package io.onboarding.adapters.local.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The LBP histogram descriptor and its chi-square distance, on made-up pixel arrays. */
class LbpDescriptorTest {
    private static final int PIXELS = LbpDescriptor.SIZE * LbpDescriptor.SIZE;

    @Test
    void findsNoDistanceBetweenAnImageAndItself() {
        byte[] noise = noise(1);

        assertThat(LbpDescriptor.of(noise).distance(LbpDescriptor.of(noise))).isZero();
    }

    @Test
    void ignoresAUniformChangeOfBrightness() {
        byte[] dark = noise(2);
        byte[] bright = new byte[PIXELS];
        for (int i = 0; i < PIXELS; i++) {
            bright[i] = (byte) ((dark[i] & 0xff) + 100);   // every comparison between neighbours unchanged
        }

        assertThat(LbpDescriptor.of(dark).distance(LbpDescriptor.of(bright))).isZero();
    }

    @Test
    void separatesDifferentTextures() {
        byte[] stripes = new byte[PIXELS];
        for (int i = 0; i < PIXELS; i++) {
            stripes[i] = (byte) ((i % LbpDescriptor.SIZE) / 4 % 2 == 0 ? 40 : 200);
        }

        double distance = LbpDescriptor.of(stripes).distance(LbpDescriptor.of(noise(3)));

        assertThat(distance).isGreaterThan(1.0).isLessThanOrEqualTo(2.0);
    }

    @Test
    void measuresTheSameDistanceBothWays() {
        LbpDescriptor a = LbpDescriptor.of(noise(4));
        LbpDescriptor b = LbpDescriptor.of(noise(5));

        assertThat(a.distance(b)).isEqualTo(b.distance(a));
    }

    @Test
    void refusesAnImageOfAnotherSize() {
        assertThatThrownBy(() -> LbpDescriptor.of(new byte[10])).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] noise(long seed) {
        Random random = new Random(seed);
        byte[] pixels = new byte[PIXELS];
        for (int i = 0; i < PIXELS; i++) {
            pixels[i] = (byte) random.nextInt(128);
        }
        return pixels;
    }
}
