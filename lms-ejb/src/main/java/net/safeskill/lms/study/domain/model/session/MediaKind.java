package net.safeskill.lms.study.domain.model.session;

/** What is being studied, as far as crediting cares: a video has positions to check; the others do not. */
public enum MediaKind {
    VIDEO,
    DOCUMENT,
    SCORM
}
