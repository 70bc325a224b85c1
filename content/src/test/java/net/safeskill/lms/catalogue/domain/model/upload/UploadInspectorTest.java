package net.safeskill.lms.catalogue.domain.model.upload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import net.safeskill.lms.shared.domain.DomainException;

class UploadInspectorTest {

    static final byte[] PDF = ("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
            + "trailer\n<< /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    Path dir;

    final UploadInspector inspector = new UploadInspector(UploadLimits.defaults());

    Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name + "-" + System.nanoTime()), content);
    }

    static String code(Runnable action) {
        return assertThrows(DomainException.class, action::run).code();
    }

    static byte[] imageIo(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width / 2, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out));
        return out.toByteArray();
    }

    /** A PNG of just a signature, an IHDR claiming the given size (with a correct CRC) and IEND. */
    static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        CRC32 endCrc = new CRC32();
        endCrc.update("IEND".getBytes(StandardCharsets.US_ASCII));
        return ByteBuffer.allocate(8 + 4 + 17 + 4 + 12)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
                .putInt(13).put(ihdr.array()).putInt((int) crc.getValue())
                .putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt((int) endCrc.getValue()).array();
    }

    /** A WebP RIFF container whose first chunk is {@code chunk} with the given payload, padded to {@code total}. */
    static byte[] webp(String chunk, byte[] payload) {
        int padded = payload.length + (payload.length & 1);
        ByteBuffer b = ByteBuffer.allocate(20 + padded).order(ByteOrder.LITTLE_ENDIAN)
                .put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + padded)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII)).put(chunk.getBytes(StandardCharsets.US_ASCII))
                .putInt(payload.length).put(payload);
        return b.array();
    }

    static byte[] vp8x(int width, int height) {
        byte[] p = new byte[10];
        p[0] = 0x10; // alpha flag
        put24(p, 4, width - 1);
        put24(p, 7, height - 1);
        return webp("VP8X", p);
    }

    static byte[] vp8l(int width, int height) {
        int bits = (width - 1) | (height - 1) << 14;
        ByteBuffer p = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).put((byte) 0x2F).putInt(bits);
        return webp("VP8L", p.array());
    }

    static byte[] vp8(int width, int height, boolean keyFrame) {
        ByteBuffer p = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN)
                .put((byte) (keyFrame ? 0x10 : 0x11)).put((byte) 0x02).put((byte) 0x00)
                .put((byte) 0x9D).put((byte) 0x01).put((byte) 0x2A)
                .putShort((short) width).putShort((short) height);
        return webp("VP8 ", p.array());
    }

    static void put24(byte[] b, int offset, int value) {
        b[offset] = (byte) value;
        b[offset + 1] = (byte) (value >> 8);
        b[offset + 2] = (byte) (value >> 16);
    }

    static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("imsmanifest.xml"));
            z.write("<manifest/>".getBytes(StandardCharsets.US_ASCII));
            z.closeEntry();
        }
        return out.toByteArray();
    }

    // ---- video ----

    @Test
    void acceptsAValidMp4AndReportsItsDuration() throws IOException {
        byte[] bytes = Mp4Files.mp4(0, 1000, 95_500);
        InspectedUpload upload = inspector.inspect(UploadKind.VIDEO, "lesson1.MP4", "video/mp4", file("v", bytes));
        assertEquals(UploadKind.VIDEO, upload.kind());
        assertEquals("video/mp4", upload.mediaType());
        assertEquals("mp4", upload.extension());
        assertEquals(bytes.length, upload.sizeBytes());
        assertEquals(OptionalLong.of(95_500), upload.durationMillis());
        assertEquals(OptionalInt.empty(), upload.width());

        InspectedUpload m4v = inspector.inspect(UploadKind.VIDEO, "lesson.m4v", "video/x-m4v",
                file("v", Mp4Files.mp4(1, 48_000, 48_000L * 60)));
        assertEquals("mp4", m4v.extension());
        assertEquals(OptionalLong.of(60_000), m4v.durationMillis());
    }

    @Test
    void refusesARenamedPdfAndBrokenMp4s() throws IOException {
        assertEquals("upload.notMp4", code(() -> inspect(UploadKind.VIDEO, "movie.mp4", "video/mp4", PDF)));
        byte[] good = Mp4Files.mp4(0, 1000, 1);
        assertEquals("upload.notMp4", code(() -> inspect(UploadKind.VIDEO, "cut.mp4", null,
                Arrays.copyOf(good, good.length - 10))));
        assertEquals("upload.notMp4", code(() -> inspect(UploadKind.VIDEO, "nomoov.mp4", null,
                Mp4Files.concat(Mp4Files.standardFtyp(), Mp4Files.mdat(100)))));
    }

    // ---- PDF ----

    @Test
    void acceptsPdf1And2() throws IOException {
        InspectedUpload pdf = inspector.inspect(UploadKind.DOCUMENT, "handout.pdf", "application/pdf", file("d", PDF));
        assertEquals("application/pdf", pdf.mediaType());
        assertEquals("pdf", pdf.extension());
        assertEquals(OptionalLong.empty(), pdf.durationMillis());
        byte[] pdf2 = "%PDF-2.0\n1 0 obj<<>>endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        assertEquals("pdf", inspector.inspect(UploadKind.DOCUMENT, "a.PDF", null, file("d", pdf2)).extension());
    }

    @Test
    void acceptsJunkBeforeTheHeaderWithinTheFirstKilobyteAndBytesAfterEof() throws IOException {
        byte[] bytes = concat(new byte[1000], PDF, new byte[1500]);
        assertEquals("pdf", inspector.inspect(UploadKind.DOCUMENT, "a.pdf", null, file("d", bytes)).extension());
    }

    @Test
    void refusesPdfsWithoutHeaderOrEof() {
        assertEquals("upload.notPdf", code(() -> inspect(UploadKind.DOCUMENT, "late.pdf", null,
                concat(new byte[1020], PDF))));
        byte[] truncated = Arrays.copyOf(PDF, PDF.length - 7);
        assertEquals("upload.notPdf", code(() -> inspect(UploadKind.DOCUMENT, "truncated.pdf", null, truncated)));
        assertEquals("upload.notPdf", code(() -> inspect(UploadKind.DOCUMENT, "eofTooEarly.pdf", null,
                concat(PDF, new byte[2100]))));
        assertEquals("upload.notPdf", code(() -> inspect(UploadKind.DOCUMENT, "pdf1.pdf", null,
                "%PDF-3.0\n%%EOF".getBytes(StandardCharsets.US_ASCII))));
        assertEquals("upload.notPdf", code(() -> inspect(UploadKind.DOCUMENT, "image.pdf", null,
                pngHeader(10, 10))));
    }

    // ---- images ----

    @Test
    void acceptsPngAndJpegAndReadsTheirSize() throws IOException {
        InspectedUpload png = inspector.inspect(UploadKind.IMAGE, "cover.png", "image/png",
                file("i", imageIo("png", 320, 180)));
        assertEquals("image/png", png.mediaType());
        assertEquals("png", png.extension());
        assertEquals(OptionalInt.of(320), png.width());
        assertEquals(OptionalInt.of(180), png.height());

        InspectedUpload jpeg = inspector.inspect(UploadKind.IMAGE, "cover.jpeg", "image/jpeg",
                file("i", imageIo("jpeg", 64, 48)));
        assertEquals("image/jpeg", jpeg.mediaType());
        assertEquals("jpg", jpeg.extension());
        assertEquals(OptionalInt.of(64), jpeg.width());
        assertEquals(OptionalInt.of(48), jpeg.height());
    }

    @Test
    void theBytesDecideTheImageFormatNotTheName() throws IOException {
        InspectedUpload upload = inspector.inspect(UploadKind.IMAGE, "cover.jpg", "image/jpeg",
                file("i", imageIo("png", 8, 8)));
        assertEquals("image/png", upload.mediaType());
        assertEquals("png", upload.extension());
    }

    @Test
    void readsWebpSizesFromVp8xVp8lAndVp8Headers() throws IOException {
        InspectedUpload extended = inspector.inspect(UploadKind.IMAGE, "a.webp", "image/webp", file("w", vp8x(800, 600)));
        assertEquals("image/webp", extended.mediaType());
        assertEquals("webp", extended.extension());
        assertEquals(OptionalInt.of(800), extended.width());
        assertEquals(OptionalInt.of(600), extended.height());

        InspectedUpload lossless = inspector.inspect(UploadKind.IMAGE, "b.webp", null, file("w", vp8l(300, 200)));
        assertEquals(OptionalInt.of(300), lossless.width());
        assertEquals(OptionalInt.of(200), lossless.height());

        InspectedUpload lossy = inspector.inspect(UploadKind.IMAGE, "c.webp", null, file("w", vp8(1024, 768, true)));
        assertEquals(OptionalInt.of(1024), lossy.width());
        assertEquals(OptionalInt.of(768), lossy.height());
    }

    @Test
    void refusesBrokenWebp() {
        assertEquals("upload.notImage", code(() -> inspect(UploadKind.IMAGE, "a.webp", null, vp8(10, 10, false))));
        byte[] unknownChunk = webp("VP9 ", new byte[12]);
        assertEquals("upload.notImage", code(() -> inspect(UploadKind.IMAGE, "b.webp", null, unknownChunk)));
        byte[] truncated = Arrays.copyOf(vp8x(10, 10), 26);
        assertEquals("upload.notImage", code(() -> inspect(UploadKind.IMAGE, "c.webp", null, truncated)));
        byte[] lyingRiff = vp8l(10, 10);
        ByteBuffer.wrap(lyingRiff).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 1_000_000);
        assertEquals("upload.notImage", code(() -> inspect(UploadKind.IMAGE, "d.webp", null, lyingRiff)));
        byte[] badSignature = vp8l(10, 10);
        badSignature[20] = 0x2E;
        assertEquals("upload.notImage", code(() -> inspect(UploadKind.IMAGE, "e.webp", null, badSignature)));
    }

    @Test
    void refusesAPngBombFromItsHeaderAloneWithoutDecoding() throws IOException {
        Path bomb = file("bomb", pngHeader(50_000, 50_000));
        DomainException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(DomainException.class,
                () -> inspector.inspect(UploadKind.IMAGE, "bomb.png", "image/png", bomb)));
        assertEquals("upload.imageTooLarge", e.code());
        assertArrayEquals(new Object[] {50_000, 50_000}, e.args());
    }

    @Test
    void refusesAJpegBombAndWebpBombs() throws IOException {
        byte[] jpeg = imageIo("jpeg", 16, 16);
        int sof = indexOfSof(jpeg);
        ByteBuffer.wrap(jpeg).putShort(sof + 5, (short) 60_000).putShort(sof + 7, (short) 60_000);
        assertEquals("upload.imageTooLarge", code(() -> inspect(UploadKind.IMAGE, "bomb.jpg", null, jpeg)));
        assertEquals("upload.imageTooLarge", code(() -> inspect(UploadKind.IMAGE, "x.webp", null, vp8x(16_384, 16_384))));
        assertEquals("upload.imageTooLarge", code(() -> inspect(UploadKind.IMAGE, "l.webp", null, vp8l(16_384, 2))));
    }

    private static int indexOfSof(byte[] jpeg) {
        for (int i = 2; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC0) {
                return i;
            }
        }
        throw new AssertionError("no SOF0 marker");
    }

    @Test
    void enforcesTheMaximumSideAndTheMaximumPixelCountSeparately() throws IOException {
        // 5000 x 10 is only 50,000 pixels but wider than 4096
        assertEquals("upload.imageTooLarge", code(() -> inspect(UploadKind.IMAGE, "wide.png", null, pngHeader(5000, 10))));
        // exactly at the limits is fine (the header is read, so a header-only PNG suffices)
        assertEquals(OptionalInt.of(4096), inspector.inspect(UploadKind.IMAGE, "edge.png", null,
                file("p", pngHeader(4096, 3906))).width());
        // 4000 x 4001 fits each side but is 16,004,000 pixels
        assertEquals("upload.imageTooLarge", code(() -> inspect(UploadKind.IMAGE, "big.png", null, pngHeader(4000, 4001))));
        UploadInspector strict = new UploadInspector(UploadLimits.defaults().withImageLimits(100, 50));
        assertThrows(DomainException.class, () -> strict.inspect(UploadKind.IMAGE, "a.png", null,
                file("p", pngHeader(20, 20))));
        assertEquals(OptionalInt.of(10), strict.inspect(UploadKind.IMAGE, "a.png", null,
                file("p", pngHeader(10, 10))).width());
    }

    @Test
    void refusesTextNamedLikeAnImageAndBrokenImages() {
        byte[] text = "just some text, not an image".getBytes(StandardCharsets.US_ASCII);
        assertEquals("upload.notImage", code(() -> inspect(UploadKind.IMAGE, "photo.jpg", "image/jpeg", text)));
        byte[] jpegMagicOnly = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0, 1, 2, 3};
        assertEquals("upload.notImage", code(() -> inspect(UploadKind.IMAGE, "broken.jpg", null, jpegMagicOnly)));
        byte[] pngSignatureOnly = Arrays.copyOf(pngHeader(10, 10), 8);
        assertEquals("upload.notImage", code(() -> inspect(UploadKind.IMAGE, "broken.png", null, pngSignatureOnly)));
        assertEquals("upload.notImage", code(() -> inspect(UploadKind.IMAGE, "zero.png", null, pngHeader(0, 10))));
        assertEquals("upload.notImage", code(() -> inspect(UploadKind.IMAGE, "gif.png", null,
                "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1))));
    }

    // ---- zip ----

    @Test
    void acceptsAZipAndRefusesOtherBytesNamedZip() throws IOException {
        InspectedUpload upload = inspector.inspect(UploadKind.SCORM_PACKAGE, "course.zip", "application/x-zip-compressed",
                file("z", zip()));
        assertEquals("application/zip", upload.mediaType());
        assertEquals("zip", upload.extension());
        assertEquals("upload.notZip", code(() -> inspect(UploadKind.SCORM_PACKAGE, "course.zip", null, PDF)));
        assertEquals("upload.notZip", code(() -> inspect(UploadKind.SCORM_PACKAGE, "course.zip", null, new byte[] {'P'})));
    }

    // ---- generic rules ----

    @Test
    void refusesAnEmptyFileBeforeAnythingElse() {
        assertEquals("upload.empty", code(() -> inspect(UploadKind.DOCUMENT, "a.pdf", "application/pdf", new byte[0])));
        assertEquals("upload.empty", code(() -> inspect(UploadKind.VIDEO, "a.exe", "text/html", new byte[0])));
    }

    @Test
    void refusesFilesOverTheLimitOfTheirKindAndReportsTheLimitInMib() throws IOException {
        UploadInspector small = new UploadInspector(UploadLimits.defaults().withMaxBytes(UploadKind.DOCUMENT, 50));
        DomainException e = assertThrows(DomainException.class,
                () -> small.inspect(UploadKind.DOCUMENT, "a.pdf", null, file("d", PDF)));
        assertEquals("upload.tooLarge", e.code());
        assertArrayEquals(new Object[] {1L}, e.args());
        // the size rule comes before the extension rule and does not read the content
        Path sparse = dir.resolve("sparse.bin");
        try (RandomAccessFile raf = new RandomAccessFile(sparse.toFile(), "rw")) {
            raf.setLength(100 * UploadLimits.MIB + 1);
        }
        DomainException big = assertThrows(DomainException.class,
                () -> inspector.inspect(UploadKind.DOCUMENT, "a.exe", null, sparse));
        assertEquals("upload.tooLarge", big.code());
        assertArrayEquals(new Object[] {100L}, big.args());
        // exactly at the limit is fine
        UploadInspector exact = new UploadInspector(UploadLimits.defaults().withMaxBytes(UploadKind.DOCUMENT, PDF.length));
        assertEquals(PDF.length, exact.inspect(UploadKind.DOCUMENT, "a.pdf", null, file("d", PDF)).sizeBytes());
    }

    @ParameterizedTest
    @CsvSource({
        "VIDEO, lesson.avi", "VIDEO, lesson.mov", "VIDEO, lesson.mp4.exe", "VIDEO, lesson",
        "DOCUMENT, handout.docx", "DOCUMENT, handout.pdf.", "IMAGE, cover.gif", "IMAGE, cover.svg",
        "SCORM_PACKAGE, course.rar", "SCORM_PACKAGE, course.7z"})
    void refusesExtensionsNotAllowedForTheKind(UploadKind kind, String name) {
        assertEquals("upload.extension", code(() -> inspect(kind, name, null, PDF)));
    }

    @Test
    void refusesAMissingFileName() {
        assertEquals("upload.extension", code(() -> inspect(UploadKind.DOCUMENT, null, null, PDF)));
    }

    @Test
    void takesTheExtensionFromTheLastPathSegment() throws IOException {
        assertEquals("pdf", inspector.inspect(UploadKind.DOCUMENT, "C:\\docs.v2\\handout.PDF", null,
                file("d", PDF)).extension());
        assertEquals("upload.extension", code(() -> inspect(UploadKind.DOCUMENT, "docs.pdf/handout", null, PDF)));
    }

    @ParameterizedTest
    @CsvSource({"DOCUMENT, text/html", "DOCUMENT, image/png", "IMAGE, video/mp4", "IMAGE, image/svg+xml",
        "VIDEO, video/quicktime", "SCORM_PACKAGE, application/x-rar-compressed", "SCORM_PACKAGE, text/plain"})
    void refusesImplausibleContentTypes(UploadKind kind, String contentType) {
        String name = switch (kind) {
            case VIDEO -> "a.mp4";
            case DOCUMENT -> "a.pdf";
            case IMAGE -> "a.png";
            case SCORM_PACKAGE -> "a.zip";
        };
        assertEquals("upload.contentType", code(() -> inspect(kind, name, contentType, PDF)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"application/octet-stream", "APPLICATION/PDF", "application/pdf; charset=binary",
        " application/x-pdf ", "Application/Octet-Stream;q=1"})
    void acceptsAbsentGenericAndParameterisedContentTypes(String contentType) throws IOException {
        assertEquals("pdf", inspector.inspect(UploadKind.DOCUMENT, "a.pdf", contentType, file("d", PDF)).extension());
    }

    @Test
    void refusesWhatIsNotARegularFile() {
        assertThrows(IllegalArgumentException.class, () -> inspector.inspect(UploadKind.DOCUMENT, "a.pdf", null, dir));
        assertThrows(IllegalArgumentException.class,
                () -> inspector.inspect(UploadKind.DOCUMENT, "a.pdf", null, dir.resolve("missing.pdf")));
    }

    // ---- file names ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "../../etc/passwd|passwd",
        "C:\\x\\y.pdf|y.pdf",
        "\\\\server\\share\\lesson.mp4|lesson.mp4",
        "/var/tmp/../cover.png|cover.png",
        "..|upload",
        "'   '|upload",
        "' .hidden.pdf. '|hidden.pdf",
        "CON.pdf|_CON.pdf",
        "report   final .pdf|report final .pdf",
        "\u5b89\u5168\u57f9\u8bad\uff08\u7b2c1\u8bfe\uff09.mp4|\u5b89\u5168\u57f9\u8bad\uff08\u7b2c1\u8bfe\uff09.mp4"})
    void makesFileNamesSafe(String input, String expected) {
        assertEquals(expected, UploadInspector.safeFileName(input));
    }

    @Test
    void replacesCharactersWindowsForbidsAndDropsControlAndBidiCharacters() {
        assertEquals("a_b__c_d__.pdf", UploadInspector.safeFileName("a<b>:c|d?*.pdf"));
        // U+202E RIGHT-TO-LEFT OVERRIDE would display "invoice\u202Efdp.exe" as "invoiceexe.pdf"
        assertEquals("invoicefdp.exe", UploadInspector.safeFileName("invoice\u202Efdp.exe"));
        assertEquals("ab.pdf", UploadInspector.safeFileName("a\u0000b\u0007.pdf"));
        assertEquals("line break.pdf", UploadInspector.safeFileName("line\nbreak.pdf"));
        assertEquals("upload", UploadInspector.safeFileName(null));
    }

    @Test
    void shortensLongNamesTo120CharactersKeepingTheExtension() {
        // 200 times U+5B89 (an) followed by .pdf
        String longName = "\u5b89".repeat(200) + ".pdf";
        String safe = UploadInspector.safeFileName(longName);
        assertEquals(UploadInspector.MAX_FILE_NAME_LENGTH, safe.codePointCount(0, safe.length()));
        assertTrue(safe.endsWith(".pdf"));
        // supplementary characters (an emoji-like CJK extension B character) are never split
        String wide = "\uD840\uDC00".repeat(130);
        String safeWide = UploadInspector.safeFileName(wide);
        assertEquals(UploadInspector.MAX_FILE_NAME_LENGTH, safeWide.codePointCount(0, safeWide.length()));
        assertFalse(Character.isHighSurrogate(safeWide.charAt(safeWide.length() - 1)));
        String longExtension = "a." + "x".repeat(200);
        assertEquals(UploadInspector.MAX_FILE_NAME_LENGTH, UploadInspector.safeFileName(longExtension).length());
    }

    // ---- limits and records ----

    @Test
    void defaultLimitsMatchThePlatformPolicy() {
        UploadLimits limits = UploadLimits.defaults();
        assertEquals(2L * 1024 * 1024 * 1024, limits.maxBytes(UploadKind.VIDEO));
        assertEquals(100L * 1024 * 1024, limits.maxBytes(UploadKind.DOCUMENT));
        assertEquals(5L * 1024 * 1024, limits.maxBytes(UploadKind.IMAGE));
        assertEquals(500L * 1024 * 1024, limits.maxBytes(UploadKind.SCORM_PACKAGE));
        assertEquals(4096, limits.maxImageSide());
        assertEquals(16_000_000L, limits.maxImagePixels());
        assertThrows(IllegalArgumentException.class, () -> limits.withMaxBytes(UploadKind.IMAGE, 0));
        assertThrows(IllegalArgumentException.class, () -> limits.withImageLimits(0, 10));
        assertThrows(UnsupportedOperationException.class, () -> limits.maxBytes().put(UploadKind.IMAGE, 1L));
    }

    @Test
    void inspectedUploadRefusesInconsistentState() {
        assertThrows(IllegalArgumentException.class, () -> new InspectedUpload(UploadKind.DOCUMENT, "application/pdf",
                "pdf", 0, OptionalLong.empty(), OptionalInt.empty(), OptionalInt.empty()));
        assertThrows(IllegalArgumentException.class, () -> new InspectedUpload(UploadKind.DOCUMENT, "application/pdf",
                "pdf", 1, OptionalLong.of(5), OptionalInt.empty(), OptionalInt.empty()));
        assertThrows(IllegalArgumentException.class, () -> new InspectedUpload(UploadKind.IMAGE, "image/png",
                "png", 1, null, OptionalInt.of(1), null));
        assertThrows(IllegalArgumentException.class, () -> new InspectedUpload(UploadKind.VIDEO, "video/mp4",
                "mp4", 1, null, OptionalInt.of(1), OptionalInt.of(1)));
        assertEquals(OptionalLong.empty(), new InspectedUpload(UploadKind.VIDEO, "video/mp4", "mp4", 1, null, null, null)
                .durationMillis());
    }

    private void inspect(UploadKind kind, String name, String contentType, byte[] content) {
        try {
            inspector.inspect(kind, name, contentType, file("f", content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        return Mp4Files.concat(parts);
    }
}
