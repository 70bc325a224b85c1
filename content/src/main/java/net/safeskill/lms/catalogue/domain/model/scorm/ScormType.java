package net.safeskill.lms.catalogue.domain.model.scorm;

/**
 * The kind of a launchable SCORM resource ({@code adlcp:scormtype} / {@code adlcp:scormType}).
 */
public enum ScormType {

    /** 可共享内容对象: talks to the LMS through the runtime API (progress, score, bookmark). */
    SCO,

    /** 素材: a plain web page or file that does not talk to the LMS. */
    ASSET
}
