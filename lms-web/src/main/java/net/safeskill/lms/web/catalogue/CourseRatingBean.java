package net.safeskill.lms.web.catalogue;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import net.safeskill.lms.catalogue.application.CourseRatingService;
import net.safeskill.lms.catalogue.application.RatingViews;
import net.safeskill.lms.shared.domain.DomainException;
import net.safeskill.lms.web.support.Messages;

/**
 * Backs the fragment {@code /WEB-INF/fragments/course-rating.xhtml}: a course's average and count, the latest
 * comments, and for an enrolled learner the form to rate. Keyed by the course's public id, which the including
 * page passes as {@code ui:param name="coursePublicId"}.
 */
@Named
@ViewScoped
public class CourseRatingBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseRatingService ratings;

    private final Map<String, RatingViews.Summary> summaries = new HashMap<>();
    /** The course of the first render: an Ajax postback of the fragment may not re-apply the page's parameters. */
    private String course;
    private Integer stars;
    private String comment;
    private boolean formFilled;

    public RatingViews.Summary summary(String coursePublicIdOrNull) {
        String coursePublicId = remember(coursePublicIdOrNull);
        if (coursePublicId == null) {
            return null;
        }
        RatingViews.Summary summary = summaries.get(coursePublicId);
        if (summary == null) {
            try {
                summary = ratings.summary(coursePublicId);
            } catch (DomainException e) {
                return null;
            }
            summaries.put(coursePublicId, summary);
            if (!formFilled) {
                stars = summary.myStars() == 0 ? null : summary.myStars();
                comment = summary.myComment();
                formFilled = true;
            }
        }
        return summary;
    }

    public void rate(String coursePublicIdOrNull) {
        String coursePublicId = remember(coursePublicIdOrNull);
        if (stars == null || stars < 1) {
            Messages.error("rating:stars", "error.rating.stars", 1, 5);
            return;
        }
        try {
            summaries.put(coursePublicId, ratings.rate(coursePublicId, stars, comment));
            Messages.info("rating.saved");
        } catch (DomainException e) {
            Messages.error(e, Messages.FieldMap.of("rating.comment", "rating:comment", "rating.stars", "rating:stars"));
        }
    }

    private String remember(String coursePublicId) {
        if (coursePublicId != null && !coursePublicId.isBlank()) {
            course = coursePublicId;
        }
        return course;
    }

    public Integer getStars() {
        return stars;
    }

    public void setStars(Integer stars) {
        this.stars = stars;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
