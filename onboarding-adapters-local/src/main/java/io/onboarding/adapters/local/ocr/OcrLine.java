package io.onboarding.adapters.local.ocr;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One text line as Tesseract segmented it, words left to right, with the slope of its baseline in degrees
 * (positive when the line descends to the right; NaN when unknown).
 */
record OcrLine(List<OcrWord> words, double baselineDegrees) {
    OcrLine(List<OcrWord> words) {
        this(words, Double.NaN);
    }

    OcrLine {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a line has at least one word");
        }
    }

    String text() {
        return words.stream().map(OcrWord::text).collect(Collectors.joining(" "));
    }

    Box box() {
        Box box = words.get(0).box();
        for (OcrWord word : words) {
            box = box.union(word.box());
        }
        return box;
    }

    @Override
    public String toString() {
        return "OcrLine[" + words.size() + " words]";
    }
}
