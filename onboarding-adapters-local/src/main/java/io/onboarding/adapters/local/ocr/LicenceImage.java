package io.onboarding.adapters.local.ocr;

import static org.bytedeco.opencv.global.opencv_core.BORDER_REPLICATE;
import static org.bytedeco.opencv.global.opencv_core.max;
import static org.bytedeco.opencv.global.opencv_core.min;
import static org.bytedeco.opencv.global.opencv_core.split;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;
import static org.bytedeco.opencv.global.opencv_imgproc.CC_STAT_HEIGHT;
import static org.bytedeco.opencv.global.opencv_imgproc.CC_STAT_LEFT;
import static org.bytedeco.opencv.global.opencv_imgproc.CC_STAT_TOP;
import static org.bytedeco.opencv.global.opencv_imgproc.CC_STAT_WIDTH;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_CUBIC;
import static org.bytedeco.opencv.global.opencv_imgproc.THRESH_BINARY;
import static org.bytedeco.opencv.global.opencv_imgproc.THRESH_BINARY_INV;
import static org.bytedeco.opencv.global.opencv_imgproc.THRESH_OTSU;
import static org.bytedeco.opencv.global.opencv_imgproc.connectedComponentsWithStats;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.getRotationMatrix2D;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;
import static org.bytedeco.opencv.global.opencv_imgproc.threshold;
import static org.bytedeco.opencv.global.opencv_imgproc.warpAffine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.indexer.IntIndexer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.Point2f;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * A decoded licence image, resampled so its longer side is {@value #WORKING_SIZE} px: every {@link Box} of the
 * reader is in these pixels. Native memory: create and use it inside a {@code PointerScope}.
 */
final class LicenceImage {
    static final int WORKING_SIZE = 1920;
    /** Shortest side, in working pixels, the reader tries to read. */
    static final int MIN_SIDE = 64;
    /** Skew searched (degrees either way), in steps of {@link #SKEW_STEP}. */
    static final double MAX_SKEW = 6;
    private static final double SKEW_STEP = 0.25;
    private static final int SKEW_WIDTH = 640;
    /** How much better than level (in line-up score) an angle must be to count as skew. */
    private static final double SKEW_GAIN = 0.1;
    /** Fraction of Otsu's threshold that keeps only the dark core of strokes. */
    private static final double INK_CORE = 0.6;

    private final Mat bgr;

    private LicenceImage(Mat bgr) {
        this.bgr = bgr;
    }

    /** The image, or empty when the bytes are not an image OpenCV can decode (PNG, JPEG, TIFF, BMP, WebP...). */
    static Optional<LicenceImage> decode(byte[] bytes) {
        if (bytes.length == 0) {
            return Optional.empty();
        }
        Mat decoded = imdecode(new Mat(new BytePointer(bytes)), IMREAD_COLOR);
        if (decoded == null || decoded.empty()) {
            return Optional.empty();
        }
        double scale = (double) WORKING_SIZE / Math.max(decoded.cols(), decoded.rows());
        if (Math.abs(scale - 1) < 0.01) {
            return Optional.of(new LicenceImage(decoded));
        }
        int[] size = Scaling.fit(decoded.cols(), decoded.rows(), WORKING_SIZE);
        Mat working = new Mat();
        resize(decoded, working, new Size(size[0], size[1]), 0, 0, scale < 1 ? INTER_AREA : INTER_CUBIC);
        return Optional.of(new LicenceImage(working));
    }

    /**
     * The image turned by {@code degrees} about its centre (positive turns text that descends to the right back
     * to level), borders filled with their nearest pixels.
     */
    LicenceImage levelled(double degrees) {
        Mat rotation = getRotationMatrix2D(new Point2f(width() / 2f, height() / 2f), degrees, 1);
        Mat turned = new Mat();
        warpAffine(bgr, turned, rotation, bgr.size(), INTER_CUBIC, BORDER_REPLICATE, new Scalar());
        return new LicenceImage(turned);
    }

    /**
     * How far the card's text is turned, in degrees, as {@link #levelled(double)} wants it. Every character-sized
     * blob of near-black ink (on a {@value #SKEW_WIDTH} px wide copy) votes with the middle of its bottom edge; the
     * angle within ±{@value #MAX_SKEW} that lines those points up best (the largest sum of squared counts per pixel
     * row once turned) is the skew, to {@value #SKEW_STEP} degree. Large blobs (a portrait) are left out: their
     * edges would outvote the text. Zero unless the best angle beats level by {@value #SKEW_GAIN}.
     */
    double skew() {
        Mat brightest = channel(bgr, Rendering.MAX_CHANNEL_OTSU);
        // a copy at most SKEW_WIDTH wide and never enlarged: scaling a tall, narrow image to that width would make
        // it hundreds of times the working image
        double scale = Scaling.skewScale(brightest.cols(), SKEW_WIDTH);
        int[] size = Scaling.scaled(brightest.cols(), brightest.rows(), scale, WORKING_SIZE);
        Mat small = new Mat();
        resize(brightest, small, new Size(size[0], size[1]), 0, 0, INTER_AREA);
        Mat ink = new Mat();
        threshold(small, ink, 0, 255, THRESH_BINARY_INV | THRESH_OTSU);
        Mat labels = new Mat();
        Mat stats = new Mat();
        Mat centroids = new Mat();
        int count = connectedComponentsWithStats(ink, labels, stats, centroids);
        List<double[]> feet = new ArrayList<>();
        IntIndexer s = stats.createIndexer();
        for (int i = 1; i < count; i++) {
            int w = s.get(i, CC_STAT_WIDTH);
            int h = s.get(i, CC_STAT_HEIGHT);
            if (h >= 4 && h <= SKEW_WIDTH / 20 && w <= SKEW_WIDTH / 15) {
                feet.add(new double[] {s.get(i, CC_STAT_LEFT) + w / 2.0, s.get(i, CC_STAT_TOP) + h});
            }
        }
        s.release();
        if (feet.size() < 20) {
            return 0;
        }
        double cx = small.cols() / 2.0;
        double cy = small.rows() / 2.0;
        double best = 0;
        double bestScore = -1;
        double levelScore = 0;
        int steps = (int) Math.round(MAX_SKEW / SKEW_STEP);
        for (int step = -steps; step <= steps; step++) {
            double angle = step * SKEW_STEP;
            double sin = Math.sin(Math.toRadians(angle));
            double cos = Math.cos(Math.toRadians(angle));
            Map<Long, Integer> rows = new HashMap<>();
            for (double[] p : feet) {
                // the y of the point once the image is turned by getRotationMatrix2D(centre, angle, 1)
                long y = Math.round(-sin * (p[0] - cx) + cos * (p[1] - cy));
                rows.merge(y, 1, Integer::sum);
            }
            double score = rows.values().stream().mapToDouble(n -> (double) n * n).sum();
            if (step == 0) {
                levelScore = score;
            }
            if (score > bestScore) {
                bestScore = score;
                best = angle;
            }
        }
        return bestScore > levelScore * (1 + SKEW_GAIN) ? best : 0;
    }

    /** Whether a side is under {@value #MIN_SIDE} px once working size: no card layout fits (a card is 1.6:1). */
    boolean tooNarrowToRead() {
        return Math.min(width(), height()) < MIN_SIDE;
    }

    int width() {
        return bgr.cols();
    }

    int height() {
        return bgr.rows();
    }

    Box bounds() {
        return new Box(0, 0, width(), height());
    }

    /**
     * The region, enlarged by {@code scale} and rendered for OCR: an 8-bit single-channel image. The scale must be
     * one {@link Scaling#renderScale} allows for the region (at most {@link Scaling#MAX_RENDER_PIXELS} pixels).
     */
    Mat render(Box region, double scale, Rendering rendering) {
        Box clipped = region.expand(0, 0, 0, 0, width(), height());
        if (clipped.width() < 2 || clipped.height() < 2) {
            throw new IllegalArgumentException("region is outside the image");
        }
        if (Scaling.renderScale(clipped.width(), clipped.height(), scale) < scale) {
            throw new IllegalArgumentException("the rendering would exceed " + Scaling.MAX_RENDER_PIXELS + " pixels");
        }
        Mat crop = new Mat(bgr, new Rect(clipped.left(), clipped.top(), clipped.width(), clipped.height()));
        Mat scaled = crop;
        if (Math.abs(scale - 1) > 0.01) {
            int[] size = Scaling.scaled(clipped.width(), clipped.height(), scale, Integer.MAX_VALUE);
            scaled = new Mat();
            resize(crop, scaled, new Size(size[0], size[1]), 0, 0, scale < 1 ? INTER_AREA : INTER_CUBIC);
        }
        Mat gray = channel(scaled, rendering);
        if (!rendering.otsu()) {
            return gray;
        }
        Mat binary = new Mat();
        threshold(gray, binary, 0, 255, THRESH_BINARY | THRESH_OTSU);
        return binary;
    }

    /**
     * The rows of large print in a region, top to bottom. AAMVA cards print field numbers and labels ("4d DLN",
     * "1", "2", "8", "3 DOB") in a smaller font just left of the values, so the large print is the values: a row's
     * extent is where its value starts and ends. Characters are the connected components of the near-black ink
     * (brightest channel, Otsu threshold); large print is at least 72% as tall as the region's tall characters
     * (75th percentile of heights). Within a row, a gap wider than {@code gapCaps} cap heights ends the value; the
     * row reports its first such run. Characters cut by the region's edges are ignored.
     */
    List<InkRow> inkRows(Box region, double gapCaps) {
        Box clipped = region.expand(0, 0, 0, 0, width(), height());
        if (clipped.width() < 2 || clipped.height() < 2) {
            return List.of();
        }
        Mat crop = new Mat(bgr, new Rect(clipped.left(), clipped.top(), clipped.width(), clipped.height()));
        Mat brightest = channel(crop, Rendering.MAX_CHANNEL_OTSU);
        Mat ink = new Mat();
        double otsu = threshold(brightest, ink, 0, 255, THRESH_BINARY_INV | THRESH_OTSU);
        List<InkRow> rows = inkRows(ink, clipped, gapCaps);
        // blurred print runs rows together at Otsu's threshold; only the darkest core of each stroke parts them
        Mat core = new Mat();
        threshold(brightest, core, INK_CORE * otsu, 255, THRESH_BINARY_INV);
        List<InkRow> coreRows = inkRows(core, clipped, gapCaps);
        return coreRows.size() > rows.size() ? coreRows : rows;
    }

    private static List<InkRow> inkRows(Mat ink, Box clipped, double gapCaps) {
        Mat labels = new Mat();
        Mat stats = new Mat();
        Mat centroids = new Mat();
        int count = connectedComponentsWithStats(ink, labels, stats, centroids);
        List<Box> components = new ArrayList<>();
        IntIndexer s = stats.createIndexer();
        for (int i = 1; i < count; i++) {   // label 0 is the background
            int x = s.get(i, CC_STAT_LEFT);
            int y = s.get(i, CC_STAT_TOP);
            int w = s.get(i, CC_STAT_WIDTH);
            int h = s.get(i, CC_STAT_HEIGHT);
            boolean cut = x == 0 || y == 0 || y + h >= clipped.height();
            if (h >= 6 && !cut) {
                components.add(new Box(clipped.left() + x, clipped.top() + y, clipped.left() + x + w,
                        clipped.top() + y + h));
            }
        }
        s.release();
        if (components.isEmpty()) {
            return List.of();
        }
        int[] heights = components.stream().mapToInt(Box::height).sorted().toArray();
        int tall = heights[Math.min(heights.length - 1, (int) Math.floor(0.75 * heights.length))];
        List<Box> large = new ArrayList<>();
        for (Box c : components) {
            if (c.height() >= 0.72 * tall && c.height() <= 1.5 * tall && c.width() <= 12 * tall) {
                large.add(c);
            }
        }
        large.sort(Comparator.comparingDouble(Box::centerY));
        List<List<Box>> rows = new ArrayList<>();
        for (Box c : large) {
            List<Box> row = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (row == null || c.centerY() - row.stream().mapToDouble(Box::centerY).average().orElse(0) > 0.5 * tall) {
                row = new ArrayList<>();
                rows.add(row);
            }
            row.add(c);
        }
        List<InkRow> result = new ArrayList<>();
        for (List<Box> row : rows) {
            row.sort(Comparator.comparingInt(Box::left));
            // the first run of at least two characters: a lone speck of ink before the value is not its start
            Box run = null;
            int members = 0;
            for (Box c : row) {
                if (run != null && c.left() - run.right() <= gapCaps * tall) {
                    run = run.union(c);
                    members++;
                } else if (run != null && members >= 2) {
                    break;
                } else {
                    run = c;
                    members = 1;
                }
            }
            if (members >= 2) {
                result.add(new InkRow(run, tall));
            }
        }
        return result;
    }

    /** A row of large print: where its first value run lies, and the region's cap height. */
    record InkRow(Box box, int capHeight) {
    }

    private static Mat channel(Mat bgr, Rendering rendering) {
        Mat out = new Mat();
        switch (rendering) {
            case GRAY, GRAY_OTSU -> cvtColor(bgr, out, COLOR_BGR2GRAY);
            case MIN_CHANNEL, MIN_CHANNEL_OTSU, MAX_CHANNEL_OTSU, RED_OTSU -> {
                MatVector channels = new MatVector();
                split(bgr, channels);
                if (rendering == Rendering.RED_OTSU) {
                    return channels.get(2).clone();
                }
                boolean darkest = rendering != Rendering.MAX_CHANNEL_OTSU;
                if (darkest) {
                    min(channels.get(0), channels.get(1), out);
                    min(out, channels.get(2), out);
                } else {
                    max(channels.get(0), channels.get(1), out);
                    max(out, channels.get(2), out);
                }
            }
            default -> throw new IllegalStateException("unknown rendering " + rendering);
        }
        return out;
    }
}
