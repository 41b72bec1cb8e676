package io.onboarding.adapters.local.ocr;

/**
 * The sizes every resampling of the reader produces, each bounded whatever the image: a decoded image goes to at
 * most {@value LicenceImage#WORKING_SIZE} px on either side, the skew search's copy is never larger than the working
 * image, and a rendered crop holds at most {@link #MAX_RENDER_PIXELS} pixels. Sides are at least 1 px, so an
 * extreme aspect ratio never asks OpenCV for an empty image.
 */
final class Scaling {
    /** A crop enlarged for Tesseract holds at most as many pixels as the whole working image. */
    static final long MAX_RENDER_PIXELS = (long) LicenceImage.WORKING_SIZE * LicenceImage.WORKING_SIZE;

    private Scaling() {
    }

    /** {width, height} of {@code width x height} resampled so its longer side is {@code longSide}. */
    static int[] fit(int width, int height, int longSide) {
        double scale = (double) longSide / Math.max(width, height);
        return scaled(width, height, scale, longSide);
    }

    /** {width, height} of {@code width x height} times {@code scale}, each side within 1 and {@code maxSide}. */
    static int[] scaled(int width, int height, double scale, int maxSide) {
        return new int[] {side(width * scale, maxSide), side(height * scale, maxSide)};
    }

    /** The skew search's copy: {@code width} px wide at most, never enlarged. */
    static double skewScale(int width, int targetWidth) {
        return Math.min(1.0, (double) targetWidth / width);
    }

    /** {@code scale}, reduced when the crop would otherwise exceed {@link #MAX_RENDER_PIXELS}. */
    static double renderScale(int width, int height, double scale) {
        double pixels = (double) width * height * scale * scale;
        return pixels <= MAX_RENDER_PIXELS ? scale : scale * Math.sqrt(MAX_RENDER_PIXELS / pixels);
    }

    private static int side(double value, int maxSide) {
        return (int) Math.max(1, Math.min(maxSide, Math.round(value)));
    }
}
