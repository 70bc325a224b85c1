/**
 * Sample content (示例课件) built in memory: minimal but real SCORM 1.2 and SCORM 2004 packages for
 * the demo data and the browser tests, and hostile archives (zip slip, absolute paths, a zip bomb, an
 * XXE manifest) for testing that uploads are refused.
 */
package net.safeskill.lms.catalogue.infrastructure.samples;
