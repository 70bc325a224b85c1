package net.safeskill.lms.catalogue.domain.model.scorm;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The SCORM edition a package is written for (SCORM 版本); it decides which runtime API the SCO expects. */
public enum ScormVersion {

    /** SCORM 1.2: the SCO looks for {@code window.API}. */
    SCORM_12,

    /** SCORM 2004 (2nd to 4th edition): the SCO looks for {@code window.API_1484_11}. */
    SCORM_2004;

    static final String IMSCP_12 = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    static final String ADLCP_12 = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
    static final String IMSCP_2004 = "http://www.imsglobal.org/xsd/imscp_v1p1";
    static final String ADLCP_2004 = "http://www.adlnet.org/xsd/adlcp_v1p3";

    /**
     * Detects the version of a manifest. A {@code <schemaversion>} value decides when present:
     * {@code 1.2} is SCORM 1.2; {@code CAM 1.3}, {@code 1.3} and {@code 2004 ...} (for example
     * {@code 2004 4th Edition}) are SCORM 2004; any other value is unsupported. Without it the
     * namespaces decide: the ADL content packaging namespace {@code adlcp_rootv1p2} or
     * {@code adlcp_v1p3}, else the IMS namespace {@code imscp_rootv1p1p2} (1.2).
     *
     * @param schemaVersion the text of {@code manifest/metadata/schemaversion}, or {@code null}
     * @param namespaces    the namespace URIs used or declared in the manifest
     * @return the version, or empty if it cannot be recognised
     */
    public static Optional<ScormVersion> detect(String schemaVersion, Collection<String> namespaces) {
        if (schemaVersion != null && !schemaVersion.isBlank()) {
            String v = schemaVersion.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (v.equals("1.2") || v.equals("scorm 1.2")) {
                return Optional.of(SCORM_12);
            }
            if (v.equals("cam 1.3") || v.equals("1.3") || v.startsWith("2004") || v.startsWith("scorm 2004")) {
                return Optional.of(SCORM_2004);
            }
            return Optional.empty();
        }
        boolean adlcp12 = namespaces.contains(ADLCP_12);
        boolean adlcp2004 = namespaces.contains(ADLCP_2004);
        if (adlcp12 != adlcp2004) {
            return Optional.of(adlcp12 ? SCORM_12 : SCORM_2004);
        }
        if (!adlcp2004 && namespaces.contains(IMSCP_12)) {
            return Optional.of(SCORM_12);
        }
        return Optional.empty();
    }
}
