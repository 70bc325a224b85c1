package net.safeskill.lms.study.domain.model.trainingclass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import net.safeskill.lms.shared.domain.DomainException;

/** The attendance rule: present from the start, late from start + lateness, absent not at all. */
class AttendanceTest {

    private static final Instant START = Instant.parse("2026-03-02T01:00:00Z"); // 09:00 in Suzhou
    private static final Instant END = START.plus(Duration.ofHours(3));

    @Test
    void presentAttendsFromTheStart() {
        assertEquals(START, Attendance.present(7).attendedFrom(START, END).orElseThrow());
    }

    @Test
    void lateAttendsFromTheLateArrival() {
        assertEquals(START.plus(Duration.ofMinutes(25)), Attendance.late(7, 25).attendedFrom(START, END).orElseThrow());
    }

    @Test
    void absentAttendsNothing() {
        assertTrue(Attendance.absent(7).attendedFrom(START, END).isEmpty());
    }

    @Test
    void lateForTheWholeSessionIsRefused() {
        DomainException e = assertThrows(DomainException.class,
                () -> Attendance.late(7, 180).attendedFrom(START, END));
        assertEquals("attendance.lateBeyondSession", e.code());
        assertEquals(END.minusSeconds(60), Attendance.late(7, 179).attendedFrom(START, END).orElseThrow());
    }

    @Test
    void lateNeedsMinutesWithinBounds() {
        assertEquals("attendance.lateMinutes", assertThrows(DomainException.class,
                () -> Attendance.late(7, 0)).code());
        assertEquals("attendance.lateMinutes", assertThrows(DomainException.class,
                () -> Attendance.late(7, -5)).code());
        assertEquals("attendance.lateMinutes", assertThrows(DomainException.class,
                () -> Attendance.late(7, Attendance.MAX_LATE_MINUTES + 1)).code());
        assertEquals(Attendance.MAX_LATE_MINUTES, Attendance.late(7, Attendance.MAX_LATE_MINUTES).lateMinutes());
    }

    @Test
    void onlyLateCarriesMinutesAndAStatusIsRequired() {
        assertEquals(0, new Attendance(7, AttendanceStatus.PRESENT, 40).lateMinutes());
        assertEquals(0, new Attendance(7, AttendanceStatus.ABSENT, 40).lateMinutes());
        assertEquals("attendance.statusRequired", assertThrows(DomainException.class,
                () -> new Attendance(7, null, 0)).code());
    }
}
