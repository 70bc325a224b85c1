package net.safeskill.lms.study.application;

import java.time.Instant;

import net.safeskill.lms.catalogue.application.CourseViews;
import net.safeskill.lms.catalogue.domain.model.course.Lesson;
import net.safeskill.lms.study.domain.model.session.HeartbeatOutcome;
import net.safeskill.lms.study.domain.model.session.PresenceChallenge;
import net.safeskill.lms.study.domain.model.session.StudyRules;
import net.safeskill.lms.study.domain.model.session.StudySession;

/** What the study page gets back from the server (plain records, serialised to JSON by the REST layer). */
public final class StudyViews {

    /** Seconds between the page's heartbeats. */
    public static final int HEARTBEAT_SECONDS = 15;

    private StudyViews() {
    }

    public record Started(String session, String lesson, String kind, String title, long lengthSeconds,
                          double furthestPosition, boolean firstViewing, int heartbeatSeconds, double maxPlaybackRate,
                          long lessonCreditedSeconds, long courseCreditedSeconds, long todayCreditedSeconds) {

        static Started of(StudySession s, Lesson lesson, StudyRules rules) {
            return new Started(s.publicId(), lesson.publicId(), s.kind().name(), lesson.title(),
                    lesson.length().toSeconds(), s.furthestPosition(), s.firstViewing(), HEARTBEAT_SECONDS,
                    rules.maxPlaybackRate(), s.lessonCredited().toSeconds(), s.courseCredited().toSeconds(),
                    s.todayCredited().toSeconds());
        }
    }

    public record Challenge(String nonce, Instant dueBy) {

        static Challenge of(PresenceChallenge c) {
            return c == null ? null : new Challenge(c.nonce(), c.dueBy());
        }
    }

    public record Beat(long creditedMillis, String reason, Double rewindTo, Challenge challenge,
                       long lessonCreditedSeconds, long courseCreditedSeconds, long todayCreditedSeconds,
                       double courseCreditHours) {

        static Beat of(HeartbeatOutcome o, StudyRules rules) {
            return new Beat(o.credited().toMillis(), o.reason().name(), o.rewindTo(), Challenge.of(o.challenge()),
                    o.lessonCredited().toSeconds(), o.courseCredited().toSeconds(), o.todayCredited().toSeconds(),
                    rules.toCreditHours(o.courseCredited()));
        }
    }

    /**
     * A course in a learner's plan: where it came from, its due date, and the online time the ledger credits (seconds,
     * and credit hours at the region's length of a credit hour, rounded down).
     */
    public record PlanEntry(String course, String title, String status, String origin, java.time.LocalDate dueDate,
                            java.math.BigDecimal creditHours, long creditedSeconds, String firstLesson,
                            double creditedHours) {
    }

    /** A lesson of a course page, with what the ledger credits the caller for it. */
    public record LessonProgress(String id, int ordinal, String title, String kind, long lengthSeconds,
                                 long creditedSeconds) {
    }

    /**
     * A course page: the course, its institution's name, and for a learner whether it is in their plan (and how:
     * self-chosen or assigned, due date, droppable), the online time credited, and a newer listed version if any.
     */
    public record CourseDetail(CourseViews.CourseView course, String institution, boolean hasCover, boolean learner,
                               boolean enrolled, String origin, java.time.LocalDate dueDate, boolean droppable,
                               long creditedSeconds, java.util.List<LessonProgress> lessons, String newerVersion,
                               double creditedHours) {
    }

    /** The study page: the course (with the learner's progress), the lesson to study, its SCORM version if any. */
    public record LessonPage(CourseDetail course, LessonProgress lesson, String scormVersion) {
    }

    /** A stored lesson file (or SCORM folder) the caller may open, by its storage key. */
    public record MediaRef(String storageKey, String mediaType, String fileName, String kind, String scormVersion,
                           String scormLaunch) {
    }

    /** A SCO launch: version, launch file (relative to the package), learner, and the runtime data to resume from. */
    public record ScormLaunch(String lesson, String version, String launch, String learnerId, String learnerName,
                              String cmiJson, String completion, String success, java.math.BigDecimal scoreRaw) {
    }

    public record PresenceAnswer(boolean passed, Challenge challenge) {

        PresenceAnswer(boolean passed, PresenceChallenge pending) {
            this(passed, Challenge.of(pending));
        }
    }
}
