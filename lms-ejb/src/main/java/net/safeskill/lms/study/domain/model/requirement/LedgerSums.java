package net.safeskill.lms.study.domain.model.requirement;

import java.time.Duration;
import java.util.Objects;

/** Sums of a person's ledger rows that a requirement accepts, by mode. */
public record LedgerSums(Duration online, Duration classroom, Duration practical) {

    public LedgerSums {
        Objects.requireNonNull(online, "online");
        Objects.requireNonNull(classroom, "classroom");
        Objects.requireNonNull(practical, "practical");
    }

    public static LedgerSums none() {
        return new LedgerSums(Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }
}
