package io.onboarding.adapters.local.face;

/**
 * Uniform local binary pattern histograms of a square grey face crop (Ahonen, Hadid and Pietikäinen, 2006): every
 * pixel is coded by which of its 8 neighbours (radius 1) are at least as bright; the 58 "uniform" codes (at most
 * two 0/1 transitions around the circle) keep their own bin and all others share one. One 59-bin histogram per cell
 * of a {@value #GRID}×{@value #GRID} grid, each normalised to sum 1, so the descriptor keeps where on the face each
 * texture is. Pure Java over a pixel array.
 */
final class LbpDescriptor {
    /** Side (px) of the face crops compared. */
    static final int SIZE = 96;
    static final int GRID = 6;
    private static final int BINS = 59;
    private static final int[] UNIFORM_BIN = uniformBins();
    private static final int[] DX = {-1, 0, 1, 1, 1, 0, -1, -1};
    private static final int[] DY = {-1, -1, -1, 0, 1, 1, 1, 0};

    private final float[] histograms;

    private LbpDescriptor(float[] histograms) {
        this.histograms = histograms;
    }

    /** @param pixels {@value #SIZE}×{@value #SIZE} grey levels, row by row */
    static LbpDescriptor of(byte[] pixels) {
        if (pixels.length != SIZE * SIZE) {
            throw new IllegalArgumentException("expected a " + SIZE + "x" + SIZE + " grey image");
        }
        float[] h = new float[GRID * GRID * BINS];
        int cell = SIZE / GRID;
        for (int y = 1; y < SIZE - 1; y++) {
            int gy = Math.min(GRID - 1, y / cell);
            for (int x = 1; x < SIZE - 1; x++) {
                int centre = pixels[y * SIZE + x] & 0xff;
                int code = 0;
                for (int k = 0; k < 8; k++) {
                    if ((pixels[(y + DY[k]) * SIZE + x + DX[k]] & 0xff) >= centre) {
                        code |= 1 << k;
                    }
                }
                int gx = Math.min(GRID - 1, x / cell);
                h[(gy * GRID + gx) * BINS + UNIFORM_BIN[code]]++;
            }
        }
        for (int c = 0; c < GRID * GRID; c++) {
            float sum = 0;
            for (int b = 0; b < BINS; b++) {
                sum += h[c * BINS + b];
            }
            if (sum > 0) {
                for (int b = 0; b < BINS; b++) {
                    h[c * BINS + b] /= sum;
                }
            }
        }
        return new LbpDescriptor(h);
    }

    /**
     * Chi-square distance, averaged over the grid cells: 0 for identical histograms, 2 for histograms with no bin
     * in common.
     */
    double distance(LbpDescriptor other) {
        double sum = 0;
        for (int i = 0; i < histograms.length; i++) {
            double total = histograms[i] + other.histograms[i];
            if (total > 0) {
                double diff = histograms[i] - other.histograms[i];
                sum += diff * diff / total;
            }
        }
        return sum / (GRID * GRID);
    }

    private static int[] uniformBins() {
        int[] bins = new int[256];
        int next = 0;
        for (int code = 0; code < 256; code++) {
            int transitions = 0;
            for (int b = 0; b < 8; b++) {
                if (((code >> b) & 1) != ((code >> ((b + 1) % 8)) & 1)) {
                    transitions++;
                }
            }
            bins[code] = transitions <= 2 ? next++ : BINS - 1;
        }
        return bins;
    }
}
