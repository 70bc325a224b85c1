package net.safeskill.lms.catalogue.domain.model.scorm;

/**
 * Limits for opening an untrusted zip archive (压缩包限制), the defence against zip bombs.
 *
 * @param maxEntries            maximum number of entries (files and directories)
 * @param maxUncompressedBytes  maximum total uncompressed size, declared and really written
 * @param maxCompressionRatio   maximum ratio of uncompressed to compressed size of one entry
 * @param ratioThresholdBytes   entries up to this uncompressed size are exempt from the ratio rule
 *                              (small text files legitimately compress very well)
 */
public record ZipLimits(int maxEntries, long maxUncompressedBytes, int maxCompressionRatio,
        long ratioThresholdBytes) {

    public ZipLimits {
        if (maxEntries <= 0 || maxUncompressedBytes <= 0 || maxCompressionRatio <= 0 || ratioThresholdBytes < 0) {
            throw new IllegalArgumentException("zip limits must be positive");
        }
    }

    /** 10,000 entries, 1 GiB uncompressed, ratio 100:1 for entries larger than 1 MiB. */
    public static ZipLimits defaults() {
        return new ZipLimits(10_000, 1024L * 1024L * 1024L, 100, 1024L * 1024L);
    }
}
