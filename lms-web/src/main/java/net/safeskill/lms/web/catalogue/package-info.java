/**
 * Faces beans of the catalogue: the institution's course list and editor, the reviewers' queue, the course page.
 * Thin: they hold form state and call the catalogue and study application services.
 */
package net.safeskill.lms.web.catalogue;
