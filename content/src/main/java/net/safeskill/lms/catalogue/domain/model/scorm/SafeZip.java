package net.safeskill.lms.catalogue.domain.model.scorm;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * An untrusted zip archive opened safely (安全解压): every entry is validated when the archive is
 * {@link #open opened}, before anything is extracted, and extraction counts the bytes really written.
 *
 * <p>The archive is read through {@link ZipFile}, that is through its central directory. Entry names
 * are canonicalised (backslashes are separators, {@code .} and empty segments dropped); a name is
 * refused ({@code scorm.pathEscape}) if it contains NUL, starts with {@code /} or {@code \}, starts
 * with a drive letter, or has a {@code ..} segment. Names that are stored in GB18030 (GBK) by Chinese
 * Windows zip tools instead of UTF-8 are read as such.
 *
 * <p>Errors: {@code scorm.notZip}, {@code scorm.pathEscape} (name, at most 100 characters),
 * {@code scorm.duplicateEntry} (name), {@code scorm.tooManyEntries} (limit),
 * {@code scorm.tooLarge} (limit in MiB), {@code scorm.compressionRatio} (limit),
 * {@code scorm.fileTooLarge} (name, limit in bytes; from {@link #read}).
 *
 * <p>Symbolic links are never created: every file is created new with
 * {@link StandardOpenOption#CREATE_NEW} and {@link LinkOption#NOFOLLOW_LINKS}.
 */
public final class SafeZip implements Closeable {

    private static final Pattern DRIVE_LETTER = Pattern.compile("^[A-Za-z]:.*", Pattern.DOTALL);
    private static final Pattern DOTS_ONLY = Pattern.compile("[. ]*\\.\\.[. ]*");
    private static final long MIB = 1024L * 1024L;
    private static final int BUFFER = 64 * 1024;

    private final ZipFile zipFile;
    private final ZipLimits limits;
    private final Map<String, ZipEntry> files;
    private final Set<String> directories;
    private final long entryCount;
    private final long declaredBytes;

    private SafeZip(ZipFile zipFile, ZipLimits limits, Map<String, ZipEntry> files, Set<String> directories,
            long entryCount, long declaredBytes) {
        this.zipFile = zipFile;
        this.limits = limits;
        this.files = files;
        this.directories = directories;
        this.entryCount = entryCount;
        this.declaredBytes = declaredBytes;
    }

    /**
     * Opens and validates an archive: entry count, every entry name, duplicates, declared total size.
     *
     * @throws DomainException      if the archive breaks a rule (codes in the class comment)
     * @throws UncheckedIOException if the file cannot be read
     */
    public static SafeZip open(Path zip, ZipLimits limits) {
        Objects.requireNonNull(zip, "zip");
        Objects.requireNonNull(limits, "limits");
        ZipFile zipFile = openZipFile(zip);
        try {
            if (zipFile.size() > limits.maxEntries()) {
                throw new DomainException("scorm.tooManyEntries", limits.maxEntries());
            }
            Map<String, ZipEntry> files = new LinkedHashMap<>();
            Set<String> directories = new HashSet<>();
            Set<String> parents = new HashSet<>();
            long count = 0;
            long declared = 0;
            Enumeration<? extends ZipEntry> entries = zipFile.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (++count > limits.maxEntries()) {
                    throw new DomainException("scorm.tooManyEntries", limits.maxEntries());
                }
                String name = canonicalName(entry.getName());
                boolean directory = entry.isDirectory() || entry.getName().endsWith("\\");
                if (name.isEmpty()) {
                    continue;
                }
                if (directory) {
                    if (files.containsKey(name)) {
                        throw duplicate(entry.getName());
                    }
                    directories.add(name);
                } else {
                    if (files.containsKey(name) || directories.contains(name) || parents.contains(name)) {
                        throw duplicate(entry.getName());
                    }
                    files.put(name, entry);
                }
                for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
                    String parent = name.substring(0, slash);
                    if (files.containsKey(parent)) {
                        throw duplicate(entry.getName());
                    }
                    parents.add(parent);
                }
                declared = saturatedAdd(declared, Math.max(0, entry.getSize()));
            }
            if (declared > limits.maxUncompressedBytes()) {
                throw tooLarge(limits);
            }
            directories.addAll(parents);
            return new SafeZip(zipFile, limits, Collections.unmodifiableMap(files),
                    Collections.unmodifiableSet(directories), count, declared);
        } catch (IllegalArgumentException e) {
            closeQuietly(zipFile);
            throw new DomainException("scorm.notZip");
        } catch (RuntimeException e) {
            closeQuietly(zipFile);
            throw e;
        }
    }

    private static ZipFile openZipFile(Path zip) {
        if (!Files.isRegularFile(zip)) {
            throw new UncheckedIOException(new java.io.FileNotFoundException(zip.toString()));
        }
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            try {
                ZipFile zipFile = new ZipFile(zip.toFile(), charset);
                try {
                    // force decoding of every name now, so a wrong charset shows here
                    for (Enumeration<? extends ZipEntry> e = zipFile.entries(); e.hasMoreElements();) {
                        e.nextElement().getName();
                    }
                    return zipFile;
                } catch (IllegalArgumentException wrongCharset) {
                    closeQuietly(zipFile);
                }
            } catch (ZipException notAZipOrWrongCharset) {
                // try the next charset; if none works the file is not a usable zip
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new DomainException("scorm.notZip");
    }

    /**
     * Canonicalises an entry name: {@code \} becomes {@code /}, empty and {@code .} segments go.
     *
     * @return the canonical relative name, {@code ""} for the root itself
     * @throws DomainException {@code scorm.pathEscape} if the name could escape the extraction directory
     */
    static String canonicalName(String name) {
        if (name.indexOf('\0') >= 0 || name.startsWith("/") || name.startsWith("\\")
                || DRIVE_LETTER.matcher(name).matches()) {
            throw pathEscape(name);
        }
        List<String> kept = new ArrayList<>();
        for (String segment : name.replace('\\', '/').split("/")) {
            if (DOTS_ONLY.matcher(segment).matches()) {
                throw pathEscape(name);
            }
            if (!segment.isEmpty() && !segment.equals(".")) {
                kept.add(segment);
            }
        }
        return String.join("/", kept);
    }

    /** @return the canonical names of the files (not directories) of the archive, in archive order */
    public List<String> fileNames() {
        return List.copyOf(files.keySet());
    }

    /** @return whether the archive holds a file of this canonical name (case-sensitive) */
    public boolean containsFile(String canonicalName) {
        return files.containsKey(canonicalName);
    }

    /** @return number of entries (files and directories) of the archive */
    public long entryCount() {
        return entryCount;
    }

    /** @return the sum of the declared uncompressed sizes; archives can lie, extraction checks */
    public long declaredUncompressedBytes() {
        return declaredBytes;
    }

    /**
     * Reads one small file into memory, counting real bytes.
     *
     * @throws DomainException {@code scorm.fileTooLarge} if it has more than {@code maxBytes} bytes,
     *                         {@code scorm.notZip} if its data is corrupt
     * @throws IllegalArgumentException if there is no such file
     */
    public byte[] read(String canonicalName, int maxBytes) {
        ZipEntry entry = files.get(canonicalName);
        if (entry == null) {
            throw new IllegalArgumentException("no such file in the archive: " + canonicalName);
        }
        try (InputStream in = zipFile.getInputStream(entry)) {
            byte[] data = in.readNBytes(maxBytes + 1);
            if (data.length > maxBytes) {
                throw new DomainException("scorm.fileTooLarge", printable(canonicalName), maxBytes);
            }
            verifyCrc(entry, data, data.length);
            return data;
        } catch (ZipException e) {
            throw new DomainException("scorm.notZip");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Extracts the files whose canonical name starts with {@code prefix}, without that prefix, into
     * {@code targetDir}, which must not exist or be an empty directory. Real bytes are counted while
     * writing; on any failure everything extracted so far is deleted (and {@code targetDir} itself if
     * this method created it).
     *
     * @return the number of bytes written
     * @throws DomainException {@code scorm.tooLarge}, {@code scorm.compressionRatio},
     *                         {@code scorm.pathEscape} or {@code scorm.notZip}
     * @throws IllegalArgumentException if {@code targetDir} exists and is not an empty directory
     */
    public long extractTo(Path targetDir, String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        Path target = targetDir.toAbsolutePath().normalize();
        boolean existed = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        try {
            if (existed && (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) || !isEmpty(target))) {
                throw new IllegalArgumentException("target must be a new or empty directory: " + target);
            }
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            long total = 0;
            for (String directory : directories) {
                if (directory.startsWith(prefix) && directory.length() > prefix.length()) {
                    Files.createDirectories(inside(target, directory.substring(prefix.length()), directory));
                }
            }
            for (Map.Entry<String, ZipEntry> file : files.entrySet()) {
                String name = file.getKey();
                if (name.startsWith(prefix) && name.length() > prefix.length()) {
                    Path out = inside(target, name.substring(prefix.length()), name);
                    Files.createDirectories(out.getParent());
                    total += write(file.getValue(), out, total);
                }
            }
            return total;
        } catch (ZipException e) {
            deleteExtracted(target, existed);
            throw new DomainException("scorm.notZip");
        } catch (IOException e) {
            deleteExtracted(target, existed);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteExtracted(target, existed);
            throw e;
        }
    }

    private long write(ZipEntry entry, Path out, long alreadyWritten) throws IOException {
        long compressed = Math.max(1, entry.getCompressedSize());
        long written = 0;
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = zipFile.getInputStream(entry);
                OutputStream os = Files.newOutputStream(out, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                        LinkOption.NOFOLLOW_LINKS)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                written += n;
                // written > ratio * compressed, without overflow
                boolean overThreshold = written > limits.ratioThresholdBytes();
                if (overThreshold && (written - 1) / limits.maxCompressionRatio() >= compressed) {
                    throw new DomainException("scorm.compressionRatio", limits.maxCompressionRatio());
                }
                if (alreadyWritten + written > limits.maxUncompressedBytes()) {
                    throw tooLarge(limits);
                }
                os.write(buffer, 0, n);
                crc.update(buffer, 0, n);
            }
        }
        if (entry.getCrc() != -1 && entry.getCrc() != crc.getValue()) {
            throw new DomainException("scorm.notZip");
        }
        return written;
    }

    /** Second guard after name validation: the resolved path must stay inside the target. */
    private static Path inside(Path target, String relative, String entryName) {
        Path out = target.resolve(relative).normalize();
        if (!out.startsWith(target) || out.equals(target)) {
            throw pathEscape(entryName);
        }
        return out;
    }

    private static void verifyCrc(ZipEntry entry, byte[] data, int length) {
        if (entry.getCrc() != -1) {
            CRC32 crc = new CRC32();
            crc.update(data, 0, length);
            if (crc.getValue() != entry.getCrc()) {
                throw new DomainException("scorm.notZip");
            }
        }
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (DirectoryStream<Path> content = Files.newDirectoryStream(directory)) {
            return !content.iterator().hasNext();
        }
    }

    /** Deletes what extraction wrote: the content of a pre-existing empty target, or the whole target. */
    private static void deleteExtracted(Path target, boolean keepTarget) {
        try {
            Files.walkFileTree(target, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    if (!keepTarget || !dir.equals(target)) {
                        Files.deleteIfExists(dir);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // best effort: the original failure is what the caller needs to see
        }
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static DomainException tooLarge(ZipLimits limits) {
        return new DomainException("scorm.tooLarge", (limits.maxUncompressedBytes() + MIB - 1) / MIB);
    }

    private static DomainException duplicate(String name) {
        return new DomainException("scorm.duplicateEntry", printable(name));
    }

    private static DomainException pathEscape(String name) {
        return new DomainException("scorm.pathEscape", printable(name));
    }

    /** The entry name for an error message: control characters shown as {@code ?}, at most 100 characters. */
    static String printable(String name) {
        StringBuilder b = new StringBuilder();
        name.codePoints().limit(100).forEach(cp -> {
            if (Character.isISOControl(cp)) {
                b.append('?');
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    private static void closeQuietly(ZipFile zipFile) {
        try {
            zipFile.close();
        } catch (IOException e) {
            // nothing to do: the archive is being abandoned
        }
    }

    @Override
    public void close() {
        closeQuietly(zipFile);
    }
}
