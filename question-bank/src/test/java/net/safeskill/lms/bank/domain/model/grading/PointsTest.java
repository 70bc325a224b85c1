package net.safeskill.lms.bank.domain.model.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.safeskill.lms.shared.domain.DomainException;

class PointsTest {

    @Test
    void pointsAreExactTenths() {
        assertEquals(25, Points.parse("2.5").tenths());
        assertEquals(new BigDecimal("2.5"), Points.parse("2.50").value());
        assertEquals("2", Points.ofWhole(2).toString());
        Points sum = Points.ZERO;
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(Points.parse("0.1"));
        }
        assertEquals(Points.ofWhole(1), sum, "ten tenths are exactly one point");
    }

    @Test
    void invalidValuesAreRefused() {
        assertThrows(DomainException.class, () -> Points.parse("0.25"));
        assertThrows(DomainException.class, () -> Points.parse("-1"));
        assertThrows(DomainException.class, () -> Points.parse("abc"));
        assertThrows(DomainException.class, () -> new Points(-1));
    }

    @Test
    void fractionsRoundDownAndSplitsAddUp() {
        assertEquals(new Points(6), Points.ofWhole(2).fraction(1, 3), "2 × 1/3 = 0.666… → 0.6");
        assertEquals(List.of(new Points(34), new Points(33), new Points(33)), Points.ofWhole(10).split(3));
        assertEquals(Points.ofWhole(10), Points.ofWhole(10).split(7).stream().reduce(Points.ZERO, Points::plus));
    }
}
