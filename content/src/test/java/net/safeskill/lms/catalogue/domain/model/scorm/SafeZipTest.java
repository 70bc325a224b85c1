package net.safeskill.lms.catalogue.domain.model.scorm;

import static net.safeskill.lms.catalogue.domain.model.scorm.TestZips.utf8;
import static net.safeskill.lms.catalogue.domain.model.scorm.TestZips.zip;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import net.safeskill.lms.shared.domain.DomainException;

class SafeZipTest {

    @TempDir
    Path dir;

    Path write(byte[] zip) throws IOException {
        return Files.write(dir.resolve("archive-" + System.nanoTime() + ".zip"), zip);
    }

    DomainException refused(byte[] zip, ZipLimits limits) throws IOException {
        Path file = write(zip);
        return assertThrows(DomainException.class, () -> SafeZip.open(file, limits).close());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "index.html|index.html",
        "a/b/c.html|a/b/c.html",
        "./a//b.html|a/b.html",
        "a\\b\\c.html|a/b/c.html",
        "dir/|dir",
        "a/./b/|a/b",
        "...hidden/x|...hidden/x",
        "a..b/c..d|a..b/c..d"})
    void canonicalisesHarmlessNames(String name, String canonical) {
        assertEquals(canonical, SafeZip.canonicalName(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.sh", "a/../../evil.sh", "a/..", "..", "/etc/passwd", "//server/share/x",
        "\\evil.dll", "\\\\server\\share", "C:\\Windows\\evil.dll", "c:evil.txt", "Z:/x", "..\\evil.txt",
        "a\\..\\..\\evil.txt", "a/.. /b", "a/.../b", "ok\u0000.html"})
    void refusesNamesThatCouldEscape(String name) {
        DomainException e = assertThrows(DomainException.class, () -> SafeZip.canonicalName(name));
        assertEquals("scorm.pathEscape", e.code());
    }

    @Test
    void reportsAtMost100PrintableCharactersOfAnOffendingName() {
        String name = "../" + "a".repeat(300) + "\u0001";
        DomainException e = assertThrows(DomainException.class, () -> SafeZip.canonicalName(name));
        String reported = (String) e.args()[0];
        assertEquals(100, reported.length());
        assertTrue(reported.startsWith("../aaa"));
        assertEquals("x?y", SafeZip.printable("x\u0000y"));
    }

    @Test
    void listsFilesAndCountsEntries() throws IOException {
        byte[] zip = zip("a/", "", "a/one.txt", "1", "two.txt", "22");
        try (SafeZip archive = SafeZip.open(write(zip), ZipLimits.defaults())) {
            assertEquals(List.of("a/one.txt", "two.txt"), archive.fileNames());
            assertEquals(3, archive.entryCount());
            assertEquals(3, archive.declaredUncompressedBytes());
            assertTrue(archive.containsFile("two.txt"));
            assertFalse(archive.containsFile("a"));
            assertFalse(archive.containsFile("TWO.TXT"));
            assertArrayEquals(utf8("22"), archive.read("two.txt", 10));
            DomainException e = assertThrows(DomainException.class, () -> archive.read("two.txt", 1));
            assertEquals("scorm.fileTooLarge", e.code());
            assertThrows(IllegalArgumentException.class, () -> archive.read("missing", 10));
        }
    }

    @Test
    void refusesTooManyEntries() throws IOException {
        byte[] six = zip("1", "", "2", "", "3", "", "4", "", "5", "", "6", "");
        DomainException e = refused(six, new ZipLimits(5, 1024, 100, 0));
        assertEquals("scorm.tooManyEntries", e.code());
        assertArrayEquals(new Object[] {5}, e.args());
        SafeZip.open(write(six), new ZipLimits(6, 1024, 100, 0)).close();
    }

    @Test
    void refusesMoreThan10000EntriesByDefault() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i <= 10_000; i++) {
            entries.put("f" + i, new byte[0]);
        }
        byte[] zip = TestZips.zip(entries, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("scorm.tooManyEntries", refused(zip, ZipLimits.defaults()).code());
        entries.remove("f0");
        SafeZip.open(write(TestZips.zip(entries, java.nio.charset.StandardCharsets.UTF_8)), ZipLimits.defaults()).close();
    }

    @Test
    void refusesADeclaredTotalOverTheLimit() throws IOException {
        byte[] zip = zip("a.txt", new byte[600], "b.txt", new byte[600]);
        DomainException e = refused(zip, new ZipLimits(10, 1000, 100, 0));
        assertEquals("scorm.tooLarge", e.code());
        assertArrayEquals(new Object[] {1L}, e.args());
        SafeZip.open(write(zip), new ZipLimits(10, 1200, 100, 0)).close();
    }

    @Test
    void refusesNamesThatCollideAfterCanonicalisation() throws IOException {
        assertEquals("scorm.duplicateEntry", refused(zip("a/b.txt", "1", "a\\b.txt", "2"), ZipLimits.defaults()).code());
        assertEquals("scorm.duplicateEntry", refused(zip("a", "file", "a/b.txt", "2"), ZipLimits.defaults()).code());
        assertEquals("scorm.duplicateEntry", refused(zip("a/b.txt", "2", "a", "file"), ZipLimits.defaults()).code());
        assertEquals("scorm.duplicateEntry", refused(zip("a/", "", "./a", "file"), ZipLimits.defaults()).code());
    }

    @Test
    void validatesEveryNameBeforeExtractingAnything() throws IOException {
        byte[] zip = zip("first.txt", "harmless", "../../escape.txt", "evil");
        Path out = dir.resolve("out");
        Path file = write(zip);
        assertEquals("scorm.pathEscape", assertThrows(DomainException.class, () -> SafeZip.open(file, ZipLimits.defaults()))
                .code());
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(dir.getParent().resolve("escape.txt")));
    }

    @Test
    void extractsWithBackslashSeparatorsAndCountsRealBytes() throws IOException {
        byte[] zip = zip("sco\\index.html", "<html/>", "sco\\img\\", "", "readme.txt", "hello");
        Path out = dir.resolve("out");
        try (SafeZip archive = SafeZip.open(write(zip), ZipLimits.defaults())) {
            assertEquals(12, archive.extractTo(out, ""));
        }
        assertEquals("<html/>", Files.readString(out.resolve("sco/index.html")));
        assertTrue(Files.isDirectory(out.resolve("sco/img")));
        assertEquals("hello", Files.readString(out.resolve("readme.txt")));
    }

    @Test
    void extractsOnlyBelowAPrefixAndStripsIt() throws IOException {
        byte[] zip = zip("course/imsmanifest.xml", "<m/>", "course/sub/a.html", "a", "__MACOSX/course/._a.html", "junk");
        Path out = dir.resolve("out");
        try (SafeZip archive = SafeZip.open(write(zip), ZipLimits.defaults())) {
            archive.extractTo(out, "course/");
        }
        try (Stream<Path> files = Files.walk(out)) {
            assertEquals(List.of("imsmanifest.xml", "sub", "sub/a.html"), files.filter(p -> !p.equals(out))
                    .map(p -> out.relativize(p).toString()).sorted().toList());
        }
    }

    @Test
    void refusesATargetThatIsNotEmpty() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("existing.txt"), "keep me");
        try (SafeZip archive = SafeZip.open(write(zip("a.txt", "a")), ZipLimits.defaults())) {
            assertThrows(IllegalArgumentException.class, () -> archive.extractTo(out, ""));
        }
        assertEquals("keep me", Files.readString(out.resolve("existing.txt")));
    }

    @Test
    void stopsWhenTheRealRatioIsTooHighAndDeletesEverything() throws IOException {
        byte[] zip = zip("a.txt", "first file", "dir/b.txt", "second", "zeros.bin", new byte[20 * 1024 * 1024]);
        Path out = dir.resolve("out");
        try (SafeZip archive = SafeZip.open(write(zip), ZipLimits.defaults())) {
            DomainException e = assertThrows(DomainException.class, () -> archive.extractTo(out, ""));
            assertEquals("scorm.compressionRatio", e.code());
            assertArrayEquals(new Object[] {100}, e.args());
        }
        assertFalse(Files.exists(out), "nothing extracted is left behind");
    }

    @Test
    void keepsAPreExistingEmptyTargetButEmptiesItOnFailure() throws IOException {
        byte[] zip = zip("a.txt", "first file", "zeros.bin", new byte[20 * 1024 * 1024]);
        Path out = Files.createDirectories(dir.resolve("out"));
        try (SafeZip archive = SafeZip.open(write(zip), ZipLimits.defaults())) {
            assertThrows(DomainException.class, () -> archive.extractTo(out, ""));
        }
        assertTrue(Files.isDirectory(out));
        try (Stream<Path> content = Files.list(out)) {
            assertEquals(0, content.count());
        }
    }

    @Test
    void theRatioRuleSparesSmallEntries() throws IOException {
        byte[] zip = zip("zeros.bin", new byte[1024 * 1024]);
        try (SafeZip archive = SafeZip.open(write(zip), ZipLimits.defaults())) {
            assertEquals(1024 * 1024, archive.extractTo(dir.resolve("out"), ""));
        }
    }

    @Test
    void countsRealBytesWhenTheDeclaredSizeLies() throws IOException {
        byte[] honest = zip("a.txt", "small", "zeros.bin", new byte[20 * 1024 * 1024]);
        byte[] lying = TestZips.lieAboutSize(honest, "zeros.bin", 100);
        Path out = dir.resolve("out");
        try (SafeZip archive = SafeZip.open(write(lying), ZipLimits.defaults())) {
            assertEquals(105, archive.declaredUncompressedBytes(), "the lie passes the declared-size check");
            assertEquals("scorm.compressionRatio",
                    assertThrows(DomainException.class, () -> archive.extractTo(out, "")).code());
        }
        assertFalse(Files.exists(out));
    }

    @Test
    void theRealTotalIsLimitedEvenWithoutCompression() throws IOException {
        byte[] random = new byte[300_000];
        new java.util.Random(42).nextBytes(random);
        byte[] lying = TestZips.lieAboutSize(TestZips.stored("random.bin", random), "random.bin", 10);
        Path out = dir.resolve("out");
        try (SafeZip archive = SafeZip.open(write(lying), new ZipLimits(10, 200_000, 100, 1024 * 1024))) {
            assertEquals(10, archive.declaredUncompressedBytes());
            DomainException e = assertThrows(DomainException.class, () -> archive.extractTo(out, ""));
            assertEquals("scorm.tooLarge", e.code());
        }
        assertFalse(Files.exists(out));
    }

    @Test
    void theRealTotalIsLimitedAcrossEntries() throws IOException {
        byte[] random = new byte[150_000];
        new java.util.Random(7).nextBytes(random);
        byte[] zip = zip("a.bin", random, "b.bin", random);
        byte[] lying = TestZips.lieAboutSize(TestZips.lieAboutSize(zip, "a.bin", 1), "b.bin", 1);
        Path out = dir.resolve("out");
        try (SafeZip archive = SafeZip.open(write(lying), new ZipLimits(10, 200_000, 100, 1024 * 1024))) {
            DomainException e = assertThrows(DomainException.class, () -> archive.extractTo(out, ""));
            assertEquals("scorm.tooLarge", e.code());
        }
        assertFalse(Files.exists(out));
    }

    @Test
    void corruptDataIsNotAZipAndLeavesNothing() throws IOException {
        byte[] content = new byte[50_000];
        new java.util.Random(1).nextBytes(content);
        byte[] zip = TestZips.stored("data.bin", content);
        zip[30 + "data.bin".length() + 1000] ^= 0x55; // flip bits inside the stored data: the CRC no longer matches
        Path out = dir.resolve("out");
        try (SafeZip archive = SafeZip.open(write(zip), ZipLimits.defaults())) {
            assertEquals("scorm.notZip", assertThrows(DomainException.class, () -> archive.extractTo(out, "")).code());
            assertEquals("scorm.notZip", assertThrows(DomainException.class, () -> archive.read("data.bin", 100_000))
                    .code());
        }
        assertFalse(Files.exists(out));
    }

    @Test
    void readsEntryNamesWrittenInGbkByChineseWindowsTools() throws IOException {
        // U+8BFE U+4EF6 = "courseware"
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("\u8bfe\u4ef6/index.html", utf8("<html/>"));
        byte[] zip = TestZips.zip(entries, Charset.forName("GBK"));
        try (SafeZip archive = SafeZip.open(write(zip), ZipLimits.defaults())) {
            assertEquals(List.of("\u8bfe\u4ef6/index.html"), archive.fileNames());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not a zip at all", "PK\u0003\u0004 truncated local header"})
    void refusesWhatIsNotAZip(String content) throws IOException {
        assertEquals("scorm.notZip", refused(utf8(content), ZipLimits.defaults()).code());
    }

    @Test
    void refusesATruncatedZip() throws IOException {
        byte[] zip = zip("a.txt", "aaaa", "b.txt", "bbbb");
        assertEquals("scorm.notZip", refused(java.util.Arrays.copyOf(zip, zip.length - 30), ZipLimits.defaults()).code());
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new ZipLimits(0, 1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ZipLimits(1, 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ZipLimits(1, 1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ZipLimits(1, 1, 1, -1));
        ZipLimits defaults = ZipLimits.defaults();
        assertEquals(10_000, defaults.maxEntries());
        assertEquals(1024L * 1024 * 1024, defaults.maxUncompressedBytes());
        assertEquals(100, defaults.maxCompressionRatio());
        assertEquals(1024L * 1024, defaults.ratioThresholdBytes());
    }
}
