package net.safeskill.lms.study.domain.model.session;

import java.time.Duration;
import java.util.Optional;

import net.safeskill.lms.study.domain.model.ledger.CreditedPeriod;

/**
 * What one heartbeat did: the ledger row it produced (if any), why it credited less than the time since the last
 * beat, where a video must go back to, the presence challenge the page must show, and a presence check it closed.
 */
public record HeartbeatOutcome(Optional<CreditedPeriod> period,
                               NoCreditReason reason,
                               Double rewindTo,
                               PresenceChallenge challenge,
                               PresenceOutcome closedCheck,
                               Duration lessonCredited,
                               Duration courseCredited,
                               Duration todayCredited) {

    public Duration credited() {
        return period.map(CreditedPeriod::duration).orElse(Duration.ZERO);
    }
}
