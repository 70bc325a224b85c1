package net.safeskill.lms.catalogue.domain.model.course;

/** What a lesson is: an MP4 video, a PDF document, or a SCORM 1.2 / 2004 package. */
public enum LessonKind {
    VIDEO,
    DOCUMENT,
    SCORM
}
