/**
 * The catalogue's pages: the course supermarket (课程超市, search with facets), library resource pages and their
 * media streaming, library management, the search index page and the course-rating fragment.
 */
package net.safeskill.lms.web.catalogue;
