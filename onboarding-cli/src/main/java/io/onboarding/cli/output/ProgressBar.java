package io.onboarding.cli.output;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar redrawn in place with carriage returns: done/total, percentage, rate and estimated time
 * left. Only for a terminal; callers clear it before printing anything else to the same screen. Not thread-safe:
 * {@link RunOutput} serialises access.
 */
final class ProgressBar {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter terminal;
    private final int total;
    private final long startNanos;
    private int done;
    private int drawnLength;
    private long lastDrawNanos;

    ProgressBar(PrintWriter terminal, int total) {
        this.terminal = terminal;
        this.total = total;
        this.startNanos = System.nanoTime();
    }

    void advance() {
        done++;
        long now = System.nanoTime();
        if (done == total || now - lastDrawNanos >= REDRAW_NANOS) {
            draw(now);
        }
    }

    void redraw() {
        draw(System.nanoTime());
    }

    void clear() {
        if (drawnLength > 0) {
            terminal.print("\r" + " ".repeat(drawnLength) + "\r");
            terminal.flush();
            drawnLength = 0;
        }
    }

    private void draw(long now) {
        lastDrawNanos = now;
        double seconds = (now - startNanos) / 1e9;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        double rate = seconds > 0 ? done / seconds : 0;
        String eta = rate > 0 && done < total ? clock((total - done) / rate) : "--:--";
        String line = String.format(Locale.ROOT, "[%s%s] %d/%d %3d%%  %.2f app/s  ETA %s",
                "#".repeat(filled), "-".repeat(WIDTH - filled), done, total,
                total == 0 ? 100 : 100 * done / total, rate, eta);
        terminal.print("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())));
        terminal.flush();
        drawnLength = line.length();
    }

    private static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
