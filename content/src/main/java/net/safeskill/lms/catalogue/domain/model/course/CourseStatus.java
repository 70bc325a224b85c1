package net.safeskill.lms.catalogue.domain.model.course;

/**
 * A course's life (B1): drafted by an institution, reviewed, listed in the supermarket, and taken down or replaced by a
 * newer version. Learners' records stay with whichever version they studied.
 */
public enum CourseStatus {
    /** 草稿: the institution edits it */
    DRAFT,
    /** 待审核: submitted, waiting for a regulator or the platform admin */
    IN_REVIEW,
    /** 已上架: in the supermarket */
    LISTED,
    /** 已下架: taken down */
    WITHDRAWN,
    /** 已被新版本取代 */
    SUPERSEDED
}
