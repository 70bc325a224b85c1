package net.safeskill.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import net.safeskill.lms.exam.application.AttemptDeadlines;
import net.safeskill.lms.exam.domain.model.attempt.Attempt;
import net.safeskill.lms.exam.domain.model.attempt.AttemptStatus;
import net.safeskill.lms.exam.domain.model.attempt.StepKind;
import net.safeskill.lms.exam.domain.model.attempt.StepSource;
import net.safeskill.lms.exam.domain.model.attempt.TakeoverPolicy;
import net.safeskill.lms.exam.domain.model.session.ExamSession;
import net.safeskill.lms.it.support.Deployments;
import net.safeskill.lms.it.support.OnConfiguredDatabase;

/**
 * Exam attempts in the database (E5): the step log is stored and replayed as it was written, and an attempt whose
 * time is up is handed in by the server — by the deadline job on its own, with no browser — exactly once.
 */
@ExtendWith(OnConfiguredDatabase.class)
@ExtendWith(ArquillianExtension.class)
class ExamAttemptIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.platformWithTests(ExamAttemptIT.class);
    }

    @Inject AttemptDeadlines deadlines;
    @Inject UserTransaction tx;

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    /** An attempt that began {@code minutesAgo} ago in a 30-minute exam: answers to items 1 and 3 (3 changed once). */
    private long attemptStarted(int minutesAgo, String title) throws Exception {
        Instant began = Instant.now().minus(Duration.ofMinutes(minutesAgo));
        tx.begin();
        long authority = em.createQuery("select o.id from Organisation o where o.name = '苏州市安全生产考试中心'",
                Long.class).getSingleResult();
        long person = em.createQuery("select a.person.id from Account a where a.username = 'worker'", Long.class)
                .getSingleResult();
        Instant opens = began.minusSeconds(60);
        ExamSession session = new ExamSession(authority, title, opens, opens.plus(Duration.ofHours(2)),
                Duration.ofMinutes(30), TakeoverPolicy.TAKE_OVER, null, opens.minusSeconds(3600), "examadmin");
        em.persist(session);
        em.flush();
        Attempt attempt = Attempt.admit(session.id(), person, 1, 5, opens.minusSeconds(60));
        attempt.open("phone", began, opens, session.windowCloses(), session.duration(), TakeoverPolicy.TAKE_OVER);
        attempt.answer("phone", 0, 1, "B", began.plusSeconds(30));
        attempt.answer("phone", 2, 2, "A,C", began.plusSeconds(40));
        attempt.answer("phone", 2, 3, "A,D", began.plusSeconds(50));
        em.persist(attempt);
        tx.commit();
        return attempt.id();
    }

    /** What the database holds now, read in a transaction of its own (the log replayed from its rows). */
    private <T> T stored(long id, Function<Attempt, T> read) throws Exception {
        tx.begin();
        try {
            return read.apply(em.find(Attempt.class, id));
        } finally {
            tx.commit();
        }
    }

    @Test
    void theLogIsStoredAndReplayedAsWritten() throws Exception {
        long id = attemptStarted(5, "动火作业理论考试（IT 回放）");
        assertEquals(AttemptStatus.STARTED, stored(id, Attempt::status));
        assertEquals(Map.of(0, "B", 2, "A,D"), stored(id, a -> Map.copyOf(a.answers())));
        assertEquals(List.of(StepKind.STARTED, StepKind.ANSWER, StepKind.ANSWER, StepKind.ANSWER),
                stored(id, a -> a.steps().stream().map(s -> s.kind()).toList()));
        long next = stored(id, Attempt::nextClientSeq);
        assertEquals(4, next);
        assertFalse(deadlines.submitIfDue(id, Instant.now()), "25 minutes are left");
    }

    @Test
    void theServerHandsInAnAttemptWhoseTimeIsUpOnItsOwnAndOnlyOnce() throws Exception {
        long id = attemptStarted(31, "动火作业理论考试（IT 截止）");
        // nobody calls anything: the deadline job (every 10 s) finds it
        for (int i = 0; i < 40 && stored(id, Attempt::status) != AttemptStatus.SUBMITTED; i++) {
            Thread.sleep(500);
        }
        assertEquals(AttemptStatus.SUBMITTED, stored(id, Attempt::status), "handed in by the deadline job");
        assertEquals(StepSource.SERVER, stored(id, Attempt::submittedBy));
        Boolean afterDeadline = stored(id, a -> !a.submittedAt().isBefore(a.deadline()));
        assertTrue(afterDeadline);
        assertEquals(Map.of(0, "B", 2, "A,D"), stored(id, a -> Map.copyOf(a.answers())),
                "what was answered in time is kept");

        assertFalse(deadlines.submitIfDue(id, Instant.now()), "a second run (or another node) changes nothing");
        long submits = stored(id, a -> a.steps().stream().filter(s -> s.kind() == StepKind.SUBMIT).count());
        assertEquals(1, submits);
        assertFalse(deadlines.due(Instant.now(), 1000).contains(id));
    }
}
