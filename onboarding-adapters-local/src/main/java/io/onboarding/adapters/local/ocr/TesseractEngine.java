package io.onboarding.adapters.local.ocr;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.tesseract.global.tesseract.OEM_LSTM_ONLY;
import static org.bytedeco.tesseract.global.tesseract.RIL_SYMBOL;
import static org.bytedeco.tesseract.global.tesseract.RIL_TEXTLINE;
import static org.bytedeco.tesseract.global.tesseract.RIL_WORD;
import static org.bytedeco.tesseract.global.tesseract.TessDeleteText;
import static org.bytedeco.tesseract.global.tesseract.TessResultIteratorDelete;

import io.onboarding.domain.port.DependencyException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.tesseract.ResultIterator;
import org.bytedeco.tesseract.TessBaseAPI;

/**
 * One Tesseract instance. Not thread-safe: {@link TesseractIdDocumentReader} lends each one to a single thread at
 * a time. Closing releases the native engine.
 */
final class TesseractEngine implements AutoCloseable {
    static final String DEPENDENCY = "tesseract";

    private final TessBaseAPI api;
    private boolean closed;

    TesseractEngine(Path tessdata) {
        api = new TessBaseAPI();
        if (api.Init(tessdata.toString(), "eng", OEM_LSTM_ONLY) != 0) {
            api.close();
            throw new DependencyException(DEPENDENCY, "engine could not be initialised from the bundled tessdata");
        }
        // Tesseract reports progress ("Estimating resolution", "Detected n diacritics") on stderr otherwise
        api.SetVariable("debug_file", System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
        api.SetVariable("user_defined_dpi", "300");
    }

    /**
     * Recognises an 8-bit single-channel image and maps every box back to working-image pixels: a point
     * {@code (x, y)} of {@code image} is {@code (originX + x / scale, originY + y / scale)} there.
     *
     * @param pageSegMode a Tesseract page segmentation mode such as {@code PSM_SINGLE_BLOCK}
     */
    List<OcrLine> recognise(Mat image, int pageSegMode, int originX, int originY, double scale) {
        if (closed) {
            throw new IllegalStateException("engine is closed");
        }
        if (image.type() != CV_8UC1) {
            throw new IllegalArgumentException("expected an 8-bit single-channel image");
        }
        api.SetPageSegMode(pageSegMode);
        api.SetImage(image.data(), image.cols(), image.rows(), 1, (int) image.step());
        try {
            if (api.Recognize(null) != 0) {
                return List.of();
            }
            return collect(originX, originY, scale);
        } finally {
            api.Clear();
        }
    }

    private List<OcrLine> collect(int originX, int originY, double scale) {
        ResultIterator it = api.GetIterator();
        if (it == null) {
            return List.of();
        }
        List<OcrLine> lines = new ArrayList<>();
        List<OcrWord> words = new ArrayList<>();
        List<Glyph> glyphs = new ArrayList<>();
        String wordText = null;
        double wordConfidence = 0;
        Box wordBox = null;
        double lineAngle = Double.NaN;
        int[] l = new int[1];
        int[] t = new int[1];
        int[] r = new int[1];
        int[] b = new int[1];
        try {
            it.Begin();
            do {
                if (it.IsAtBeginningOf(RIL_WORD)) {
                    if (wordText != null && !wordText.isBlank()) {
                        words.add(new OcrWord(wordText, wordConfidence, wordBox, glyphs));
                    }
                    glyphs = new ArrayList<>();
                    if (it.IsAtBeginningOf(RIL_TEXTLINE)) {
                        if (!words.isEmpty()) {
                            lines.add(new OcrLine(words, lineAngle));
                            words = new ArrayList<>();
                        }
                        lineAngle = it.Baseline(RIL_TEXTLINE, l, t, r, b) && r[0] > l[0]
                                ? Math.toDegrees(Math.atan2(b[0] - t[0], r[0] - l[0])) : Double.NaN;
                    }
                    wordText = text(it, RIL_WORD);
                    wordConfidence = clamp(it.Confidence(RIL_WORD));
                    it.BoundingBox(RIL_WORD, l, t, r, b);
                    wordBox = map(l[0], t[0], r[0], b[0], originX, originY, scale);
                }
                if (!it.Empty(RIL_SYMBOL) && it.BoundingBox(RIL_SYMBOL, l, t, r, b)) {
                    Box box = map(l[0], t[0], r[0], b[0], originX, originY, scale);
                    glyphs.add(new Glyph(text(it, RIL_SYMBOL), clamp(it.Confidence(RIL_SYMBOL)), box));
                }
            } while (it.Next(RIL_SYMBOL));
            if (wordText != null && !wordText.isBlank()) {
                words.add(new OcrWord(wordText, wordConfidence, wordBox, glyphs));
            }
            if (!words.isEmpty()) {
                lines.add(new OcrLine(words, lineAngle));
            }
            return lines;
        } finally {
            TessResultIteratorDelete(it);
        }
    }

    private static String text(ResultIterator it, int level) {
        BytePointer text = it.GetUTF8Text(level);
        if (text == null) {
            return "";
        }
        try {
            return text.getString(java.nio.charset.StandardCharsets.UTF_8);
        } finally {
            TessDeleteText(text);
        }
    }

    private static double clamp(float confidence) {
        return Float.isNaN(confidence) ? 0 : Math.max(0, Math.min(100, confidence));
    }

    private static Box map(int left, int top, int right, int bottom, int originX, int originY, double scale) {
        return new Box(originX + (int) Math.floor(left / scale), originY + (int) Math.floor(top / scale),
                originX + (int) Math.ceil(Math.max(left, right) / scale),
                originY + (int) Math.ceil(Math.max(top, bottom) / scale));
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            api.End();
            api.close();
        }
    }
}
