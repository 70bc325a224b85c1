package net.safeskill.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import net.safeskill.lms.catalogue.application.CourseAuthoringService;
import net.safeskill.lms.catalogue.application.CourseReviewService;
import net.safeskill.lms.catalogue.domain.model.course.CourseDetails;
import net.safeskill.lms.catalogue.domain.model.course.LessonKind;
import net.safeskill.lms.it.support.AsInstitution;
import net.safeskill.lms.it.support.AsRegulator;
import net.safeskill.lms.it.support.AsWorker;
import net.safeskill.lms.it.support.Deployments;
import net.safeskill.lms.it.support.OnConfiguredDatabase;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.shared.domain.model.Industry;
import net.safeskill.lms.shared.domain.model.PostCategory;
import net.safeskill.lms.shared.domain.model.TrainingType;
import net.safeskill.lms.study.application.EnrolmentService;
import net.safeskill.lms.study.application.StudyService;
import net.safeskill.lms.study.application.StudyViews;
import net.safeskill.lms.study.domain.model.session.HeartbeatReport;

/**
 * Course authoring, review, enrolment and study sessions through the real services, roles and transactions: a
 * heartbeat's credit is a committed ledger row, a second session takes over the first, a replayed beat counts
 * nothing, a refused upload leaves the course as it was.
 */
@ExtendWith(OnConfiguredDatabase.class)
@ExtendWith(ArquillianExtension.class)
class StudyServicesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.platformWithTests(StudyServicesIT.class);
    }

    @Inject CourseAuthoringService authoring;
    @Inject CourseReviewService review;
    @Inject EnrolmentService enrolment;
    @Inject StudyService study;
    @Inject AsInstitution asInstitution;
    @Inject AsRegulator asRegulator;
    @Inject AsWorker asWorker;

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    private static CourseDetails details(String title) {
        return new CourseDetails(title, "Hot-work permits, gas testing and fire watch in chemical plants.",
                Industry.CHEMICALS, TrainingType.ANNUAL_REFRESHER,
                EnumSet.of(PostCategory.SPECIAL_OPERATOR, PostCategory.OTHER), new BigDecimal("2"), "Li Ming");
    }

    private static Path pdf() throws Exception {
        Path file = Files.createTempFile("lesson", ".pdf");
        Files.writeString(file, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
                StandardCharsets.ISO_8859_1);
        return file;
    }

    /** Creates, submits and approves a course with one 30-minute document lesson; returns {course, lesson}. */
    private String[] listedCourse(String title) throws Exception {
        String[] ids = asInstitution.call(() -> {
            String course = authoring.create(details(title));
            String lesson = authoring.addLesson(course, "Permit procedure", LessonKind.DOCUMENT, 30, pdf(),
                    "permit.pdf", "application/pdf");
            authoring.submit(course);
            return new String[] {course, lesson};
        });
        asRegulator.call(() -> {
            review.approve(ids[0], null);
            return null;
        });
        return ids;
    }

    private long ledgerRows(String lessonPublicId) {
        return em.createQuery("select count(p) from CreditedPeriod p, Lesson l where p.lessonId = l.id "
                + "and l.publicId = :l", Long.class).setParameter("l", lessonPublicId).getSingleResult();
    }

    @Test
    void heartbeatsOfTheOneActiveSessionBecomeLedgerRows() throws Exception {
        String[] ids = listedCourse("Hot work in chemical plants (IT 1)");
        StudyViews.Started first = asWorker.call(() -> {
            enrolment.enrol(ids[0]);
            return study.start(ids[1]);
        });
        Thread.sleep(1200);
        StudyViews.Beat beat = asWorker.call(() -> study.heartbeat(first.session(),
                new HeartbeatReport(1, true, true, 1.0, null)));
        assertEquals("NONE", beat.reason());
        assertTrue(beat.creditedMillis() >= 1000 && beat.creditedMillis() <= 30_000, "credited " + beat.creditedMillis());
        assertEquals(1, ledgerRows(ids[1]));

        StudyViews.Beat replay = asWorker.call(() -> study.heartbeat(first.session(),
                new HeartbeatReport(1, true, true, 1.0, null)));
        assertEquals("STALE", replay.reason());
        Thread.sleep(300);
        StudyViews.Beat hidden = asWorker.call(() -> study.heartbeat(first.session(),
                new HeartbeatReport(2, false, true, 1.0, null)));
        assertEquals("HIDDEN", hidden.reason());
        assertEquals(1, ledgerRows(ids[1]));

        StudyViews.Started second = asWorker.call(() -> study.start(ids[1]));
        DomainException takenOver = assertThrows(DomainException.class, () -> asWorker.call(() ->
                study.heartbeat(first.session(), new HeartbeatReport(3, true, true, 1.0, null))));
        assertEquals("study.takenOver", takenOver.code());
        assertEquals(beat.lessonCreditedSeconds(), second.lessonCreditedSeconds());
        long active = em.createQuery("select count(s) from StudySession s where s.activePersonId is not null "
                + "and s.personId = (select p.personId from StudySession p where p.publicId = :s)", Long.class)
                .setParameter("s", second.session()).getSingleResult();
        assertEquals(1, active);
    }

    @Test
    void rolesAreEnforcedInTheServices() throws Exception {
        assertThrows(EJBAccessException.class, () -> asWorker.call(() -> authoring.create(details("Not allowed"))));
        String[] ids = asInstitution.call(() -> {
            String course = authoring.create(details("Dust explosion basics (IT 2)"));
            return new String[] {course, authoring.addLesson(course, "Dust", LessonKind.DOCUMENT, 20, pdf(),
                    "dust.pdf", null)};
        });
        assertThrows(EJBAccessException.class, () -> asInstitution.call(() -> {
            review.approve(ids[0], null);
            return null;
        }));
        DomainException notListed = assertThrows(DomainException.class,
                () -> asWorker.call(() -> enrolment.enrol(ids[0])));
        assertEquals("course.notFound", notListed.code());
        DomainException notEnrolled = assertThrows(DomainException.class, () -> asWorker.call(() -> study.start(ids[1])));
        assertEquals("study.notEnrolled", notEnrolled.code());
    }

    @Test
    void aRefusedUploadLeavesTheCourseAsItWas() throws Exception {
        String course = asInstitution.call(() -> authoring.create(details("Ammonia refrigeration (IT 3)")));
        Path notPdf = Files.createTempFile("fake", ".pdf");
        Files.writeString(notPdf, "<html>not a pdf</html>");
        DomainException refused = assertThrows(DomainException.class, () -> asInstitution.call(() ->
                authoring.addLesson(course, "Fake", LessonKind.DOCUMENT, 10, notPdf, "fake.pdf", "application/pdf")));
        assertEquals("upload.notPdf", refused.code());
        assertEquals(0, asInstitution.call(() -> authoring.course(course)).lessons().size());
        DomainException empty = assertThrows(DomainException.class, () -> asInstitution.call(() -> {
            authoring.submit(course);
            return null;
        }));
        assertEquals("course.noLessons", empty.code());
    }
}
