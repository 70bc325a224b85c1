/**
 * Ratings and popularity of courses (课程评价与热度, B2):
 * {@link net.safeskill.lms.catalogue.domain.model.rating.CourseRating} (one per learner and course lineage, 1–5
 * stars, optional comment) and {@link net.safeskill.lms.catalogue.domain.model.rating.CoursePopularity} (learner and
 * rating counts recounted from their sources, which the catalogue sorts by).
 */
package net.safeskill.lms.catalogue.domain.model.rating;
