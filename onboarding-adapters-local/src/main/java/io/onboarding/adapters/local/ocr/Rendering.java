package io.onboarding.adapters.local.ocr;

/**
 * Ways of turning a colour crop of a licence into the grey image Tesseract reads. Licences print dark text over
 * coloured guilloche; no single rendering wins everywhere, so the reader tries several and votes.
 */
enum Rendering {
    /** Luminance, left for Tesseract's own binarisation. */
    GRAY(false),
    /** Luminance, Otsu threshold over the crop. */
    GRAY_OTSU(true),
    /** Darkest channel: keeps coloured (green, red) labels dark, lightens pastel backgrounds. */
    MIN_CHANNEL(false),
    /** Darkest channel, Otsu threshold. */
    MIN_CHANNEL_OTSU(true),
    /** Brightest channel, Otsu threshold: only near-black ink stays dark, any coloured background drops out. */
    MAX_CHANNEL_OTSU(true),
    /** Red channel, Otsu threshold: pink and red security printing drops out. */
    RED_OTSU(true);

    private final boolean otsu;

    Rendering(boolean otsu) {
        this.otsu = otsu;
    }

    boolean otsu() {
        return otsu;
    }
}
