package net.safeskill.lms.catalogue.infrastructure.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds sample SCORM packages in memory (示例 SCORM 课件包).
 *
 * <p>{@link #scorm12(String)} and {@link #scorm2004(String)} return real, minimal single-SCO courses:
 * an {@code imsmanifest.xml} with the namespaces and schema version of the edition, and an
 * {@code index.html} SCO of three pages of safety content (from the resource
 * {@code /samples/scorm/sco.html}). The SCO finds the LMS runtime API ({@code API} for 1.2,
 * {@code API_1484_11} for 2004) in its parent frames or opener, resumes on the bookmarked page
 * ({@code cmi.core.lesson_location} / {@code cmi.location} and {@code cmi.suspend_data}), bookmarks
 * every page change, reports completion (and success for 2004) on the last page, and commits each
 * time. Its controls have stable ids for browser tests: {@code scorm-prev}, {@code scorm-next} and
 * {@code scorm-page} (the current page number).
 *
 * <p>The other methods build hostile or broken archives that the platform must refuse.
 * All archives are deterministic: the same arguments give the same bytes.
 */
public final class SampleScormPackages {

    /** Name of the SCO file of the sample packages. */
    public static final String LAUNCH_FILE = "index.html";

    /** Number of pages of the sample SCO. */
    public static final int PAGE_COUNT = 3;

    /** Uncompressed size of the single entry of {@link #zipBomb()}: 1,127 MiB of zeros. */
    public static final long ZIP_BOMB_BYTES = 1127L * 1024 * 1024;

    private static final String TEMPLATE = "/samples/scorm/sco.html";
    private static final LocalDateTime TIMESTAMP = LocalDateTime.of(2026, 1, 1, 8, 0);

    private static final String MANIFEST_12 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest identifier="%1$s" version="1.0"
                xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd \
            http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd \
            http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
              <metadata>
                <schema>ADL SCORM</schema>
                <schemaversion>1.2</schemaversion>
              </metadata>
              <organizations default="ORG-1">
                <organization identifier="ORG-1">
                  <title>%2$s</title>
                  <item identifier="ITEM-1" identifierref="RES-SCO" isvisible="true">
                    <title>%2$s</title>
                    <adlcp:masteryscore>80</adlcp:masteryscore>
                  </item>
                </organization>
              </organizations>
              <resources>
                <resource identifier="RES-SCO" type="webcontent" adlcp:scormtype="sco" href="index.html">
                  <file href="index.html"/>
                </resource>
              </resources>
            </manifest>
            """;

    private static final String MANIFEST_2004 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest identifier="%1$s" version="1.0"
                xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
                xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
                xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
                xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
                xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd \
            http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd \
            http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd \
            http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd \
            http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
              <metadata>
                <schema>ADL SCORM</schema>
                <schemaversion>2004 4th Edition</schemaversion>
              </metadata>
              <organizations default="ORG-1">
                <organization identifier="ORG-1" adlseq:objectivesGlobalToSystem="false">
                  <title>%2$s</title>
                  <item identifier="ITEM-1" identifierref="RES-SCO" isvisible="true">
                    <title>%2$s</title>
                    <imsss:sequencing>
                      <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
                    </imsss:sequencing>
                  </item>
                  <imsss:sequencing>
                    <imsss:controlMode choice="true" flow="true"/>
                  </imsss:sequencing>
                </organization>
              </organizations>
              <resources>
                <resource identifier="RES-SCO" type="webcontent" adlcp:scormType="sco" href="index.html">
                  <file href="index.html"/>
                </resource>
              </resources>
            </manifest>
            """;

    private static final String XXE_MANIFEST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE manifest [
              <!ENTITY xxe SYSTEM "file:///etc/passwd">
            ]>
            <manifest identifier="XXE" version="1.0"
                xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
              <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
              <organizations default="ORG-1">
                <organization identifier="ORG-1">
                  <title>&xxe;</title>
                  <item identifier="ITEM-1" identifierref="RES-SCO"><title>&xxe;</title></item>
                </organization>
              </organizations>
              <resources>
                <resource identifier="RES-SCO" type="webcontent" adlcp:scormtype="sco" href="index.html">
                  <file href="index.html"/>
                </resource>
              </resources>
            </manifest>
            """;

    private static final String MALFORMED_MANIFEST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest identifier="BROKEN" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2">
              <metadata><schemaversion>1.2</schemaversion>
              <organizations default="ORG-1">
                <organization identifier="ORG-1"><title>Broken</title>
              </organizations>
            """;

    private SampleScormPackages() {
    }

    /** @return a SCORM 1.2 single-SCO package titled {@code title} */
    public static byte[] scorm12(String title) {
        return course(title, MANIFEST_12, "1.2", "SafeSkill-Sample-SCORM12-");
    }

    /** @return a SCORM 2004 4th Edition single-SCO package titled {@code title} */
    public static byte[] scorm2004(String title) {
        return course(title, MANIFEST_2004, "2004", "SafeSkill-Sample-SCORM2004-");
    }

    /** @return the HTML of the sample SCO for a version ({@code "1.2"} or {@code "2004"}) and title */
    public static String scoHtml(String title, String scormVersion) {
        if (!"1.2".equals(scormVersion) && !"2004".equals(scormVersion)) {
            throw new IllegalArgumentException("SCORM version is 1.2 or 2004");
        }
        return template().replace("@@TITLE@@", escape(requireTitle(title)))
                .replace("@@SCORM_VERSION@@", scormVersion);
    }

    /** @return a valid 1.2 package plus an entry {@code ../../../../tmp/safeskill-zip-slip.txt} */
    public static byte[] hostileZipSlip() {
        Map<String, byte[]> entries = validEntries("Zip slip");
        entries.put("../../../../tmp/safeskill-zip-slip.txt", ascii("written outside the target directory"));
        return zip(entries);
    }

    /** @return a valid 1.2 package plus an entry with the absolute name {@code /tmp/safeskill-absolute.txt} */
    public static byte[] hostileAbsolutePath() {
        Map<String, byte[]> entries = validEntries("Absolute path");
        entries.put("/tmp/safeskill-absolute.txt", ascii("written to an absolute path"));
        return zip(entries);
    }

    /**
     * A zip bomb: about 1 MiB of archive whose single entry {@code payload.bin} inflates to
     * {@value #ZIP_BOMB_BYTES} bytes of zeros. Built without ever holding the inflated data: one
     * mebibyte of zeros is deflated once with a full flush (which makes the compressed block
     * independent of what precedes it) and that block is repeated.
     */
    public static byte[] zipBomb() {
        int chunk = 1024 * 1024;
        long chunks = ZIP_BOMB_BYTES / chunk;
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] zeros = new byte[chunk];
        byte[] block;
        byte[] end;
        try {
            deflater.setInput(zeros);
            block = drain(deflater, Deflater.FULL_FLUSH);
            deflater.finish();
            end = drain(deflater, Deflater.NO_FLUSH);
        } finally {
            deflater.end();
        }
        CRC32 crc = new CRC32();
        for (long i = 0; i < chunks; i++) {
            crc.update(zeros, 0, chunk);
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream((int) (block.length * chunks + end.length));
        for (long i = 0; i < chunks; i++) {
            data.write(block, 0, block.length);
        }
        data.write(end, 0, end.length);
        return singleDeflatedEntryZip("payload.bin", data.toByteArray(), ZIP_BOMB_BYTES, crc.getValue());
    }

    /** @return a 1.2 package whose manifest declares a DOCTYPE with an external entity to {@code /etc/passwd} */
    public static byte[] manifestWithXxe() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("imsmanifest.xml", XXE_MANIFEST.getBytes(StandardCharsets.UTF_8));
        entries.put(LAUNCH_FILE, scoHtml("XXE", "1.2").getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    /** @return a zip with an SCO but no {@code imsmanifest.xml} */
    public static byte[] noManifest() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(LAUNCH_FILE, scoHtml("No manifest", "1.2").getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    /** @return a zip whose {@code imsmanifest.xml} is not well-formed XML */
    public static byte[] malformedManifest() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("imsmanifest.xml", MALFORMED_MANIFEST.getBytes(StandardCharsets.UTF_8));
        entries.put(LAUNCH_FILE, scoHtml("Malformed", "1.2").getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    private static byte[] course(String title, String manifestTemplate, String version, String identifierPrefix) {
        String clean = requireTitle(title);
        CRC32 crc = new CRC32();
        crc.update(clean.getBytes(StandardCharsets.UTF_8));
        String identifier = identifierPrefix + String.format(Locale.ROOT, "%08X", crc.getValue());
        Map<String, byte[]> entries = new LinkedHashMap<>();
        String manifest = String.format(Locale.ROOT, manifestTemplate, identifier, escape(clean));
        entries.put("imsmanifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
        entries.put(LAUNCH_FILE, scoHtml(clean, version).getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    private static Map<String, byte[]> validEntries(String title) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("imsmanifest.xml", String.format(Locale.ROOT, MANIFEST_12, "SafeSkill-Hostile", escape(title))
                .getBytes(StandardCharsets.UTF_8));
        entries.put(LAUNCH_FILE, scoHtml(title, "1.2").getBytes(StandardCharsets.UTF_8));
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setTimeLocal(TIMESTAMP);
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] drain(Deflater deflater, int flush) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (true) {
            int n = deflater.deflate(buffer, 0, buffer.length, flush);
            out.write(buffer, 0, n);
            if (flush == Deflater.FULL_FLUSH ? n < buffer.length && deflater.needsInput() : deflater.finished()) {
                return out.toByteArray();
            }
        }
    }

    /** Writes a zip of one deflated entry by hand: local header, data, central directory, end record. */
    private static byte[] singleDeflatedEntryZip(String name, byte[] deflated, long size, long crc) {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        int dosTime = 8 << 11;
        int dosDate = (TIMESTAMP.getYear() - 1980) << 9 | TIMESTAMP.getMonthValue() << 5 | TIMESTAMP.getDayOfMonth();
        ByteBuffer zip = ByteBuffer.allocate(30 + nameBytes.length + deflated.length + 46 + nameBytes.length + 22)
                .order(ByteOrder.LITTLE_ENDIAN);
        zip.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x0800).putShort((short) 8)
                .putShort((short) dosTime).putShort((short) dosDate).putInt((int) crc)
                .putInt(deflated.length).putInt((int) size).putShort((short) nameBytes.length).putShort((short) 0)
                .put(nameBytes).put(deflated);
        int centralStart = zip.position();
        zip.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0x0800).putShort((short) 8)
                .putShort((short) dosTime).putShort((short) dosDate).putInt((int) crc)
                .putInt(deflated.length).putInt((int) size).putShort((short) nameBytes.length)
                .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(0)
                .put(nameBytes);
        int centralSize = zip.position() - centralStart;
        zip.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 1).putShort((short) 1)
                .putInt(centralSize).putInt(centralStart).putShort((short) 0);
        return Arrays.copyOf(zip.array(), zip.position());
    }

    private static String template() {
        try (InputStream in = SampleScormPackages.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TEMPLATE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String requireTitle(String title) {
        Objects.requireNonNull(title, "title");
        String clean = title.codePoints().filter(cp -> !Character.isISOControl(cp))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        return clean;
    }

    /** Escapes text for XML and HTML element content and attribute values. */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
