package net.safeskill.lms.study.application;

import java.time.Instant;

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

    /** A course in a learner's plan: where it came from, its due date, and the online seconds the ledger credits. */
    public record PlanEntry(String course, String title, String status, String origin, java.time.LocalDate dueDate,
                            java.math.BigDecimal creditHours, long creditedSeconds, String firstLesson) {
    }

    public record PresenceAnswer(boolean passed, Challenge challenge) {

        PresenceAnswer(boolean passed, PresenceChallenge pending) {
            this(passed, Challenge.of(pending));
        }
    }
}
