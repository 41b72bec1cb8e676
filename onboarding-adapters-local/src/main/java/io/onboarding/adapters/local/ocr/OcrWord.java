package io.onboarding.adapters.local.ocr;

import java.util.List;
import java.util.Objects;

/**
 * One word as Tesseract read it: text, Tesseract's word confidence (0-100), position and characters.
 */
record OcrWord(String text, double wordConfidence, Box box, List<Glyph> glyphs) {
    OcrWord {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(box, "box");
        glyphs = List.copyOf(glyphs);
    }

    /**
     * Confidence in the word (0-100): its least certain character's confidence. With the LSTM engine, Tesseract's
     * word confidence swings from 0 to 90 between renderings of the same crisp print read to the same text (it
     * penalises non-dictionary words such as licence numbers), while character confidences track how clearly each
     * character was seen; the word confidence is used when there are no characters.
     */
    double confidence() {
        return glyphs.isEmpty() ? wordConfidence : glyphs.stream().mapToDouble(Glyph::confidence).min().orElse(0);
    }

    /** Height of the word's tallest characters: the median of its three tallest glyphs, or the box height. */
    int capHeight() {
        if (glyphs.isEmpty()) {
            return box.height();
        }
        int[] heights = glyphs.stream().mapToInt(g -> g.box().height()).sorted().toArray();
        return heights[Math.max(0, heights.length - 2)];
    }

    @Override
    public String toString() {
        return "OcrWord[" + text.length() + " chars, confidence=" + Math.round(confidence()) + "]";
    }
}
