package net.safeskill.lms.catalogue.domain.model.scorm;

import java.util.Objects;

/**
 * A checked SCORM package (已校验的 SCORM 课件包).
 *
 * @param manifest          the parsed manifest
 * @param rootPrefix        the folder of the archive that holds {@code imsmanifest.xml}, ending in
 *                          {@code /} (for example {@code course/}), or {@code ""} if the manifest is
 *                          at the root of the archive. Extraction strips this prefix.
 * @param entries           number of entries (files and directories) in the archive
 * @param uncompressedBytes declared total uncompressed size after {@link ScormPackageReader#inspect
 *                          inspection}; bytes really written after {@link ScormPackageReader#extract extraction}
 */
public record ScormPackage(ScormManifest manifest, String rootPrefix, long entries, long uncompressedBytes) {

    public ScormPackage {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(rootPrefix, "rootPrefix");
        if (!rootPrefix.isEmpty() && !rootPrefix.endsWith("/")) {
            throw new IllegalArgumentException("rootPrefix is empty or ends with /");
        }
        if (entries < 0 || uncompressedBytes < 0) {
            throw new IllegalArgumentException("counts are not negative");
        }
    }

    /** @return whether the manifest sits in a top-level folder of the archive rather than at its root */
    public boolean nestedInFolder() {
        return !rootPrefix.isEmpty();
    }
}
