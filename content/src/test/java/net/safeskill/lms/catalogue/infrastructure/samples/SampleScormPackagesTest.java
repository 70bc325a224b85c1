package net.safeskill.lms.catalogue.infrastructure.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleScormPackagesTest {

    @TempDir
    Path dir;

    static Map<String, String> entries(byte[] zip) throws IOException {
        Map<String, String> result = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                result.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return result;
    }

    @Test
    void theScorm12SampleHasA12ManifestAndASelfBookmarkingSco() throws IOException {
        Map<String, String> files = entries(SampleScormPackages.scorm12("Hot work permits"));
        assertEquals(List.of("imsmanifest.xml", "index.html"), List.copyOf(files.keySet()));
        String manifest = files.get("imsmanifest.xml");
        assertTrue(manifest.contains("xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\""));
        assertTrue(manifest.contains("xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_rootv1p2\""));
        assertTrue(manifest.contains("<schemaversion>1.2</schemaversion>"));
        assertTrue(manifest.contains("adlcp:scormtype=\"sco\""));
        assertTrue(manifest.contains("<title>Hot work permits</title>"));

        String sco = files.get("index.html");
        assertTrue(sco.contains("var VERSION = \"1.2\";"));
        assertTrue(sco.contains("<title>Hot work permits</title>"));
        for (String expected : List.of("\"API\"", "window.opener", "win.parent", "LMSInitialize", "LMSGetValue",
                "LMSSetValue", "LMSCommit", "LMSFinish", "cmi.core.lesson_location", "cmi.suspend_data",
                "cmi.core.lesson_status", "\"completed\"", "cmi.core.exit", "id=\"scorm-next\"", "id=\"scorm-prev\"",
                "id=\"scorm-page\"")) {
            assertTrue(sco.contains(expected), expected);
        }
        assertEquals(SampleScormPackages.PAGE_COUNT, sco.split("<section class=\"page\"", -1).length - 1);
        assertFalse(sco.contains("@@"), "every placeholder is replaced");
    }

    @Test
    void theScorm2004SampleHasA2004ManifestAndReportsSuccess() throws IOException {
        Map<String, String> files = entries(SampleScormPackages.scorm2004("Working at height"));
        String manifest = files.get("imsmanifest.xml");
        assertTrue(manifest.contains("xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\""));
        assertTrue(manifest.contains("xmlns:adlcp=\"http://www.adlnet.org/xsd/adlcp_v1p3\""));
        assertTrue(manifest.contains("<schemaversion>2004 4th Edition</schemaversion>"));
        assertTrue(manifest.contains("adlcp:scormType=\"sco\""));
        String sco = files.get("index.html");
        assertTrue(sco.contains("var VERSION = \"2004\";"));
        for (String expected : List.of("\"API_1484_11\"", "\"Initialize\"", "\"GetValue\"", "\"SetValue\"",
                "\"Commit\"", "\"Terminate\"", "cmi.location", "cmi.completion_status", "cmi.success_status",
                "\"passed\"", "cmi.exit")) {
            assertTrue(sco.contains(expected), expected);
        }
    }

    @Test
    void escapesTheTitleAndRefusesABlankOne() throws IOException {
        Map<String, String> files = entries(SampleScormPackages.scorm12("<script>alert('x')</script> & co"));
        assertFalse(files.get("index.html").contains("<script>alert"));
        assertTrue(files.get("index.html").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"));
        assertTrue(files.get("imsmanifest.xml").contains("<title>&lt;script&gt;"));
        assertThrows(IllegalArgumentException.class, () -> SampleScormPackages.scorm12(" \t "));
        assertThrows(NullPointerException.class, () -> SampleScormPackages.scorm2004(null));
        assertThrows(IllegalArgumentException.class, () -> SampleScormPackages.scoHtml("t", "1.3"));
    }

    @Test
    void theSamplesAreDeterministicAndDifferByTitle() {
        assertArrayEquals(SampleScormPackages.scorm12("A"), SampleScormPackages.scorm12("A"));
        assertFalse(java.util.Arrays.equals(SampleScormPackages.scorm12("A"), SampleScormPackages.scorm12("B")));
    }

    @Test
    void theHostileSamplesCarryTheirPayloads() throws IOException {
        assertTrue(entries(SampleScormPackages.hostileZipSlip()).containsKey("../../../../tmp/safeskill-zip-slip.txt"));
        assertTrue(entries(SampleScormPackages.hostileAbsolutePath()).containsKey("/tmp/safeskill-absolute.txt"));
        String xxe = entries(SampleScormPackages.manifestWithXxe()).get("imsmanifest.xml");
        assertTrue(xxe.contains("<!DOCTYPE manifest") && xxe.contains("SYSTEM \"file:///etc/passwd\"")
                && xxe.contains("&xxe;"));
        assertFalse(entries(SampleScormPackages.noManifest()).containsKey("imsmanifest.xml"));
        assertTrue(entries(SampleScormPackages.malformedManifest()).containsKey("imsmanifest.xml"));
    }

    @Test
    void theZipBombIsSmallButInflatesToMoreThanAGibibyteOfZeros() throws IOException {
        long start = System.nanoTime();
        byte[] bomb = SampleScormPackages.zipBomb();
        long buildMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(bomb.length < 2 * 1024 * 1024, "archive of " + bomb.length + " bytes");
        assertTrue(buildMillis < 5_000, "built in " + buildMillis + " ms");

        Path file = Files.write(dir.resolve("bomb.zip"), bomb);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<? extends ZipEntry> all = Collections.list(zip.entries());
            assertEquals(1, all.size());
            ZipEntry entry = all.get(0);
            assertEquals(SampleScormPackages.ZIP_BOMB_BYTES, entry.getSize());
            assertTrue(entry.getSize() > 1024L * 1024 * 1024);
            assertTrue(entry.getSize() / entry.getCompressedSize() > 500, "ratio above 500:1");

            // inflate it all once, in a streaming fashion, to prove the bomb is real and intact
            CRC32 crc = new CRC32();
            long total = 0;
            boolean allZero = true;
            byte[] buffer = new byte[1 << 16];
            try (InputStream in = new CheckedInputStream(zip.getInputStream(entry), crc)) {
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    total += n;
                    for (int i = 0; i < n && allZero; i++) {
                        allZero = buffer[i] == 0;
                    }
                }
            }
            assertEquals(SampleScormPackages.ZIP_BOMB_BYTES, total);
            assertTrue(allZero);
            assertEquals(entry.getCrc(), crc.getValue());
        }
    }
}
