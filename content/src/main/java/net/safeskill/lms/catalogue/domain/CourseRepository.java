package net.safeskill.lms.catalogue.domain;

import java.util.List;
import java.util.Optional;

import net.safeskill.lms.catalogue.domain.model.course.Course;
import net.safeskill.lms.catalogue.domain.model.course.Lesson;

/** Where courses are kept. Implemented with JPA in lms-ejb. */
public interface CourseRepository {

    Optional<Course> course(String publicId);

    Optional<Course> course(long id);

    Optional<Lesson> lesson(String publicId);

    /** All versions an institution has made, newest first. */
    List<Course> coursesOf(long institutionId);

    /** Courses waiting for review, oldest first. */
    List<Course> inReview();

    /** The listed version of a lineage, if any. */
    Optional<Course> listedVersion(String lineageId);

    void store(Course course);

    /** Listed courses (the current version of each), by title, at most {@code max}: what an enterprise can assign. */
    List<Course> listed(int max);
}
