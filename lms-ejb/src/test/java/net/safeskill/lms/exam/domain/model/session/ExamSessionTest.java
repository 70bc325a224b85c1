package net.safeskill.lms.exam.domain.model.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import net.safeskill.lms.exam.domain.model.attempt.TakeoverPolicy;
import net.safeskill.lms.shared.domain.DomainException;

class ExamSessionTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static final Instant OPENS = NOW.plus(Duration.ofDays(2));
    private static final Instant CLOSES = OPENS.plus(Duration.ofHours(3));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final long INSTITUTION = 31;

    private static ExamSession session(String requirement) {
        ExamSession s = new ExamSession(5, "危险化学品安全作业（动火作业）理论考试", OPENS, CLOSES, Duration.ofMinutes(90),
                TakeoverPolicy.TAKE_OVER, requirement, NOW, "examadmin");
        s.assignId(1234);
        return s;
    }

    private static void refused(String code, Runnable action) {
        DomainException e = assertThrows(DomainException.class, action::run);
        assertEquals(code, e.code());
    }

    @Test
    void aSessionNeedsAFutureWindowThatFitsTheDuration() {
        refused("exam.session.title", () -> new ExamSession(5, " ", OPENS, CLOSES, Duration.ofMinutes(90),
                TakeoverPolicy.REFUSE, null, NOW, "a"));
        refused("exam.session.window", () -> new ExamSession(5, "t", CLOSES, OPENS, Duration.ofMinutes(90),
                TakeoverPolicy.REFUSE, null, NOW, "a"));
        refused("exam.session.windowPast", () -> new ExamSession(5, "t", NOW.minusSeconds(60), CLOSES,
                Duration.ofMinutes(90), TakeoverPolicy.REFUSE, null, NOW, "a"));
        refused("exam.session.durationLongerThanWindow", () -> new ExamSession(5, "t", OPENS, OPENS.plusSeconds(3600),
                Duration.ofMinutes(90), TakeoverPolicy.REFUSE, null, NOW, "a"));
        refused("exam.session.duration", () -> new ExamSession(5, "t", OPENS, CLOSES, Duration.ofMinutes(2),
                TakeoverPolicy.REFUSE, null, NOW, "a"));
        refused("exam.session.windowTooLong", () -> new ExamSession(5, "t", OPENS, OPENS.plus(Duration.ofDays(40)),
                Duration.ofMinutes(90), TakeoverPolicy.REFUSE, null, NOW, "a"));
        ExamSession s = session(" ");
        assertEquals(SessionStatus.DRAFT, s.status());
        assertEquals(null, s.admissionRequirement(), "a blank requirement is no requirement");
    }

    @Test
    void theTimesAreFixedOnceTheWindowOpensOrAnyoneStarted() {
        ExamSession s = session(null);
        s.reschedule(OPENS.plusSeconds(3600), CLOSES.plusSeconds(3600), Duration.ofMinutes(60), false, NOW);
        assertEquals(Duration.ofMinutes(60), s.duration());
        refused("exam.session.alreadyOpen", () -> s.reschedule(OPENS.plus(Duration.ofDays(1)),
                CLOSES.plus(Duration.ofDays(1)), Duration.ofMinutes(60), true, NOW));
        refused("exam.session.alreadyOpen", () -> s.reschedule(OPENS.plus(Duration.ofDays(1)),
                CLOSES.plus(Duration.ofDays(1)), Duration.ofMinutes(60), false, s.windowOpens()));
    }

    @Test
    void candidatesGetSeatsWithCheckedTicketNumbersUntilTheWindowOpens() {
        ExamSession s = session(null);
        Set<String> tickets = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            Registration r = s.register(1000 + i, INSTITUTION, RegistrationSource.LIST, NOW, "examadmin");
            assertTrue(TicketNumber.isValid(r.ticketNumber()), r.ticketNumber());
            assertTrue(r.ticketNumber().startsWith("001234"));
            tickets.add(r.ticketNumber());
            assertEquals(Admission.PENDING, r.admission());
        }
        assertEquals(50, tickets.size());
        assertEquals(50, s.seatsGiven());
        refused("exam.session.alreadyOpen", () -> s.register(1, null, RegistrationSource.ROSTER, OPENS, "x"));
    }

    @Test
    void ticketNumbersCatchOneWrongDigitAndTwoSwappedOnes() {
        String ticket = TicketNumber.of(1234, 56);
        assertTrue(TicketNumber.isValid(ticket));
        for (int i = 0; i < 11; i++) {
            char[] c = ticket.toCharArray();
            c[i] = (char) ('0' + (c[i] - '0' + 3) % 10);
            assertFalse(TicketNumber.isValid(new String(c)), "one wrong digit at " + i);
        }
        for (int i = 0; i < 10; i++) {
            char[] c = ticket.toCharArray();
            if (c[i] != c[i + 1] && !(c[i] == '0' && c[i + 1] == '9') && !(c[i] == '9' && c[i + 1] == '0')) {
                char t = c[i];
                c[i] = c[i + 1];
                c[i + 1] = t;
                assertFalse(TicketNumber.isValid(new String(c)), "swapped at " + i);
            }
        }
        assertFalse(TicketNumber.isValid("1234"));
        assertFalse(TicketNumber.isValid(null));
        assertThrows(DomainException.class, () -> TicketNumber.of(1, TicketNumber.MAX_SEATS + 1));
    }

    @Test
    void admissionFollowsTheTrainingRequirementAsTheStudyContextReportsIt() {
        ExamSession s = session("SZ-SPECIAL-INITIAL");
        Map<Long, TrainingStatus> records = Map.of(
                1L, new TrainingStatus("SZ-SPECIAL-INITIAL", new BigDecimal("72.0"), new BigDecimal("72.0"), true),
                2L, new TrainingStatus("SZ-SPECIAL-INITIAL", new BigDecimal("40.5"), new BigDecimal("72.0"), false));
        TrainingRecords study = (person, code, asOf) -> {
            assertEquals("SZ-SPECIAL-INITIAL", code);
            assertEquals(TODAY, asOf);
            return Optional.ofNullable(records.get(person));
        };
        Registration done = s.register(1, INSTITUTION, RegistrationSource.TRAINING_CLASS, NOW, "examadmin");
        Registration behind = s.register(2, INSTITUTION, RegistrationSource.TRAINING_CLASS, NOW, "examadmin");
        Registration none = s.register(3, null, RegistrationSource.LIST, NOW, "examadmin");
        assertEquals(Admission.ADMITTED, s.admit(done, study, TODAY, NOW));
        assertEquals(Admission.REFUSED, s.admit(behind, study, TODAY, NOW));
        assertEquals(Admission.REFUSED, s.admit(none, study, TODAY, NOW));
        done.requireAdmitted();
        refused("exam.admission.trainingIncomplete", behind::requireAdmitted);
        refused("exam.admission.noObligation", none::requireAdmitted);

        ExamSession open = session(null);
        Registration anyone = open.register(9, null, RegistrationSource.LIST, NOW, "examadmin");
        assertEquals(Admission.ADMITTED, open.admit(anyone, (p, c, d) -> {
            throw new AssertionError("no requirement: the study context is not asked");
        }, TODAY, NOW));
        Registration pending = open.register(10, null, RegistrationSource.LIST, NOW, "examadmin");
        refused("exam.admission.pending", pending::requireAdmitted);
    }

    @Test
    void nobodyFromTheTrainingInstitutionProctorsOrGradesItsOwnCandidates() {
        ExamSession s = session(null);
        Registration r = s.register(1, INSTITUTION, RegistrationSource.LIST, NOW, "examadmin");
        refused("exam.conflictOfInterest", () -> r.requireIndependentOf(INSTITUTION));
        r.requireIndependentOf(INSTITUTION + 1);
        s.register(2, null, RegistrationSource.LIST, NOW, "examadmin").requireIndependentOf(INSTITUTION);
    }

    @Test
    void schedulingNeedsCandidatesAndCancellingIsOnlyBeforeAnyoneStarted() {
        ExamSession s = session(null);
        refused("exam.session.noCandidates", () -> s.schedule(0, NOW));
        s.schedule(3, NOW);
        assertEquals(SessionStatus.SCHEDULED, s.status());
        assertFalse(s.isOpen(OPENS.minusSeconds(1)));
        assertTrue(s.isOpen(OPENS));
        assertFalse(s.isOpen(CLOSES));
        refused("exam.session.cancelStarted", () -> s.cancel(true));
        s.cancel(false);
        assertFalse(s.isOpen(OPENS));
        refused("exam.session.cancelled", () -> s.register(1, null, RegistrationSource.LIST, NOW, "x"));
        assertNotEquals(SessionStatus.SCHEDULED, s.status());
    }
}
