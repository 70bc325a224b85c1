package net.safeskill.lms.study.application;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.random.RandomGenerator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import net.safeskill.lms.audit.application.AuditLog;
import net.safeskill.lms.audit.domain.model.AuditAction;
import net.safeskill.lms.catalogue.domain.CourseRepository;
import net.safeskill.lms.catalogue.domain.model.course.Course;
import net.safeskill.lms.catalogue.domain.model.course.Lesson;
import net.safeskill.lms.identity.application.CallerAccounts;
import net.safeskill.lms.identity.domain.model.account.Account;
import net.safeskill.lms.identity.domain.model.account.Roles;
import net.safeskill.lms.shared.application.PlatformClock;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.study.domain.StudyRepository;
import net.safeskill.lms.study.domain.model.session.CreditedSoFar;
import net.safeskill.lms.study.domain.model.session.HeartbeatOutcome;
import net.safeskill.lms.study.domain.model.session.HeartbeatReport;
import net.safeskill.lms.study.domain.model.session.MediaKind;
import net.safeskill.lms.study.domain.model.session.PresenceCheckRecord;
import net.safeskill.lms.study.domain.model.session.PresenceOutcome;
import net.safeskill.lms.study.domain.model.session.StudyRules;
import net.safeskill.lms.study.domain.model.session.StudySession;
import net.safeskill.lms.study.domain.model.session.StudyTarget;

/**
 * Studying a lesson (C1, C2): start a session (taking over the person's previous one), turn heartbeats into ledger
 * rows, answer presence checks, end. Each call is one short transaction: a ledger row is committed with the beat
 * that earned it, so a crash loses at most the beat in flight. Only the session's owner can use its token.
 */
@Stateless
@RolesAllowed(Roles.LEARNER)
public class StudyService {

    private static final RandomGenerator RANDOM = new SecureRandom();

    @Inject
    private StudyRepository repository;

    @Inject
    private CourseRepository courses;

    @Inject
    private CallerAccounts caller;

    @Inject
    private StudyRulesSource rulesSource;

    @Inject
    private AuditLog audit;

    /** Opens a lesson of a course in the caller's plan; a session open elsewhere is taken over (and audited). */
    public StudyViews.Started start(String lessonPublicId) {
        Account account = caller.current();
        long personId = account.person().id();
        Lesson lesson = courses.lesson(lessonPublicId).orElseThrow(() -> new DomainException("lesson.notFound"));
        Course course = lesson.course();
        if (repository.enrolment(personId, course.id()).isEmpty()) {
            throw new DomainException("study.notEnrolled");
        }
        String region = caller.currentRegion().map(Enum::name).orElse(StudyRulesSource.DEFAULT_REGION);
        StudyRules rules = rulesSource.rulesFor(region);
        Instant now = Instant.now();
        repository.activeSession(personId).ifPresent(old -> {
            old.takenOver(now);
            audit.record(account.username(), AuditAction.STUDY_TAKEN_OVER, "StudySession", old.publicId(), null);
        });
        repository.flush();
        StudyTarget target = new StudyTarget(course.id(), lesson.id(), MediaKind.valueOf(lesson.kind().name()),
                lesson.length(), course.totalDuration(rules.creditHour()));
        Instant dayStart = LocalDate.ofInstant(now, PlatformClock.ZONE).atStartOfDay(PlatformClock.ZONE).toInstant();
        CreditedSoFar soFar = repository.creditedSoFar(personId, course.id(), lesson.id(), dayStart);
        StudySession session = StudySession.start(personId, region, target, soFar, now, rules, RANDOM,
                PlatformClock.ZONE);
        repository.store(session);
        return StudyViews.Started.of(session, lesson, rules);
    }

    public StudyViews.Beat heartbeat(String sessionPublicId, HeartbeatReport report) {
        StudySession session = own(sessionPublicId);
        StudyRules rules = rulesSource.rulesFor(session.region());
        HeartbeatOutcome outcome = session.heartbeat(report, Instant.now(), rules, RANDOM, PlatformClock.ZONE);
        outcome.period().ifPresent(repository::append);
        if (outcome.closedCheck() != null) {
            keep(session, outcome.closedCheck());
        }
        return StudyViews.Beat.of(outcome, rules);
    }

    /** @return whether the check was passed (false: wrong answer, try again, or a new check was issued) */
    public StudyViews.PresenceAnswer answerPresence(String sessionPublicId, String nonce, String answer) {
        StudySession session = own(sessionPublicId);
        StudyRules rules = rulesSource.rulesFor(session.region());
        Optional<PresenceOutcome> finished = session.answerPresence(nonce, answer, Instant.now(), rules, RANDOM);
        finished.ifPresent(outcome -> keep(session, outcome));
        boolean passed = finished.map(o -> o.result() == PresenceOutcome.Result.PASSED).orElse(false);
        return new StudyViews.PresenceAnswer(passed, session.pendingChallenge().orElse(null));
    }

    /** The digits of the pending check, for the page's challenge image; empty for a stale nonce. */
    public Optional<String> challengeDigits(String sessionPublicId, String nonce) {
        return own(sessionPublicId).challengeDigits(nonce);
    }

    public void end(String sessionPublicId) {
        own(sessionPublicId).end(Instant.now());
    }

    private void keep(StudySession session, PresenceOutcome outcome) {
        repository.append(new PresenceCheckRecord(session, outcome));
        if (outcome.result() != PresenceOutcome.Result.PASSED) {
            audit.record(caller.current().username(), AuditAction.PRESENCE_FAILED, "StudySession",
                    session.publicId(), outcome.result().name());
        }
    }

    private StudySession own(String sessionPublicId) {
        long personId = caller.currentPersonId();
        return repository.session(sessionPublicId == null ? "" : sessionPublicId)
                .filter(s -> s.personId() == personId)
                .orElseThrow(() -> new DomainException("study.sessionNotFound"));
    }
}
