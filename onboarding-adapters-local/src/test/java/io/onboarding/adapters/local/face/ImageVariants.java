package io.onboarding.adapters.local.face;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.RescaleOp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Degraded copies of an image, made with Java2D and ImageIO (not with the engine's own OpenCV), to calibrate the
 * face comparator: rescaled, blurred, re-lit, JPEG re-encoded and slightly turned.
 */
final class ImageVariants {
    private ImageVariants() {
    }

    static BufferedImage decode(byte[] bytes) {
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
            BufferedImage rgb = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            g.drawImage(decoded, 0, 0, null);
            g.dispose();
            return rgb;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BufferedImage scaled(BufferedImage image, double factor) {
        int w = (int) Math.round(image.getWidth() * factor);
        int h = (int) Math.round(image.getHeight() * factor);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /** Gaussian blur of standard deviation {@code sigma} pixels. */
    static BufferedImage blurred(BufferedImage image, double sigma) {
        int radius = (int) Math.ceil(3 * sigma);
        float[] line = new float[2 * radius + 1];
        float sum = 0;
        for (int i = -radius; i <= radius; i++) {
            line[i + radius] = (float) Math.exp(-i * i / (2 * sigma * sigma));
            sum += line[i + radius];
        }
        for (int i = 0; i < line.length; i++) {
            line[i] /= sum;
        }
        BufferedImage padded = new BufferedImage(image.getWidth() + 2 * radius, image.getHeight() + 2 * radius,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = padded.createGraphics();
        g.drawImage(image, radius, radius, null);
        g.dispose();
        BufferedImage horizontal = new ConvolveOp(new Kernel(line.length, 1, line), ConvolveOp.EDGE_NO_OP, null)
                .filter(padded, null);
        BufferedImage both = new ConvolveOp(new Kernel(1, line.length, line), ConvolveOp.EDGE_NO_OP, null)
                .filter(horizontal, null);
        return both.getSubimage(radius, radius, image.getWidth(), image.getHeight());
    }

    /** Every channel as {@code gain * value + offset}. */
    static BufferedImage relit(BufferedImage image, float gain, float offset) {
        return new RescaleOp(gain, offset, null).filter(image, null);
    }

    /** Turned by {@code degrees} about the centre, the corners filled with grey. */
    static BufferedImage rotated(BufferedImage image, double degrees) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.LIGHT_GRAY);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, AffineTransform.getRotateInstance(Math.toRadians(degrees),
                image.getWidth() / 2.0, image.getHeight() / 2.0), null);
        g.dispose();
        return out;
    }

    /** A smooth diagonal gradient: an image without any face. */
    static BufferedImage gradient(int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(30, 60, 90), width, height, new Color(230, 210, 190)));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return out;
    }

    static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] jpeg(BufferedImage image, float quality) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
             ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
            stream.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }
}
