package net.safeskill.lms.study.domain.model.requirement;

import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

import net.safeskill.lms.shared.domain.model.TrainingType;
import net.safeskill.lms.study.domain.model.ledger.StudyMode;

/**
 * Ledger time of one mode credited under one training type: the training type of the class for attendance rows,
 * of the course for online rows. A requirement counts the slices of the types it accepts.
 */
public record LedgerSlice(StudyMode mode, TrainingType type, Duration time) {

    public LedgerSlice {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(time, "time");
    }

    /** @return the sums by mode of the slices whose training type is one of {@code counted} (untyped slices never count) */
    public static LedgerSums sum(Collection<LedgerSlice> slices, Set<TrainingType> counted) {
        Duration online = Duration.ZERO;
        Duration classroom = Duration.ZERO;
        Duration practical = Duration.ZERO;
        for (LedgerSlice s : slices) {
            if (s.type() == null || !counted.contains(s.type())) {
                continue;
            }
            switch (s.mode()) {
                case ONLINE -> online = online.plus(s.time());
                case CLASSROOM -> classroom = classroom.plus(s.time());
                case PRACTICAL -> practical = practical.plus(s.time());
            }
        }
        return new LedgerSums(online, classroom, practical);
    }
}
