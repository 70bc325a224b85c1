package net.safeskill.lms.study.domain.model.session;

import java.time.Duration;
import java.util.Objects;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * What a session studies: one lesson of one course, with the lengths that bound what can be credited
 * (a lesson's length; the course's total duration from its credit hours).
 */
public record StudyTarget(long courseId, long lessonId, MediaKind kind, Duration lessonLength, Duration courseLength) {

    public StudyTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lessonLength, "lessonLength");
        Objects.requireNonNull(courseLength, "courseLength");
        if (lessonLength.isNegative() || lessonLength.isZero()) {
            throw new DomainException("study.lessonLength");
        }
        if (courseLength.isNegative() || courseLength.isZero()) {
            throw new DomainException("study.courseLength");
        }
    }
}
