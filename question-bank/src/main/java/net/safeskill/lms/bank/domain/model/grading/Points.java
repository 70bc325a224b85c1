package net.safeskill.lms.bank.domain.model.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * A score (分值) held as whole tenths of a point, so sums and comparisons are exact and no {@code double} rounding ever
 * reaches a candidate's result (E3 scores and pass marks, E6 grading). {@code 2.5} points are {@code 25} tenths.
 *
 * @param tenths the score in tenths of a point, never negative
 */
public record Points(int tenths) implements Comparable<Points> {

    public static final Points ZERO = new Points(0);

    public Points {
        if (tenths < 0) {
            throw new DomainException("bank.points.invalid", tenths / 10.0);
        }
    }

    /** @throws DomainException {@code bank.points.invalid} for a negative value or one with more than one decimal */
    public static Points of(BigDecimal value) {
        if (value == null || value.signum() < 0 || value.stripTrailingZeros().scale() > 1
                || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE / 10)) > 0) {
            throw new DomainException("bank.points.invalid", value);
        }
        return new Points(value.movePointRight(1).intValueExact());
    }

    /** Points from text such as {@code "2"} or {@code "1.5"}. */
    public static Points parse(String text) {
        try {
            return of(new BigDecimal(text.strip()));
        } catch (NumberFormatException | NullPointerException e) {
            throw new DomainException("bank.points.invalid", text);
        }
    }

    public static Points ofWhole(int points) {
        return new Points(Math.multiplyExact(points, 10));
    }

    public BigDecimal value() {
        return BigDecimal.valueOf(tenths, 1);
    }

    public Points plus(Points other) {
        return new Points(Math.addExact(tenths, other.tenths));
    }

    public Points times(int count) {
        return new Points(Math.multiplyExact(tenths, count));
    }

    /**
     * This score times {@code numerator / denominator}, rounded down to a tenth: partial credit never gives a candidate
     * more than was earned.
     */
    public Points fraction(long numerator, long denominator) {
        if (denominator <= 0 || numerator < 0) {
            throw new IllegalArgumentException("fraction " + numerator + "/" + denominator);
        }
        return new Points(BigDecimal.valueOf(tenths).multiply(BigDecimal.valueOf(numerator))
                .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.DOWN).intValueExact());
    }

    /**
     * Splits this score into {@code parts} shares that add up to it exactly: equal shares of whole tenths, the first
     * ones a tenth more when it does not divide evenly (10 points over 3 parts: 3.4, 3.3, 3.3).
     */
    public List<Points> split(int parts) {
        if (parts <= 0) {
            throw new IllegalArgumentException("parts " + parts);
        }
        List<Points> shares = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            shares.add(new Points(tenths / parts + (i < tenths % parts ? 1 : 0)));
        }
        return shares;
    }

    public boolean isZero() {
        return tenths == 0;
    }

    @Override
    public int compareTo(Points other) {
        return Integer.compare(tenths, other.tenths);
    }

    /** @return the plain decimal form, e.g. {@code 2}, {@code 2.5} */
    @Override
    public String toString() {
        return value().stripTrailingZeros().toPlainString();
    }
}
