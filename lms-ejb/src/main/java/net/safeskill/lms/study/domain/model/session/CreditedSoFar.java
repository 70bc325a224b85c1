package net.safeskill.lms.study.domain.model.session;

import java.time.Duration;

/**
 * What the ledger already holds for the person when a session starts: online time credited today, for this
 * lesson and for this course, and the furthest video position credited (so a first viewing cannot skip ahead
 * across sessions either).
 */
public record CreditedSoFar(Duration today, Duration lesson, Duration course, double furthestPosition) {

    public static CreditedSoFar nothing() {
        return new CreditedSoFar(Duration.ZERO, Duration.ZERO, Duration.ZERO, 0);
    }
}
