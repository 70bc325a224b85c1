package net.safeskill.lms.exam.infrastructure.scheduling;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import net.safeskill.lms.exam.application.AttemptDeadlines;

/**
 * Every 10 seconds, on every node: hands in the attempts whose deadline has passed (E5: "even if the browser is
 * gone"). Not persistent: nothing is lost when a node is down, the next run of any node picks the attempts up, and a
 * candidate's time is the deadline in the database, not this job's schedule.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeadlineJob {

    private static final Logger LOG = Logger.getLogger(DeadlineJob.class.getName());
    private static final int BATCH = 500;

    @Inject
    private AttemptDeadlines deadlines;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false, info = "exam deadlines")
    public void handInDueAttempts() {
        Instant now = Instant.now();
        int handedIn = 0;
        for (Long id : deadlines.due(now, BATCH)) {
            try {
                if (deadlines.submitIfDue(id, now)) {
                    handedIn++;
                }
            } catch (EJBException raced) {
                // another node handed it in first (optimistic lock / unique step number): nothing to do
                LOG.log(Level.FINE, "attempt " + id + " was handed in elsewhere", raced);
            }
        }
        if (handedIn > 0) {
            LOG.info("exam deadlines: handed in " + handedIn + " attempt(s)");
        }
    }
}
