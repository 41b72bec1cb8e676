package io.onboarding.adapters.local.face;

import static org.bytedeco.opencv.global.opencv_core.BORDER_REPLICATE;
import static org.bytedeco.opencv.global.opencv_core.copyMakeBorder;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import io.onboarding.domain.port.DependencyException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.bytedeco.opencv.opencv_core.FileStorage;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.RectVector;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_objdetect.CascadeClassifier;

/**
 * Finds frontal faces with the bundled Haar cascade. Haar detection is brittle: at one image size it misses faces
 * it finds at another and reports texture as faces. So the image is searched at three sizes, with a margin around
 * it (a face filling the picture is otherwise missed), and a face counts only where at least two sizes agree.
 * Histogram equalisation before detection was tried and dropped: on the sample licence it made the portrait come
 * and go between sizes.
 * Not thread-safe (the classifier keeps state): one detector per thread.
 */
final class FaceDetector implements AutoCloseable {
    /**
     * How a selfie is searched: at longest sides of 256, 320 and 400 px, for faces of at least 15% of that (a
     * selfie's face fills a good part of it).
     */
    static final Search SELFIE = new Search(new int[] {256, 320, 400}, 0.15, 1.05);
    /**
     * How a document is searched: at longest sides of 640, 800 and 960 px, for faces of at least 3.5% of that (a
     * card's ghost image is about 5% of the card).
     */
    static final Search DOCUMENT = new Search(new int[] {640, 800, 960}, 0.035, 1.05);
    private static final int MIN_NEIGHBOURS = 4;
    private static final int MIN_FACE = 24;
    /** Margin added around the image, as a fraction of its longer side. */
    private static final double MARGIN = 0.1;
    private static final double SAME_FACE_IOU = 0.4;

    private final CascadeClassifier classifier;
    private boolean closed;

    FaceDetector() {
        classifier = newClassifier();
        try (FileStorage storage = new FileStorage(Cascade.xml(), FileStorage.READ | FileStorage.MEMORY)) {
            if (!classifier.read(storage.getFirstTopLevelNode()) || classifier.empty()) {
                classifier.close();
                throw new DependencyException(OpenCvFaceComparator.DEPENDENCY, "bundled cascade could not be read");
            }
        }
    }

    /**
     * The first CascadeClassifier loads OpenCV's natives. On Linux the presets link highgui against GTK 2, which a
     * minimal system lacks (bytedeco/javacpp-presets#593): say so once, plainly, instead of a linker message.
     */
    private static CascadeClassifier newClassifier() {
        try {
            return new CascadeClassifier();
        } catch (LinkageError e) {
            throw new DependencyException(OpenCvFaceComparator.DEPENDENCY, "OpenCV's native libraries could not be"
                    + " loaded (" + e.getClass().getSimpleName() + "); on Linux they need GTK 2:"
                    + " apt-get install libgtk2.0-0", e);
        }
    }

    /** A face found, in the image's pixels; it may reach past the image's edges. */
    record Face(double x, double y, double width, double height) {
        double centreX() {
            return x + width / 2;
        }

        double centreY() {
            return y + height / 2;
        }
    }

    /**
     * Where and how to look: the longer sides (px) the image is resampled to, the smallest face looked for as a
     * share of that side (skipping the smallest windows, the most numerous, is most of the speed), and the step
     * between the window sizes tried.
     */
    record Search(int[] sizes, double minFaceShare, double scaleStep) {
    }

    /** Faces found on a grey image, largest first: those found at two or more of the sizes. */
    List<Face> detect(Mat gray, Search how) {
        if (closed) {
            throw new IllegalStateException("detector is closed");
        }
        List<double[]> hits = new ArrayList<>();   // x, y, w, h in the image's pixels, size index
        for (int i = 0; i < how.sizes().length; i++) {
            hits.addAll(search(gray, how, i));
        }
        return agreed(hits);
    }

    /**
     * Runs the cascade over the image resampled to the {@code sizeIndex}th size, with a margin of repeated edge
     * pixels around it. Hits come back in the image's pixels, tagged with {@code sizeIndex}.
     */
    private List<double[]> search(Mat gray, Search how, int sizeIndex) {
        int size = how.sizes()[sizeIndex];
        double scale = (double) size / Math.max(gray.cols(), gray.rows());
        Mat resized = new Mat();
        // explicit sides of 1 to size px: an extreme aspect ratio never asks for an empty image
        resize(gray, resized, new Size(side(gray.cols() * scale, size), side(gray.rows() * scale, size)), 0, 0,
                scale < 1 ? INTER_AREA : INTER_LINEAR);
        int pad = (int) Math.round(MARGIN * size);
        Mat padded = new Mat();
        copyMakeBorder(resized, padded, pad, pad, pad, pad, BORDER_REPLICATE);
        RectVector found = new RectVector();
        int minFace = Math.max(MIN_FACE, (int) Math.round(how.minFaceShare() * size));
        classifier.detectMultiScale(padded, found, how.scaleStep(), MIN_NEIGHBOURS, 0, new Size(minFace, minFace),
                new Size());
        List<double[]> hits = new ArrayList<>();
        for (long i = 0; i < found.size(); i++) {
            Rect r = found.get(i);
            hits.add(new double[] {(r.x() - pad) / scale, (r.y() - pad) / scale, r.width() / scale,
                    r.height() / scale, sizeIndex});
        }
        return hits;
    }

    static int side(double value, int max) {
        return (int) Math.max(1, Math.min(max, Math.round(value)));
    }

    private static List<List<double[]>> clusters(List<double[]> hits) {
        List<List<double[]>> clusters = new ArrayList<>();
        for (double[] hit : hits) {
            List<double[]> home = null;
            for (List<double[]> cluster : clusters) {
                if (iou(cluster.get(0), hit) > SAME_FACE_IOU) {
                    home = cluster;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                clusters.add(home);
            }
            home.add(hit);
        }
        return clusters;
    }

    private static long sizesIn(List<double[]> cluster) {
        return cluster.stream().mapToDouble(h -> h[4]).distinct().count();
    }

    /** Clusters overlapping hits; a cluster found at two or more sizes is a face, its box the cluster's mean. */
    private static List<Face> agreed(List<double[]> hits) {
        List<Face> faces = new ArrayList<>();
        for (List<double[]> cluster : clusters(hits)) {
            if (sizesIn(cluster) >= 2) {
                faces.add(new Face(mean(cluster, 0), mean(cluster, 1), mean(cluster, 2), mean(cluster, 3)));
            }
        }
        faces.sort(Comparator.comparingDouble((Face f) -> f.width() * f.height()).reversed());
        return faces;
    }

    private static double mean(List<double[]> cluster, int index) {
        return cluster.stream().mapToDouble(h -> h[index]).average().orElseThrow();
    }

    private static double iou(double[] a, double[] b) {
        double w = Math.max(0, Math.min(a[0] + a[2], b[0] + b[2]) - Math.max(a[0], b[0]));
        double h = Math.max(0, Math.min(a[1] + a[3], b[1] + b[3]) - Math.max(a[1], b[1]));
        double intersection = w * h;
        return intersection / (a[2] * a[3] + b[2] * b[3] - intersection);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            classifier.close();
        }
    }
}
