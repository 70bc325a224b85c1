/**
 * Courses (课程) and their lessons (B1): the {@link net.safeskill.lms.catalogue.domain.model.course.Course} aggregate
 * guards its life (draft, review, listed, withdrawn, superseded by a new version) and its lessons (video, document,
 * SCORM) with their lengths.
 */
package net.safeskill.lms.catalogue.domain.model.course;
