package net.safeskill.lms.catalogue.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import net.safeskill.lms.catalogue.domain.model.course.Course;
import net.safeskill.lms.catalogue.domain.model.course.Lesson;

/** What pages and REST resources get to see of courses. */
public final class CourseViews {

    private CourseViews() {
    }

    public record LessonView(String id, int ordinal, String title, String kind, long lengthSeconds) {

        static LessonView of(Lesson l) {
            return new LessonView(l.publicId(), l.ordinal(), l.title(), l.kind().name(), l.length().toSeconds());
        }
    }

    public record CourseView(String id, String lineage, int revision, String title, String description,
                             String industry, String trainingType, List<String> targetPosts, BigDecimal creditHours,
                             String teachers, String status, String reviewComment, Instant listedAt,
                             Instant updatedAt, List<LessonView> lessons, boolean hasCover) {

        public static CourseView of(Course c) {
            return new CourseView(c.publicId(), c.lineageId(), c.revision(), c.title(), c.description(),
                    c.industry().name(), c.trainingType().name(),
                    c.targetPosts().stream().map(Enum::name).toList(), c.creditHours(), c.teachers(),
                    c.status().name(), c.reviewComment(), c.listedAt(), c.updatedAt(),
                    c.lessons().stream().map(LessonView::of).toList(), c.coverKey() != null);
        }
    }
}
