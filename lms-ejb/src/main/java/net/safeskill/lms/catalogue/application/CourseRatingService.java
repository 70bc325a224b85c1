package net.safeskill.lms.catalogue.application;

import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import net.safeskill.lms.audit.application.AuditLog;
import net.safeskill.lms.audit.domain.model.AuditAction;
import net.safeskill.lms.catalogue.domain.CourseRepository;
import net.safeskill.lms.catalogue.domain.RatingRepository;
import net.safeskill.lms.catalogue.domain.model.course.Course;
import net.safeskill.lms.catalogue.domain.model.rating.CoursePopularity;
import net.safeskill.lms.catalogue.domain.model.rating.CourseRating;
import net.safeskill.lms.identity.application.CallerAccounts;
import net.safeskill.lms.identity.domain.model.account.Account;
import net.safeskill.lms.identity.domain.model.account.Role;
import net.safeskill.lms.identity.domain.model.account.Roles;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.study.domain.EnrolmentFacts;

/**
 * Course ratings and reviews (课程评价, B2): anyone signed in sees a course's average, count and latest comments; a
 * learner who has the course (any version) in their plan rates it once, 1–5 stars with an optional comment, and may
 * change it. A rating belongs to the course lineage, so it survives new versions.
 */
@Stateless
@RolesAllowed({Roles.LEARNER, Roles.ENTERPRISE_ADMIN, Roles.INSTITUTION_ADMIN, Roles.EXAM_ADMIN, Roles.PROCTOR,
        Roles.REGULATOR, Roles.SYSTEM_ADMIN})
public class CourseRatingService {

    static final int REVIEWS_SHOWN = 5;

    @Inject
    private CourseRepository courses;

    @Inject
    private RatingRepository ratings;

    @Inject
    private EnrolmentFacts enrolments;

    @Inject
    private CoursePopularityService popularity;

    @Inject
    private CallerAccounts caller;

    @Inject
    private AuditLog audit;

    public RatingViews.Summary summary(String coursePublicId) {
        Course course = course(coursePublicId);
        Account account = caller.current();
        Long personId = account.person() == null ? null : account.person().id();
        boolean canRate = personId != null && account.hasRole(Role.LEARNER)
                && enrolments.isEnrolled(personId, course.lineageId());
        Optional<CourseRating> mine = personId == null ? Optional.empty()
                : ratings.rating(course.lineageId(), personId);
        long[] totals = ratings.ratingTotals(course.lineageId());
        long learners = ratings.existingPopularity(course.lineageId()).map(CoursePopularity::learners).orElse(0L);
        return new RatingViews.Summary(coursePublicId, CoursePopularity.averageOf(totals[0], totals[1]), totals[0],
                learners, canRate, mine.map(CourseRating::stars).orElse(0), mine.map(CourseRating::comment).orElse(null),
                ratings.latestComments(course.lineageId(), REVIEWS_SHOWN).stream()
                        .map(r -> new RatingViews.Review(r.stars(), r.comment(), r.updatedAt())).toList());
    }

    /** Rates the course (or changes the caller's rating); only a learner with the course in their plan may. */
    @RolesAllowed(Roles.LEARNER)
    public RatingViews.Summary rate(String coursePublicId, int stars, String comment) {
        Course course = course(coursePublicId);
        long personId = caller.current().person().id();
        if (!enrolments.isEnrolled(personId, course.lineageId())) {
            throw new DomainException("rating.notEnrolled");
        }
        Instant now = Instant.now();
        Optional<CourseRating> existing = ratings.rating(course.lineageId(), personId);
        if (existing.isPresent()) {
            existing.get().change(stars, comment, now);
        } else {
            ratings.store(new CourseRating(course.lineageId(), personId, stars, comment, now));
        }
        popularity.ratingsChanged(course.lineageId());
        audit.record(caller.current().username(), AuditAction.COURSE_RATED, "Course", coursePublicId,
                Integer.toString(stars));
        return summary(coursePublicId);
    }

    private Course course(String publicId) {
        return courses.course(publicId == null ? "" : publicId)
                .orElseThrow(() -> new DomainException("course.notFound"));
    }
}
