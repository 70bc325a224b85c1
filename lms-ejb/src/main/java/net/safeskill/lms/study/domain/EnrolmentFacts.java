package net.safeskill.lms.study.domain;

import java.util.Map;

/**
 * What the study context tells other contexts about enrolments, by course lineage (every version of a course):
 * the catalogue asks it who may rate a course and how many learners a course has, and never reads enrolments itself.
 */
public interface EnrolmentFacts {

    /** Whether the person has any version of the course in their plan. */
    boolean isEnrolled(long personId, String lineageId);

    /** How many people have any version of the course in their plan. */
    long learners(String lineageId);

    /** {@link #learners} of every lineage that has any, in one query. */
    Map<String, Long> learnersByLineage();
}
