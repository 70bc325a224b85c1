package net.safeskill.lms.study.domain.model.session;

import java.time.Instant;

/**
 * A presence check that is over, to be kept as a record: passed, failed (wrong answers) or missed (no answer in time).
 */
public record PresenceOutcome(String nonce, Instant issuedAt, Instant resolvedAt, Result result, int tries) {

    public enum Result {
        PASSED,
        FAILED,
        MISSED
    }
}
