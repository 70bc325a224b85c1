package net.safeskill.lms.catalogue.domain.model.scorm;

import java.util.Objects;

/**
 * One item of a SCORM organization (课件目录项): an entry of the table of contents, which may
 * launch a resource.
 *
 * @param identifier       the item identifier, unique in the manifest
 * @param title            the item title; falls back to the identifier
 * @param launchPath       the file to launch, relative to the package root, with {@code xml:base}
 *                         applied and percent-escapes decoded (for example {@code course 1/index.html});
 *                         {@code null} if the item launches nothing (a folder of the table of contents)
 * @param launchParameters query string and/or fragment to append to the launch URL, starting with
 *                         {@code ?} or {@code #}, combined from the resource href and the item
 *                         {@code parameters}; empty if none
 * @param scormType        SCO or asset; {@code null} if the item launches nothing
 * @param depth            nesting depth in the organization, 1 for a top-level item
 */
public record ScormItem(String identifier, String title, String launchPath, String launchParameters,
        ScormType scormType, int depth) {

    public ScormItem {
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(title, "title");
        launchParameters = launchParameters == null ? "" : launchParameters;
        if ((launchPath == null) != (scormType == null)) {
            throw new IllegalArgumentException("a launchable item has a path and a SCORM type, others neither");
        }
        if (launchPath != null && launchPath.isBlank()) {
            throw new IllegalArgumentException("launchPath must not be blank");
        }
        if (launchPath == null && !launchParameters.isEmpty()) {
            throw new IllegalArgumentException("parameters need a launch path");
        }
        if (!launchParameters.isEmpty() && !launchParameters.startsWith("?") && !launchParameters.startsWith("#")) {
            throw new IllegalArgumentException("parameters start with ? or #");
        }
        if (depth < 1) {
            throw new IllegalArgumentException("depth starts at 1");
        }
    }

    /** @return whether this item launches a resource */
    public boolean launchable() {
        return launchPath != null;
    }

    /** @return whether this item launches a SCO (which reports progress through the runtime API) */
    public boolean sco() {
        return scormType == ScormType.SCO;
    }

    /**
     * @return the launch path with its parameters, for example {@code index.html?lang=zh#p2};
     *         {@code null} if the item launches nothing. The path part is decoded: percent-encode it
     *         before putting it into a URL.
     */
    public String launchHref() {
        return launchPath == null ? null : launchPath + launchParameters;
    }
}
