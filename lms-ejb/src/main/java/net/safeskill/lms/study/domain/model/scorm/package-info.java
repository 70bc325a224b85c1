/**
 * SCORM runtime data (B1): what a SCO stored through the runtime API (cmi data model, suspend data, status,
 * score) for one person and one lesson, kept on the server so that the next launch resumes where it stopped.
 */
package net.safeskill.lms.study.domain.model.scorm;
