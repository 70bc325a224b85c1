package net.safeskill.lms.catalogue.application;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import net.safeskill.lms.audit.application.AuditLog;
import net.safeskill.lms.audit.domain.model.AuditAction;
import net.safeskill.lms.catalogue.domain.CourseRepository;
import net.safeskill.lms.catalogue.domain.model.course.Course;
import net.safeskill.lms.identity.application.CallerAccounts;
import net.safeskill.lms.identity.domain.model.account.Roles;
import net.safeskill.lms.shared.domain.DomainException;

/**
 * Course review (课程审核, B1) by a regulator or the platform admin: list what waits, approve (the course enters the
 * supermarket and replaces its previous listed version), send back with a reason, take a listed course down.
 */
@Stateless
@RolesAllowed({Roles.REGULATOR, Roles.SYSTEM_ADMIN})
public class CourseReviewService {

    @Inject
    private CourseRepository courses;

    @Inject
    private CallerAccounts caller;

    @Inject
    private AuditLog audit;

    public List<CourseViews.CourseView> waiting() {
        return courses.inReview().stream().map(CourseViews.CourseView::of).toList();
    }

    public void approve(String publicId, String comment) {
        Course course = find(publicId);
        Instant now = Instant.now();
        courses.listedVersion(course.lineageId()).filter(c -> c != course).ifPresent(old -> old.supersede(now));
        course.approve(actor(), comment, now);
        audit.record(actor(), AuditAction.COURSE_APPROVED, "Course", publicId, course.title());
    }

    public void reject(String publicId, String comment) {
        Course course = find(publicId);
        course.reject(actor(), comment, Instant.now());
        audit.record(actor(), AuditAction.COURSE_REJECTED, "Course", publicId, comment);
    }

    public void withdraw(String publicId, String reason) {
        find(publicId).withdraw(actor(), reason, Instant.now());
        audit.record(actor(), AuditAction.COURSE_WITHDRAWN, "Course", publicId, reason);
    }

    private Course find(String publicId) {
        return courses.course(publicId == null ? "" : publicId)
                .orElseThrow(() -> new DomainException("course.notFound"));
    }

    private String actor() {
        return caller.current().username();
    }
}
