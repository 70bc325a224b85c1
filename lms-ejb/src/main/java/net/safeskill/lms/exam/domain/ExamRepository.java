package net.safeskill.lms.exam.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import net.safeskill.lms.exam.domain.model.attempt.Attempt;
import net.safeskill.lms.exam.domain.model.session.ExamSession;
import net.safeskill.lms.exam.domain.model.session.Registration;

/** Exam sessions, their registrations and the attempts with their step logs. */
public interface ExamRepository {

    void store(ExamSession session);

    Optional<ExamSession> session(String publicId);

    void store(Registration registration);

    void store(Attempt attempt);

    Optional<Attempt> attempt(long id);

    Optional<Attempt> attempt(String publicId);

    /** Ids of started attempts whose deadline is at or before {@code now}, oldest deadline first. */
    List<Long> dueAttempts(Instant now, int max);
}
