package net.safeskill.lms.study.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import net.safeskill.lms.shared.domain.model.TrainingType;
import net.safeskill.lms.study.domain.model.ledger.StudyMode;
import net.safeskill.lms.study.domain.model.trainingclass.ClassSession;
import net.safeskill.lms.study.domain.model.trainingclass.TrainingClass;

/** Where the study context keeps training classes, and the grouped ledger reads that progress is computed from. */
public interface TrainingRepository {

    Optional<TrainingClass> trainingClass(String publicId);

    List<TrainingClass> classesOf(long institutionId);

    void store(TrainingClass trainingClass);

    /** A session with its class (for the attendance sheet). */
    Optional<ClassSession> session(String publicId);

    /** Makes new classes and sessions get their ids (a session needs one before its attendance becomes ledger rows). */
    void flush();

    long countClasses();

    /**
     * Ledger time that counts toward obligations, in one grouped query: for every obligation of the organisation (or
     * of the person, when {@code organisationId} is null), the time credited to its person since its window start,
     * by mode, course and — for class attendance — the class's training type.
     */
    List<ObligationTime> obligationTimes(Long organisationId, Long personId);

    /** The classroom and practical sessions a person was credited for, newest first. */
    List<AttendedSession> attendedSessions(long personId, int max);

    /** Time the ledger credits under one obligation for one mode and course / class type. */
    record ObligationTime(long obligationId, StudyMode mode, Long courseId, TrainingType classType, Duration time) {
    }

    /** A credited class session of a person. */
    record AttendedSession(String classTitle, TrainingType type, LocalDate date, StudyMode mode, Duration time) {
    }
}
