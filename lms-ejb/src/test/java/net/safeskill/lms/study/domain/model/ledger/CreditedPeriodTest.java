package net.safeskill.lms.study.domain.model.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import net.safeskill.lms.shared.domain.DomainException;

/** Rule 7: a ledger row is a real, non-empty period; attendance rows are never online. */
class CreditedPeriodTest {

    private static final Instant T = Instant.parse("2026-03-10T02:00:00Z");

    @Test
    void anOnlineRowKeepsWhatItCredits() {
        CreditedPeriod p = CreditedPeriod.online(1, 2, 3, 4L, T, T.plusSeconds(15), 1.5, 16.5);
        assertEquals(1, p.personId());
        assertEquals(2L, p.courseId());
        assertEquals(3L, p.lessonId());
        assertEquals(4L, p.studySessionId());
        assertEquals(StudyMode.ONLINE, p.mode());
        assertEquals(CreditSource.HEARTBEAT, p.source());
        assertEquals(T, p.startedAt());
        assertEquals(T.plusSeconds(15), p.endedAt());
        assertEquals(Duration.ofSeconds(15), p.duration());
        assertEquals(1.5, p.positionFrom());
        assertEquals(16.5, p.positionTo());
        assertNull(p.classSessionId());
    }

    @Test
    void anEmptyPeriodIsRefused() {
        assertEquals("ledger.emptyPeriod", assertThrows(DomainException.class,
                () -> CreditedPeriod.online(1, 2, 3, null, T, T, null, null)).code());
        assertEquals("ledger.emptyPeriod", assertThrows(DomainException.class,
                () -> CreditedPeriod.attendance(1, 2L, 9, StudyMode.CLASSROOM, T, T, "admin")).code());
    }

    @Test
    void aNegativePeriodIsRefused() {
        assertEquals("ledger.emptyPeriod", assertThrows(DomainException.class,
                () -> CreditedPeriod.online(1, 2, 3, null, T, T.minusMillis(1), null, null)).code());
        assertEquals("ledger.emptyPeriod", assertThrows(DomainException.class,
                () -> CreditedPeriod.attendance(1, 2L, 9, StudyMode.PRACTICAL, T, T.minusSeconds(60), "admin")).code());
    }

    @Test
    void aOneMillisecondPeriodIsAccepted() {
        assertEquals(Duration.ofMillis(1), CreditedPeriod.online(1, 2, 3, null, T, T.plusMillis(1), null, null).duration());
    }

    @Test
    void anAttendanceRowCannotBeOnline() {
        assertEquals("ledger.attendanceOnline", assertThrows(DomainException.class,
                () -> CreditedPeriod.attendance(1, 2L, 9, StudyMode.ONLINE, T, T.plusSeconds(3600), "admin")).code());
    }

    @ParameterizedTest
    @EnumSource(value = StudyMode.class, names = {"CLASSROOM", "PRACTICAL"})
    void anAttendanceRowIsClassAttendance(StudyMode mode) {
        CreditedPeriod p = CreditedPeriod.attendance(1, 2L, 9, mode, T, T.plusSeconds(3600), "admin-7");
        assertEquals(mode, p.mode());
        assertEquals(CreditSource.CLASS_ATTENDANCE, p.source());
        assertEquals(9L, p.classSessionId());
        assertEquals("admin-7", p.recordedBy());
        assertNull(p.lessonId());
        assertNull(p.studySessionId());
        assertEquals(Duration.ofHours(1), p.duration());
    }

    @Test
    void anAttendanceRowNeedsWhoRecordedIt() {
        assertThrows(NullPointerException.class,
                () -> CreditedPeriod.attendance(1, 2L, 9, StudyMode.CLASSROOM, T, T.plusSeconds(60), null));
    }
}
