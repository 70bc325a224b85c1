/**
 * SCORM packages (SCORM 课件包): reading {@code imsmanifest.xml} of SCORM 1.2 and SCORM 2004
 * packages into a {@link net.safeskill.lms.catalogue.domain.model.scorm.ScormManifest}, and opening
 * untrusted zip archives safely (no zip slip, no zip bombs, no XML external entities) with
 * {@link net.safeskill.lms.catalogue.domain.model.scorm.SafeZip} and
 * {@link net.safeskill.lms.catalogue.domain.model.scorm.ScormPackageReader}.
 */
package net.safeskill.lms.catalogue.domain.model.scorm;
