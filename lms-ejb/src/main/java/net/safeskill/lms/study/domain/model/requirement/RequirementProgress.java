package net.safeskill.lms.study.domain.model.requirement;

import java.time.Duration;

/**
 * Progress toward a requirement, derived from the ledger (never typed in): classroom and practical time count in
 * full, online time by the requirement's {@link OnlineCreditRule}.
 *
 * @param required      the required total
 * @param classroom     classroom time credited
 * @param practical     practical time credited
 * @param onlineStudied online time credited by the ledger
 * @param onlineCounted the part of it that counts toward this requirement
 * @param counted       classroom + practical + onlineCounted
 */
public record RequirementProgress(Duration required, Duration classroom, Duration practical, Duration onlineStudied,
                                  Duration onlineCounted, Duration counted) {

    public static RequirementProgress of(Duration required, OnlineCreditRule rule, LedgerSums sums) {
        Duration online = rule.counted(sums.online(), required);
        return new RequirementProgress(required, sums.classroom(), sums.practical(), sums.online(), online,
                sums.classroom().plus(sums.practical()).plus(online));
    }

    /** @return whether the counted time reaches the required total */
    public boolean complete() {
        return counted.compareTo(required) >= 0;
    }

    /** @return progress in whole percent, 0..100 (rounded down: 99.9 % is not done) */
    public int percent() {
        if (required.isZero()) {
            return 100;
        }
        return (int) Math.min(100, counted.toMillis() * 100 / required.toMillis());
    }

    /** @return the time still to be credited (zero when complete) */
    public Duration remaining() {
        Duration left = required.minus(counted);
        return left.isNegative() ? Duration.ZERO : left;
    }
}
