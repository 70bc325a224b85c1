package net.safeskill.lms.catalogue.domain.model.scorm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * Reader of uploaded SCORM packages (SCORM 课件包读取器): opens the zip with {@link SafeZip}, finds and
 * parses {@code imsmanifest.xml} and checks that the course can be launched; optionally extracts it.
 *
 * <p>{@code imsmanifest.xml} is looked up case-insensitively at the root of the archive; if it is not
 * there but sits in exactly one top-level folder (a package zipped together with its folder), that
 * folder is taken as the package root and reported as {@link ScormPackage#rootPrefix()}.
 *
 * <p>Errors, besides those of {@link SafeZip} and {@link ScormManifestParser}:
 * {@code scorm.manifestMissing} and {@code scorm.launchMissing} (the launch path). Thread-safe.
 */
public final class ScormPackageReader {

    /** Name of the manifest of a content package. */
    public static final String MANIFEST = "imsmanifest.xml";

    /** Largest manifest read into memory: 8 MiB, far more than the manifest of any real course. */
    public static final int MAX_MANIFEST_BYTES = 8 * 1024 * 1024;

    private final ZipLimits limits;
    private final ScormManifestParser parser = new ScormManifestParser();

    /** A reader with {@link ZipLimits#defaults()}. */
    public ScormPackageReader() {
        this(ZipLimits.defaults());
    }

    public ScormPackageReader(ZipLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Validates the archive and its manifest without extracting anything.
     *
     * @throws DomainException if the package is refused
     */
    public ScormPackage inspect(Path zip) {
        try (SafeZip archive = SafeZip.open(zip, limits)) {
            return read(archive);
        }
    }

    /**
     * Validates the archive and its manifest, then extracts the package root into {@code targetDir}
     * (which must not exist or be empty), so that {@code targetDir/imsmanifest.xml} is the manifest.
     * On failure nothing extracted is left behind.
     *
     * @return the package, with {@link ScormPackage#uncompressedBytes()} the bytes really written
     * @throws DomainException if the package is refused
     */
    public ScormPackage extract(Path zip, Path targetDir) {
        Objects.requireNonNull(targetDir, "targetDir");
        try (SafeZip archive = SafeZip.open(zip, limits)) {
            ScormPackage checked = read(archive);
            long written = archive.extractTo(targetDir, checked.rootPrefix());
            return new ScormPackage(checked.manifest(), checked.rootPrefix(), checked.entries(), written);
        }
    }

    private ScormPackage read(SafeZip archive) {
        String manifestName = findManifest(archive);
        int slash = manifestName.lastIndexOf('/');
        String root = slash < 0 ? "" : manifestName.substring(0, slash + 1);
        ScormManifest manifest = parser.parse(archive.read(manifestName, MAX_MANIFEST_BYTES));
        String launchPath = manifest.defaultLaunch().launchPath();
        if (!archive.containsFile(root + launchPath)) {
            throw new DomainException("scorm.launchMissing", SafeZip.printable(launchPath));
        }
        return new ScormPackage(manifest, root, archive.entryCount(), archive.declaredUncompressedBytes());
    }

    private static String findManifest(SafeZip archive) {
        List<String> names = archive.fileNames();
        if (names.contains(MANIFEST)) {
            return MANIFEST;
        }
        Optional<String> atRoot = names.stream().filter(n -> n.indexOf('/') < 0 && isManifest(n)).findFirst();
        if (atRoot.isPresent()) {
            return atRoot.get();
        }
        TreeSet<String> nested = new TreeSet<>();
        for (String name : names) {
            int slash = name.indexOf('/');
            if (slash > 0 && name.indexOf('/', slash + 1) < 0 && isManifest(name.substring(slash + 1))) {
                nested.add(name);
            }
        }
        long folders = nested.stream().map(n -> n.substring(0, n.indexOf('/'))).distinct().count();
        if (folders != 1) {
            throw new DomainException("scorm.manifestMissing");
        }
        String folder = nested.first().substring(0, nested.first().indexOf('/') + 1);
        return nested.contains(folder + MANIFEST) ? folder + MANIFEST : nested.first();
    }

    private static boolean isManifest(String fileName) {
        return MANIFEST.equals(fileName.toLowerCase(Locale.ROOT));
    }

    /**
     * Resolves a path requested by a browser against an extracted package, for serving SCO files.
     *
     * @param packageDir            the directory a package was extracted to
     * @param requestedRelativePath the already URL-decoded path below the package, for example
     *                              {@code course/index.html}; a leading {@code /} is ignored
     * @return the normalised file, only if it stays inside {@code packageDir} (also after resolving
     *         symbolic links) and is a regular file; otherwise empty
     */
    public static Optional<Path> resolveServedPath(Path packageDir, String requestedRelativePath) {
        Objects.requireNonNull(packageDir, "packageDir");
        if (requestedRelativePath == null || requestedRelativePath.indexOf('\0') >= 0
                || requestedRelativePath.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        String relative = requestedRelativePath;
        while (relative.startsWith("/")) {
            relative = relative.substring(1);
        }
        if (relative.isBlank() || relative.matches("^[A-Za-z]:.*")) {
            return Optional.empty();
        }
        try {
            Path base = packageDir.toAbsolutePath().normalize();
            Path candidate = base.resolve(relative).normalize();
            if (!candidate.startsWith(base) || candidate.equals(base)
                    || !Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)
                    || !candidate.toRealPath().startsWith(base.toRealPath())) {
                return Optional.empty();
            }
            return Optional.of(candidate);
        } catch (InvalidPathException | IOException e) {
            return Optional.empty();
        }
    }
}
