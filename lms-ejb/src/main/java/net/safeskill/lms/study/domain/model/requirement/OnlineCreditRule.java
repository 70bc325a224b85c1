package net.safeskill.lms.study.domain.model.requirement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * How online hours count toward a requirement's total (线上学习课时按比例计入培训总课时, C4): each online hour counts
 * {@code weight} hours, and online hours together count at most {@code capShare} of the required total.
 * For example weight 1 and cap 0.5: online counts 1:1 but at most half of the total.
 */
public record OnlineCreditRule(BigDecimal weight, BigDecimal capShare) {

    public OnlineCreditRule {
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(capShare, "capShare");
        if (weight.signum() <= 0 || weight.compareTo(BigDecimal.ONE) > 0) {
            throw new DomainException("requirement.onlineWeight");
        }
        if (capShare.signum() < 0 || capShare.compareTo(BigDecimal.ONE) > 0) {
            throw new DomainException("requirement.onlineCap");
        }
        weight = weight.stripTrailingZeros();
        capShare = capShare.stripTrailingZeros();
    }

    /** @return the online time that counts: min(online x weight, cap x required) */
    public Duration counted(Duration online, Duration required) {
        long weighted = new BigDecimal(online.toMillis()).multiply(weight).setScale(0, RoundingMode.DOWN).longValueExact();
        long cap = new BigDecimal(required.toMillis()).multiply(capShare).setScale(0, RoundingMode.DOWN).longValueExact();
        return Duration.ofMillis(Math.min(weighted, cap));
    }
}
