package net.safeskill.lms.study.domain.model.trainingclass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.model.TrainingType;
import net.safeskill.lms.study.domain.model.ledger.CreditSource;
import net.safeskill.lms.study.domain.model.ledger.CreditedPeriod;
import net.safeskill.lms.study.domain.model.ledger.StudyMode;

/** Training classes: roster rules, session rules, and attendance → ledger rows (append-only, locked once confirmed). */
class TrainingClassTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final Instant NOW = TODAY.atTime(10, 0).atZone(CHINA).toInstant();
    private static final LocalDate START = TODAY.plusDays(1);
    private static final LocalDate END = TODAY.plusDays(3);
    private static final long ALICE = 11;
    private static final long BOB = 12;
    private static final long CAROL = 13;

    private static TrainingClass newClass(int capacity) {
        return new TrainingClass(5, "2026年第1期危化品安全再培训班", 900L, TrainingType.ANNUAL_REFRESHER, START, END,
                capacity, TODAY, NOW, "institution");
    }

    private static void code(String expected, Executable e) {
        assertEquals(expected, assertThrows(DomainException.class, e::run).code());
    }

    interface Executable {
        void run() throws Throwable;
    }

    /** Gives a session the id the database would (its attendance becomes ledger rows that point at it). */
    private static void stored(ClassSession s, long id) throws ReflectiveOperationException {
        Field f = ClassSession.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(s, id);
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(CHINA).toInstant();
    }

    @Test
    void aClassRefusesInvalidFacts() {
        code("trainingClass.title", () -> new TrainingClass(5, " ", null, TrainingType.GENERAL, START, END, 10, TODAY,
                NOW, "i"));
        code("trainingClass.typeRequired", () -> new TrainingClass(5, "A", null, null, START, END, 10, TODAY, NOW, "i"));
        code("trainingClass.datesRequired", () -> new TrainingClass(5, "A", null, TrainingType.GENERAL, null, END, 10,
                TODAY, NOW, "i"));
        code("trainingClass.endBeforeStart", () -> new TrainingClass(5, "A", null, TrainingType.GENERAL, END, START,
                10, TODAY, NOW, "i"));
        code("trainingClass.tooLong", () -> new TrainingClass(5, "A", null, TrainingType.GENERAL, START,
                START.plusDays(366), 10, TODAY, NOW, "i"));
        code("trainingClass.startOutOfRange", () -> new TrainingClass(5, "A", null, TrainingType.GENERAL,
                TODAY.minusDays(400), TODAY.minusDays(399), 10, TODAY, NOW, "i"));
        code("trainingClass.capacity", () -> newClass(0));
        code("trainingClass.capacity", () -> newClass(501));
    }

    @Test
    void theRosterHoldsEachPersonOnceWithinTheCapacity() {
        TrainingClass c = newClass(2);
        c.enrol(ALICE, 77L, TODAY, NOW, "institution");
        code("trainingClass.alreadyOnRoster", () -> c.enrol(ALICE, 77L, TODAY, NOW, "institution"));
        c.enrol(BOB, null, TODAY, NOW, "institution");
        assertTrue(c.rosterFull());
        code("trainingClass.rosterFull", () -> c.enrol(CAROL, null, TODAY, NOW, "institution"));
        assertEquals(List.of(ALICE, BOB), List.copyOf(c.rosterPersonIds()));
    }

    @Test
    void peopleLeaveOnlyBeforeTheStartAndJoinUntilTheEnd() {
        TrainingClass c = newClass(10);
        c.enrol(ALICE, null, TODAY, NOW, "institution");
        c.enrol(BOB, null, TODAY, NOW, "institution");
        c.remove(BOB, TODAY);
        assertFalse(c.onRoster(BOB));
        code("trainingClass.notOnRoster", () -> c.remove(BOB, TODAY));
        assertFalse(c.rosterEditable(START));
        code("trainingClass.rosterLocked", () -> c.remove(ALICE, START));
        c.enrol(CAROL, null, END, NOW, "institution"); // a late joiner on the last day
        code("trainingClass.ended", () -> c.enrol(BOB, null, END.plusDays(1), NOW, "institution"));
    }

    @Test
    void sessionsLieWithinTheClassNeverOverlapAndAreClassroomOrPractical() {
        TrainingClass c = newClass(10);
        c.addSession(START, LocalTime.of(9, 0), LocalTime.of(12, 0), StudyMode.CLASSROOM, "301教室", "李明");
        code("classSession.overlap", () -> c.addSession(START, LocalTime.of(11, 0), LocalTime.of(13, 0),
                StudyMode.PRACTICAL, "实训基地", "王芳"));
        c.addSession(START, LocalTime.of(12, 0), LocalTime.of(14, 0), StudyMode.PRACTICAL, "实训基地", "王芳");
        code("classSession.outsideClass", () -> c.addSession(END.plusDays(1), LocalTime.of(9, 0),
                LocalTime.of(10, 0), StudyMode.CLASSROOM, "301", "李明"));
        code("classSession.mode", () -> c.addSession(END, LocalTime.of(9, 0), LocalTime.of(10, 0), StudyMode.ONLINE,
                "301", "李明"));
        code("classSession.endBeforeStart", () -> c.addSession(END, LocalTime.of(10, 0), LocalTime.of(9, 0),
                StudyMode.CLASSROOM, "301", "李明"));
        code("classSession.length", () -> c.addSession(END, LocalTime.of(9, 0), LocalTime.of(9, 10),
                StudyMode.CLASSROOM, "301", "李明"));
        code("classSession.length", () -> c.addSession(END, LocalTime.of(6, 0), LocalTime.of(18, 1),
                StudyMode.CLASSROOM, "301", "李明"));
        code("classSession.location", () -> c.addSession(END, LocalTime.of(9, 0), LocalTime.of(10, 0),
                StudyMode.CLASSROOM, " ", "李明"));
        code("classSession.teacher", () -> c.addSession(END, LocalTime.of(9, 0), LocalTime.of(10, 0),
                StudyMode.CLASSROOM, "301", null));
        assertEquals(2, c.sessions().size());
    }

    @Test
    void confirmedAttendanceCreditsTheAttendedTimeAsLedgerRows() throws Exception {
        TrainingClass c = newClass(10);
        c.enrol(ALICE, null, TODAY, NOW, "institution");
        c.enrol(BOB, null, TODAY, NOW, "institution");
        c.enrol(CAROL, null, TODAY, NOW, "institution");
        ClassSession s = c.addSession(START, LocalTime.of(14, 0), LocalTime.of(17, 0), StudyMode.PRACTICAL,
                "实训基地", "王芳");
        stored(s, 42);
        Instant afterEnd = at(START, 17, 30);
        List<CreditedPeriod> rows = c.confirmAttendance(s.publicId(), List.of(Attendance.present(ALICE),
                Attendance.late(BOB, 45), Attendance.absent(CAROL)), CHINA, afterEnd, "institution");

        assertEquals(2, rows.size(), "absent people get no row");
        rows = rows.stream().sorted(Comparator.comparing(CreditedPeriod::personId)).toList();
        CreditedPeriod alice = rows.get(0);
        assertEquals(ALICE, alice.personId());
        assertEquals(Duration.ofHours(3), alice.duration());
        assertEquals(at(START, 14, 0), alice.startedAt());
        assertEquals(at(START, 17, 0), alice.endedAt());
        assertEquals(StudyMode.PRACTICAL, alice.mode());
        assertEquals(CreditSource.CLASS_ATTENDANCE, alice.source());
        assertEquals(42L, alice.classSessionId());
        assertEquals(900L, alice.courseId());
        assertNull(alice.lessonId());
        assertEquals("institution", alice.recordedBy());
        CreditedPeriod bob = rows.get(1);
        assertEquals(Duration.ofMinutes(135), bob.duration(), "3 h minus 45 min late");
        assertEquals(at(START, 14, 45), bob.startedAt());
        assertTrue(s.confirmed());
        assertEquals(afterEnd, s.confirmedAt());
    }

    @Test
    void aConfirmedSheetIsLockedForGood() throws Exception {
        TrainingClass c = newClass(10);
        c.enrol(ALICE, null, TODAY, NOW, "institution");
        ClassSession s = c.addSession(START, LocalTime.of(9, 0), LocalTime.of(12, 0), StudyMode.CLASSROOM, "301",
                "李明");
        stored(s, 43);
        Instant afterEnd = at(START, 12, 5);
        c.confirmAttendance(s.publicId(), List.of(Attendance.absent(ALICE)), CHINA, afterEnd, "institution");
        code("attendance.locked", () -> c.confirmAttendance(s.publicId(), List.of(Attendance.present(ALICE)), CHINA,
                afterEnd, "institution"));
        code("attendance.locked", () -> c.markAttendance(s.publicId(), List.of(Attendance.present(ALICE)), CHINA,
                afterEnd, "institution"));
        code("attendance.locked", () -> c.removeSession(s.publicId()));
        assertEquals(AttendanceStatus.ABSENT, s.marks().get(ALICE).status(), "the confirmed mark stays as it was");
    }

    @Test
    void attendanceIsConfirmedOnlyAfterTheSessionForEveryoneOnTheRoster() throws Exception {
        TrainingClass c = newClass(10);
        c.enrol(ALICE, null, TODAY, NOW, "institution");
        c.enrol(BOB, null, TODAY, NOW, "institution");
        ClassSession s = c.addSession(START, LocalTime.of(9, 0), LocalTime.of(12, 0), StudyMode.CLASSROOM, "301",
                "李明");
        stored(s, 44);
        code("attendance.beforeSessionDay", () -> c.markAttendance(s.publicId(), List.of(Attendance.present(ALICE)),
                CHINA, NOW, "institution"));
        Instant during = at(START, 10, 0);
        c.markAttendance(s.publicId(), List.of(Attendance.present(ALICE)), CHINA, during, "institution");
        code("attendance.sessionNotOver", () -> c.confirmAttendance(s.publicId(), List.of(Attendance.present(BOB)),
                CHINA, during, "institution"));
        Instant after = at(START, 12, 0);
        DomainException incomplete = assertThrows(DomainException.class, () -> c.confirmAttendance(s.publicId(),
                List.of(), CHINA, after, "institution"));
        assertEquals("attendance.incomplete", incomplete.code());
        assertEquals(1L, incomplete.args()[0]);
        code("attendance.notOnRoster", () -> c.markAttendance(s.publicId(), List.of(Attendance.present(CAROL)),
                CHINA, after, "institution"));
        assertFalse(s.confirmed());
        // the draft mark of ALICE is changed on confirmation; BOB is marked then too
        List<CreditedPeriod> rows = c.confirmAttendance(s.publicId(), List.of(Attendance.late(ALICE, 60),
                Attendance.present(BOB)), CHINA, after, "institution");
        assertEquals(Duration.ofHours(5), rows.stream().map(CreditedPeriod::duration).reduce(Duration::plus)
                .orElseThrow(), "2 h (late) + 3 h");
    }

    @Test
    void lateBeyondTheSessionIsRefusedWhenMarked() throws Exception {
        TrainingClass c = newClass(10);
        c.enrol(ALICE, null, TODAY, NOW, "institution");
        ClassSession s = c.addSession(START, LocalTime.of(9, 0), LocalTime.of(10, 0), StudyMode.CLASSROOM, "301",
                "李明");
        stored(s, 45);
        code("attendance.lateBeyondSession", () -> c.markAttendance(s.publicId(), List.of(Attendance.late(ALICE, 60)),
                CHINA, at(START, 9, 0), "institution"));
        code("classSession.notFound", () -> c.markAttendance("no-such-session", List.of(), CHINA, NOW, "i"));
    }

    @Test
    void aSessionWithoutAnIdCannotCreditTheLedger() {
        TrainingClass c = newClass(10);
        c.enrol(ALICE, null, TODAY, NOW, "institution");
        ClassSession s = c.addSession(START, LocalTime.of(9, 0), LocalTime.of(10, 0), StudyMode.CLASSROOM, "301",
                "李明");
        assertThrows(IllegalStateException.class, () -> c.confirmAttendance(s.publicId(),
                List.of(Attendance.present(ALICE)), CHINA, at(START, 11, 0), "institution"));
    }
}
