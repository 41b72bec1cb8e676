package io.onboarding.adapters.local.ocr;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws the front of a made-up US driver's licence in the AAMVA layout with Java2D: small green field numbers and
 * labels left of large black values, over a pastel background with guilloche lines and a drawn portrait. The
 * values differ from the Florida specimen, so a reader that passes on both is not keyed to the sample.
 */
final class SyntheticLicence {
    static final String FAMILY_NAME = "RIVERA";
    static final String GIVEN_NAMES = "ANA MARIA";
    static final String STREET = "4567 OAK AVENUE";
    static final String CITY = "SPRINGFIELD";
    static final String STATE = "IL";
    static final String ZIP = "62704-0001";
    static final String NUMBER = "R412-7789-0365";
    static final String BIRTH = "03/04/1985";
    static final String EXPIRY = "03/04/2031";
    static final String ISSUE = "02/15/2023";

    private static final Color LABEL = new Color(20, 130, 70);
    private static final Color INK = new Color(15, 15, 20);

    private SyntheticLicence() {
    }

    static byte[] png() {
        return encode(image(), "png");
    }

    static BufferedImage image() {
        int width = 1600;
        int height = 1000;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(235, 235, 235));
        g.fillRect(0, 0, width, height);

        RoundRectangle2D card = new RoundRectangle2D.Double(80, 60, 1440, 880, 60, 60);
        g.setPaint(new GradientPaint(80, 60, new Color(250, 226, 228), 1520, 940, new Color(222, 236, 250)));
        g.fill(card);
        g.setClip(card);
        guilloche(g);
        g.setClip(null);

        g.setColor(LABEL);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD | Font.ITALIC, 90));
        g.drawString("Illinois", 130, 180);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 46));
        g.drawString("DRIVER LICENSE", 640, 170);

        portrait(g, 140, 280, 360, 450);

        int x = 560;
        label(g, "4d DLN", x, 285);
        value(g, NUMBER, x + 150, 285, 58);
        label(g, "1", x, 360);
        value(g, FAMILY_NAME, x + 30, 360, 40);
        label(g, "2", x, 405);
        value(g, GIVEN_NAMES, x + 30, 405, 40);
        label(g, "8", x, 450);
        value(g, STREET, x + 30, 450, 40);
        value(g, CITY + ", " + STATE + " " + ZIP, x + 30, 495, 40);
        label(g, "3 DOB", x, 575);
        value(g, BIRTH, x + 140, 575, 40);
        label(g, "15 SEX", x + 520, 575);
        value(g, "F", x + 680, 575, 40);
        label(g, "4b EXP", x, 630);
        value(g, EXPIRY, x + 140, 630, 40);
        label(g, "16 HGT", x + 520, 630);
        value(g, "5'-06\"", x + 680, 630, 40);
        label(g, "4a ISS", x, 760);
        value(g, ISSUE, x + 140, 760, 40);
        g.setColor(INK);
        g.setFont(new Font(Font.SERIF, Font.ITALIC, 64));
        g.drawString("Ana Rivera", 150, 840);
        g.dispose();
        return image;
    }

    /** Not a licence, though it has a dashed number and dates: an invoice. */
    static byte[] invoicePng() {
        BufferedImage image = new BufferedImage(1400, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1400, 900);
        g.setColor(INK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 60));
        g.drawString("INVOICE 2023-0417-88", 100, 150);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
        g.drawString("Date 03/04/2023", 100, 260);
        g.drawString("Due 04/04/2023", 100, 330);
        g.drawString("Garden chairs, 4 units       123.45", 100, 460);
        g.drawString("Delivery                      19.90", 100, 530);
        g.drawString("Total                        143.35", 100, 640);
        g.dispose();
        return encode(image, "png");
    }

    private static void label(Graphics2D g, String text, int x, int baseline) {
        g.setColor(LABEL);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
        g.drawString(text, x, baseline);
    }

    private static void value(Graphics2D g, String text, int x, int baseline, int size) {
        g.setColor(INK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
        g.drawString(text, x, baseline);
    }

    /** Fine wavy lines like a licence's security print, in light colours. */
    private static void guilloche(Graphics2D g) {
        Random random = new Random(7);
        g.setStroke(new BasicStroke(1.2f));
        for (int k = 0; k < 40; k++) {
            g.setColor(k % 2 == 0 ? new Color(240, 180, 190) : new Color(170, 200, 235));
            Path2D wave = new Path2D.Double();
            double phase = random.nextDouble() * Math.PI * 2;
            double amplitude = 10 + random.nextDouble() * 25;
            double y0 = 70 + k * 22;
            wave.moveTo(80, y0);
            for (int x = 80; x <= 1520; x += 6) {
                wave.lineTo(x, y0 + amplitude * Math.sin(x / 70.0 + phase));
            }
            g.draw(wave);
        }
    }

    /** A simple drawn head and shoulders on a grey ground. */
    private static void portrait(Graphics2D g, int x, int y, int w, int h) {
        g.setColor(new Color(120, 120, 128));
        g.fillRect(x, y, w, h);
        g.setColor(new Color(60, 60, 70));
        g.fill(new Ellipse2D.Double(x + 40, y + h * 0.72, w - 80, h * 0.6));
        g.setColor(new Color(225, 190, 160));
        g.fill(new Ellipse2D.Double(x + w * 0.28, y + h * 0.18, w * 0.44, h * 0.52));
    }

    static byte[] encode(BufferedImage image, String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
