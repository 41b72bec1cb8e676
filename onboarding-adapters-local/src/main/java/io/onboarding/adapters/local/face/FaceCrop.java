package io.onboarding.adapters.local.face;

import static org.bytedeco.opencv.global.opencv_core.BORDER_REPLICATE;
import static org.bytedeco.opencv.global.opencv_core.copyMakeBorder;
import static org.bytedeco.opencv.global.opencv_imgproc.GaussianBlur;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.equalizeHist;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import io.onboarding.adapters.local.face.FaceDetector.Face;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Size;

/**
 * Cuts a face out of a grey image as the descriptor wants it: a square {@value LbpDescriptor#SIZE} px crop around
 * the detected box, smoothed (σ 1 px) so print screens and JPEG blocks do not dominate the texture, and
 * histogram-equalised so lighting does not. Parts outside the image repeat its edge pixels.
 */
final class FaceCrop {
    private static final double SMOOTHING = 1.0;
    /** Largest square cut around a face before it is reduced to the descriptor's size. */
    static final int MAX_CROP_SIDE = 1024;

    private FaceCrop() {
    }

    /**
     * @param dx    horizontal shift of the crop's centre, in face widths
     * @param dy    vertical shift, in face heights
     * @param scale side of the crop, in face widths
     */
    static LbpDescriptor describe(Mat gray, Face face, double dx, double dy, double scale) {
        int side = Math.max(4, (int) Math.round(face.width() * scale));
        if (side > MAX_CROP_SIDE) {
            // a face box as large as a huge image: padding its square crop would multiply the image, so crop from
            // a copy small enough that the square is at most MAX_CROP_SIDE (the descriptor is 96 px anyway)
            double f = (MAX_CROP_SIDE - 2.0) / side;
            Mat smaller = new Mat();
            resize(gray, smaller, new Size(FaceDetector.side(gray.cols() * f, gray.cols()),
                    FaceDetector.side(gray.rows() * f, gray.rows())), 0, 0, INTER_AREA);
            return describe(smaller, new Face(face.x() * f, face.y() * f, face.width() * f, face.height() * f),
                    dx, dy, scale);
        }
        int left = (int) Math.round(face.centreX() + dx * face.width() - side / 2.0);
        int top = (int) Math.round(face.centreY() + dy * face.height() - side / 2.0);
        Mat square = region(gray, left, top, side);
        Mat small = new Mat();
        resize(square, small, new Size(LbpDescriptor.SIZE, LbpDescriptor.SIZE), 0, 0, INTER_AREA);
        GaussianBlur(small, small, new Size(0, 0), SMOOTHING);
        equalizeHist(small, small);
        byte[] pixels = new byte[LbpDescriptor.SIZE * LbpDescriptor.SIZE];
        small.data().get(pixels);
        return LbpDescriptor.of(pixels);
    }

    private static Mat region(Mat gray, int left, int top, int side) {
        int x0 = Math.max(0, left);
        int y0 = Math.max(0, top);
        int x1 = Math.min(gray.cols(), left + side);
        int y1 = Math.min(gray.rows(), top + side);
        if (x1 <= x0 || y1 <= y0) {
            throw new IllegalArgumentException("face crop lies outside the image");
        }
        Mat inside = new Mat(gray, new Rect(x0, y0, x1 - x0, y1 - y0));
        if (x0 == left && y0 == top && x1 == left + side && y1 == top + side) {
            return inside;
        }
        Mat padded = new Mat();
        copyMakeBorder(inside, padded, y0 - top, top + side - y1, x0 - left, left + side - x1, BORDER_REPLICATE);
        return padded;
    }
}
