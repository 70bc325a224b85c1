package net.safeskill.lms.web.support;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.random.RandomGenerator;

import javax.imageio.ImageIO;

/**
 * Draws the digits of a presence check (防挂机验证) as a small PNG: each digit is a hand-drawn-looking stroke figure,
 * tilted and shifted at random, over noise lines. It needs no fonts (servers often have none) and the digits are
 * not in the page as text, so a script that clicks blindly cannot answer.
 */
public final class ChallengeImage {

    private static final RandomGenerator RANDOM = new SecureRandom();
    private static final int CELL = 34;
    private static final int HEIGHT = 56;

    /** Segment end points on a 0..1 × 0..2 grid: a, b, c, d, e, f, g of a seven-segment digit. */
    private static final double[][] SEGMENTS = {
            {0, 0, 1, 0}, {1, 0, 1, 1}, {1, 1, 1, 2}, {0, 2, 1, 2}, {0, 1, 0, 2}, {0, 0, 0, 1}, {0, 1, 1, 1}};
    private static final String[] DIGIT_SEGMENTS = {
            "abcdef", "bc", "abged", "abgcd", "fgbc", "afgcd", "afgedc", "abc", "abcdefg", "abcdfg"};

    private ChallengeImage() {
    }

    public static ByteArrayOutputStream render(String digits) {
        int width = CELL * digits.length() + 20;
        BufferedImage image = new BufferedImage(width, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(246, 248, 250));
            g.fillRect(0, 0, width, HEIGHT);
            for (int i = 0; i < 7; i++) {
                g.setColor(new Color(150 + RANDOM.nextInt(80), 150 + RANDOM.nextInt(80), 150 + RANDOM.nextInt(80)));
                g.setStroke(new BasicStroke(1f + RANDOM.nextFloat()));
                g.drawLine(RANDOM.nextInt(width), RANDOM.nextInt(HEIGHT), RANDOM.nextInt(width),
                        RANDOM.nextInt(HEIGHT));
            }
            for (int i = 0; i < digits.length(); i++) {
                drawDigit(g, digits.charAt(i) - '0', 12 + i * CELL);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void drawDigit(Graphics2D g, int digit, int x) {
        if (digit < 0 || digit > 9) {
            return;
        }
        double scale = 14 + RANDOM.nextDouble() * 4;
        Path2D.Double path = new Path2D.Double();
        for (char s : DIGIT_SEGMENTS[digit].toCharArray()) {
            double[] seg = SEGMENTS[s - 'a'];
            path.moveTo(seg[0] * scale + jitter(), seg[1] * scale + jitter());
            path.lineTo(seg[2] * scale + jitter(), seg[3] * scale + jitter());
        }
        AffineTransform t = new AffineTransform();
        t.translate(x + RANDOM.nextInt(5), 8 + RANDOM.nextInt(6));
        t.shear(-0.15 + RANDOM.nextDouble() * 0.3, 0);
        t.rotate(-0.12 + RANDOM.nextDouble() * 0.24, scale / 2, scale);
        g.setColor(new Color(20 + RANDOM.nextInt(60), 40 + RANDOM.nextInt(60), 90 + RANDOM.nextInt(80)));
        g.setStroke(new BasicStroke(3.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(t.createTransformedShape(path));
    }

    private static double jitter() {
        return RANDOM.nextDouble() * 2.4 - 1.2;
    }
}
