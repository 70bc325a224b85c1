package net.safeskill.lms.study.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.safeskill.lms.study.domain.model.enrolment.Enrolment;
import net.safeskill.lms.study.domain.model.scorm.ScormAttempt;
import net.safeskill.lms.study.domain.model.ledger.CreditedPeriod;
import net.safeskill.lms.study.domain.model.profile.StudyProfile;
import net.safeskill.lms.study.domain.model.requirement.LedgerSums;
import net.safeskill.lms.study.domain.model.requirement.TrainingObligation;
import net.safeskill.lms.study.domain.model.requirement.TrainingRequirement;
import net.safeskill.lms.study.domain.model.session.CreditedSoFar;
import net.safeskill.lms.study.domain.model.session.PresenceCheckRecord;
import net.safeskill.lms.study.domain.model.session.StudySession;

/** Where the study context keeps sessions, the ledger, enrolments, profiles and requirements. */
public interface StudyRepository {

    Optional<StudySession> session(String publicId);

    Optional<StudySession> activeSession(long personId);

    void store(StudySession session);

    /** Makes the ending of an old session visible to the database before a new one claims the person. */
    void flush();

    void append(CreditedPeriod period);

    void append(PresenceCheckRecord record);

    /** Online time the ledger credits the person since {@code dayStart}, for the lesson and for the course, and the furthest video position. */
    CreditedSoFar creditedSoFar(long personId, long courseId, long lessonId, Instant dayStart);

    /** Online time the ledger credits the person per course (course id → time), in one query. */
    Map<Long, Duration> onlineByCourse(long personId);

    /** Online time the ledger credits the person per lesson of one course (lesson id → time), in one query. */
    Map<Long, Duration> onlineByLesson(long personId, long courseId);

    /** Ledger sums of a person since {@code from}, limited to the given courses (online) and class sessions' courses. */
    LedgerSums sums(long personId, Instant from, Collection<Long> courseIds);

    List<CreditedPeriod> ledger(long personId, int max);

    Optional<ScormAttempt> scormAttempt(long personId, long lessonId);

    void store(ScormAttempt attempt);

    Optional<Enrolment> enrolment(long personId, long courseId);

    List<Enrolment> enrolments(long personId);

    void store(Enrolment enrolment);

    void remove(Enrolment enrolment);

    Optional<StudyProfile> profile(String region);

    void store(StudyProfile profile);

    List<TrainingRequirement> requirements(String region);

    Optional<TrainingRequirement> requirement(String publicId);

    void store(TrainingRequirement requirement);

    List<TrainingObligation> obligationsOf(long personId);

    List<TrainingObligation> obligationsAt(long organisationId);

    void store(TrainingObligation obligation);
}
