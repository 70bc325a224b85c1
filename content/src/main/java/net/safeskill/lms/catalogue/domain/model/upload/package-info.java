/**
 * Upload inspection (上传文件检查): the rules a file must pass before the catalogue accepts it as
 * a course video (MP4), a handout (PDF), a cover image (JPEG/PNG/WebP) or a SCORM package (zip).
 *
 * <p>Every check works on the bytes of the file; the declared file name and content type are only
 * cross-checked, never trusted. Large files are read with random access, never loaded whole.
 */
package net.safeskill.lms.catalogue.domain.model.upload;
