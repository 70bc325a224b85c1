package net.safeskill.lms.exam.application;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import net.safeskill.lms.exam.domain.ExamRepository;

/**
 * Hands in attempts whose time is up, whether or not a browser is still there (E5): the deadline job calls it on
 * every node. Each attempt is handed in its own transaction; when two nodes race for the same attempt, the attempt's
 * version (and the log's unique step numbers) let only one commit — the other's transaction fails and changes
 * nothing, so no paper is handed in twice. Internal: called by the scheduler, never by a page.
 */
@Stateless
@PermitAll
public class AttemptDeadlines {

    @Inject
    private ExamRepository repository;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due(Instant now, int max) {
        return repository.dueAttempts(now, max);
    }

    /** @return whether this call handed the attempt in (false: not due, or already handed in) */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean submitIfDue(long attemptId, Instant now) {
        return repository.attempt(attemptId).map(a -> a.submitIfDue(now)).orElse(false);
    }
}
