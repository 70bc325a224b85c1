package net.safeskill.lms.catalogue.domain.model.upload;

import java.io.EOFException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * Upload inspector (上传文件检查器): decides from the bytes of an uploaded file whether it really is
 * what the uploader claims, before the catalogue stores it.
 *
 * <p>Checks, in this order, each failing with a {@link DomainException}:
 * <ol>
 * <li>{@code upload.empty} &ndash; the file has no bytes;</li>
 * <li>{@code upload.tooLarge} (limit in MiB) &ndash; bigger than {@link UploadLimits#maxBytes(UploadKind)};</li>
 * <li>{@code upload.extension} &ndash; the declared file name does not end in an extension of the kind;</li>
 * <li>{@code upload.contentType} &ndash; the declared content type is not plausible for the kind;</li>
 * <li>content sniffing: {@code upload.notMp4}, {@code upload.notPdf}, {@code upload.notImage},
 * {@code upload.imageTooLarge} (width, height) or {@code upload.notZip}.</li>
 * </ol>
 *
 * <p>Image dimensions are read from the file header without decoding pixels, so an image that would
 * decompress to gigabytes (解压炸弹) is refused cheaply. The inspector is stateless and thread-safe.
 */
public final class UploadInspector {

    /** Maximum length, in characters (code points), of a {@link #safeFileName(String) safe file name}. */
    public static final int MAX_FILE_NAME_LENGTH = 120;

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final int PDF_HEADER_WINDOW = 1024;
    private static final int PDF_TRAILER_WINDOW = 2048;
    private static final int IMAGE_HEADER_BYTES = 32;
    private static final Set<String> WINDOWS_DEVICE_NAMES = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private final UploadLimits limits;

    public UploadInspector(UploadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** @return the limits this inspector enforces */
    public UploadLimits limits() {
        return limits;
    }

    /**
     * Inspects an uploaded file.
     *
     * @param expected            what the file is meant to be
     * @param declaredFileName    the file name the browser sent (may contain directories)
     * @param declaredContentType the content type the browser sent; may be {@code null}
     * @param file                the uploaded bytes, a regular file
     * @return what the file really is
     * @throws DomainException        if a rule is violated (codes in the class comment)
     * @throws UncheckedIOException   if the file cannot be read
     * @throws IllegalArgumentException if {@code file} is not a regular file
     */
    public InspectedUpload inspect(UploadKind expected, String declaredFileName, String declaredContentType,
            Path file) {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("not a regular file: " + file);
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new DomainException("upload.empty");
            }
            long limit = limits.maxBytes(expected);
            if (size > limit) {
                throw new DomainException("upload.tooLarge", (limit + UploadLimits.MIB - 1) / UploadLimits.MIB);
            }
            String extension = extensionOf(declaredFileName);
            if (!expected.allowedExtensions().contains(extension)) {
                throw new DomainException("upload.extension");
            }
            if (!expected.acceptsContentType(declaredContentType)) {
                throw new DomainException("upload.contentType");
            }
            return switch (expected) {
                case VIDEO -> inspectVideo(file, size);
                case DOCUMENT -> inspectPdf(file, size);
                case IMAGE -> inspectImage(file, size);
                case SCORM_PACKAGE -> inspectZip(file, size);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InspectedUpload inspectVideo(Path file, long size) throws IOException {
        Mp4Probe.Mp4Info info;
        try {
            info = Mp4Probe.probe(file);
        } catch (EOFException e) {
            throw new DomainException("upload.notMp4");
        }
        return new InspectedUpload(UploadKind.VIDEO, "video/mp4", "mp4", size, info.durationMillis(),
                OptionalInt.empty(), OptionalInt.empty());
    }

    private static InspectedUpload inspectPdf(Path file, long size) throws IOException {
        byte[] head = readAt(file, 0, (int) Math.min(size, PDF_HEADER_WINDOW));
        byte[] tail = readAt(file, Math.max(0, size - PDF_TRAILER_WINDOW), (int) Math.min(size, PDF_TRAILER_WINDOW));
        boolean header = indexOf(head, ascii("%PDF-1.")) >= 0 || indexOf(head, ascii("%PDF-2.")) >= 0;
        if (!header || indexOf(tail, ascii("%%EOF")) < 0) {
            throw new DomainException("upload.notPdf");
        }
        return new InspectedUpload(UploadKind.DOCUMENT, "application/pdf", "pdf", size, OptionalLong.empty(),
                OptionalInt.empty(), OptionalInt.empty());
    }

    private InspectedUpload inspectImage(Path file, long size) throws IOException {
        byte[] head = readAt(file, 0, (int) Math.min(size, IMAGE_HEADER_BYTES));
        String format;
        int[] dimensions;
        if (startsWith(head, JPEG_MAGIC)) {
            format = "jpeg";
            dimensions = imageIoDimensions(file, "jpeg");
        } else if (startsWith(head, PNG_MAGIC)) {
            format = "png";
            dimensions = imageIoDimensions(file, "png");
        } else if (head.length >= 12 && startsWith(head, ascii("RIFF"))
                && Arrays.equals(head, 8, 12, ascii("WEBP"), 0, 4)) {
            format = "webp";
            dimensions = webpDimensions(head, size);
        } else {
            throw new DomainException("upload.notImage");
        }
        int width = dimensions[0];
        int height = dimensions[1];
        if (width <= 0 || height <= 0) {
            throw new DomainException("upload.notImage");
        }
        if (width > limits.maxImageSide() || height > limits.maxImageSide()
                || (long) width * height > limits.maxImagePixels()) {
            throw new DomainException("upload.imageTooLarge", width, height);
        }
        String extension = "jpeg".equals(format) ? "jpg" : format;
        return new InspectedUpload(UploadKind.IMAGE, "image/" + format, extension, size, OptionalLong.empty(),
                OptionalInt.of(width), OptionalInt.of(height));
    }

    /** Reads the dimensions from the header through an ImageIO reader of the sniffed format; no pixels. */
    private static int[] imageIoDimensions(Path file, String format) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + format);
        }
        ImageReader reader = readers.next();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r");
                ImageInputStream in = new FileImageInputStream(raf)) {
            reader.setInput(in, true, true);
            return new int[] {reader.getWidth(0), reader.getHeight(0)};
        } catch (IOException | RuntimeException e) {
            // javax.imageio.IIOException and the odd IndexOutOfBounds from a broken header
            throw new DomainException("upload.notImage");
        } finally {
            reader.dispose();
        }
    }

    /**
     * Reads the canvas size of a WebP file from its first chunk: {@code VP8X} (extended),
     * {@code VP8L} (lossless) or {@code VP8 } (lossy key frame).
     */
    private static int[] webpDimensions(byte[] head, long size) {
        if (head.length < 30) {
            throw new DomainException("upload.notImage");
        }
        ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        long riffSize = b.getInt(4) & 0xFFFFFFFFL;
        long chunkSize = b.getInt(16) & 0xFFFFFFFFL;
        if (riffSize + 8 > size || riffSize < 4 + 8 + chunkSize) {
            throw new DomainException("upload.notImage");
        }
        String chunk = new String(head, 12, 4, StandardCharsets.ISO_8859_1);
        switch (chunk) {
            case "VP8X" -> {
                if (chunkSize < 10) {
                    throw new DomainException("upload.notImage");
                }
                return new int[] {1 + uint24(head, 24), 1 + uint24(head, 27)};
            }
            case "VP8L" -> {
                if (chunkSize < 5 || (head[20] & 0xFF) != 0x2F) {
                    throw new DomainException("upload.notImage");
                }
                int bits = b.getInt(21);
                if ((bits >>> 29) != 0) {
                    throw new DomainException("upload.notImage");
                }
                return new int[] {(bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1};
            }
            case "VP8 " -> {
                boolean keyFrame = (head[20] & 0x01) == 0;
                boolean startCode = (head[23] & 0xFF) == 0x9D && (head[24] & 0xFF) == 0x01
                        && (head[25] & 0xFF) == 0x2A;
                if (chunkSize < 10 || !keyFrame || !startCode) {
                    throw new DomainException("upload.notImage");
                }
                return new int[] {b.getShort(26) & 0x3FFF, b.getShort(28) & 0x3FFF};
            }
            default -> throw new DomainException("upload.notImage");
        }
    }

    private static InspectedUpload inspectZip(Path file, long size) throws IOException {
        if (!startsWith(readAt(file, 0, (int) Math.min(size, ZIP_MAGIC.length)), ZIP_MAGIC)) {
            throw new DomainException("upload.notZip");
        }
        return new InspectedUpload(UploadKind.SCORM_PACKAGE, "application/zip", "zip", size, OptionalLong.empty(),
                OptionalInt.empty(), OptionalInt.empty());
    }

    /**
     * Makes an uploaded file name safe to store and show (安全文件名): drops any directory part (both
     * {@code /} and {@code \}, so {@code C:\x\y.pdf} becomes {@code y.pdf}), removes control and
     * invisible formatting characters (such as right-to-left overrides), replaces characters that
     * Windows forbids, trims dots and spaces at both ends, and shortens the name to
     * {@value #MAX_FILE_NAME_LENGTH} characters keeping a short extension. Chinese and other letters are kept.
     *
     * @param fileName a file name as declared by a browser; may be {@code null}
     * @return a non-blank name without path separators; {@code "upload"} if nothing usable is left
     */
    public static String safeFileName(String fileName) {
        if (fileName == null) {
            return "upload";
        }
        String name = fileName;
        int separator = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        if (separator >= 0) {
            name = name.substring(separator + 1);
        }
        StringBuilder cleaned = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                cleaned.append(' ');
            } else if (Character.isISOControl(cp) || type == Character.FORMAT || type == Character.UNASSIGNED
                    || type == Character.SURROGATE || type == Character.PRIVATE_USE) {
                return;
            } else if ("<>:\"|?*".indexOf(cp) >= 0) {
                cleaned.append('_');
            } else {
                cleaned.appendCodePoint(cp);
            }
        });
        String result = cleaned.toString().replaceAll(" {2,}", " ").replaceAll("^[. ]+|[. ]+$", "");
        if (result.isEmpty()) {
            return "upload";
        }
        int dot = result.lastIndexOf('.');
        String base = dot > 0 ? result.substring(0, dot) : result;
        String extension = dot > 0 ? result.substring(dot) : "";
        if (WINDOWS_DEVICE_NAMES.contains(base.toLowerCase(Locale.ROOT))) {
            base = "_" + base;
        }
        if (extension.codePointCount(0, extension.length()) > 16) {
            base = result;
            extension = "";
        }
        int room = MAX_FILE_NAME_LENGTH - extension.codePointCount(0, extension.length());
        if (base.codePointCount(0, base.length()) > room) {
            base = base.substring(0, base.offsetByCodePoints(0, room)).stripTrailing();
        }
        return base + extension;
    }

    /** @return the lower-case extension of the last path segment of {@code fileName}, or {@code ""} */
    static String extensionOf(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.strip();
        int separator = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(separator + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static byte[] readAt(Path file, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(position);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // keep reading until full or end of file
            }
        }
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    private static int uint24(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) | (bytes[offset + 1] & 0xFF) << 8 | (bytes[offset + 2] & 0xFF) << 16;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
