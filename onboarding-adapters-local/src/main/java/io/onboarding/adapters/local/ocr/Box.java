package io.onboarding.adapters.local.ocr;

/** An axis-aligned rectangle in pixels of the working image: {@code left}/{@code top} inclusive, the rest exclusive. */
record Box(int left, int top, int right, int bottom) {
    Box {
        if (right < left || bottom < top) {
            throw new IllegalArgumentException("box has a negative size");
        }
    }

    int width() {
        return right - left;
    }

    int height() {
        return bottom - top;
    }

    double centerY() {
        return (top + bottom) / 2.0;
    }

    Box union(Box other) {
        return new Box(Math.min(left, other.left), Math.min(top, other.top),
                Math.max(right, other.right), Math.max(bottom, other.bottom));
    }

    /** The box grown by the given margins (negative margins shrink it), clipped to {@code [0,width)×[0,height)}. */
    Box expand(int leftMargin, int topMargin, int rightMargin, int bottomMargin, int width, int height) {
        int l = Math.max(0, Math.min(width, left - leftMargin));
        int t = Math.max(0, Math.min(height, top - topMargin));
        int r = Math.max(l, Math.min(width, right + rightMargin));
        int b = Math.max(t, Math.min(height, bottom + bottomMargin));
        return new Box(l, t, r, b);
    }

    /** Whether both boxes sit on one text row: they overlap vertically by at least half the smaller height. */
    boolean sameRowAs(Box other) {
        int overlap = Math.min(bottom, other.bottom) - Math.max(top, other.top);
        return overlap > 0 && overlap >= 0.5 * Math.min(height(), other.height());
    }

    /** Intersection over union, 0 when the boxes do not meet. */
    double iou(Box other) {
        long w = Math.max(0, Math.min(right, other.right) - Math.max(left, other.left));
        long h = Math.max(0, Math.min(bottom, other.bottom) - Math.max(top, other.top));
        long intersection = w * h;
        long union = (long) width() * height() + (long) other.width() * other.height() - intersection;
        return union == 0 ? 0 : (double) intersection / union;
    }
}
