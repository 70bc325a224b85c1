package net.safeskill.lms.study.domain.model.trainingclass;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * One line of an attendance sheet: who, present / late / absent, and for a late arrival by how many minutes.
 *
 * @param personId    the person on the roster
 * @param status      present, late or absent
 * @param lateMinutes minutes late (1..{@value #MAX_LATE_MINUTES}) when late; always 0 otherwise
 */
public record Attendance(long personId, AttendanceStatus status, int lateMinutes) {

    /** A session lasts at most 12 hours, so nobody is later than that. */
    public static final int MAX_LATE_MINUTES = 720;

    public Attendance {
        if (status == null) {
            throw new DomainException("attendance.statusRequired");
        }
        if (status == AttendanceStatus.LATE) {
            if (lateMinutes < 1 || lateMinutes > MAX_LATE_MINUTES) {
                throw new DomainException("attendance.lateMinutes", 1, MAX_LATE_MINUTES);
            }
        } else {
            lateMinutes = 0;
        }
    }

    public static Attendance present(long personId) {
        return new Attendance(personId, AttendanceStatus.PRESENT, 0);
    }

    public static Attendance absent(long personId) {
        return new Attendance(personId, AttendanceStatus.ABSENT, 0);
    }

    public static Attendance late(long personId, int minutes) {
        return new Attendance(personId, AttendanceStatus.LATE, minutes);
    }

    /**
     * The instant from which this person attended a session running from {@code start} to {@code end}: the start
     * when present, the start plus the lateness when late, nothing when absent.
     *
     * @throws DomainException {@code attendance.lateBeyondSession} when the lateness covers the whole session
     */
    public Optional<Instant> attendedFrom(Instant start, Instant end) {
        return switch (status) {
            case ABSENT -> Optional.empty();
            case PRESENT -> Optional.of(start);
            case LATE -> {
                Instant from = start.plus(Duration.ofMinutes(lateMinutes));
                if (!from.isBefore(end)) {
                    throw new DomainException("attendance.lateBeyondSession");
                }
                yield Optional.of(from);
            }
        };
    }
}
