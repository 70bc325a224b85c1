/**
 * The shared safety-production digital library (安全生产数字资源库, B4): the
 * {@link net.safeskill.lms.catalogue.domain.model.library.LibraryResource} aggregate (accident cases, e-textbooks,
 * courseware as an inspected PDF or MP4), its kinds and its life (draft, published, retired).
 */
package net.safeskill.lms.catalogue.domain.model.library;
