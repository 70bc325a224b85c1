package net.safeskill.lms.catalogue.domain.model.scorm;

import static net.safeskill.lms.catalogue.domain.model.scorm.TestZips.utf8;
import static net.safeskill.lms.catalogue.domain.model.scorm.TestZips.zip;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import net.safeskill.lms.catalogue.infrastructure.samples.SampleScormPackages;
import net.safeskill.lms.shared.domain.DomainException;

class ScormPackageReaderTest {

    static final String MANIFEST = ScormManifestParserTest.manifest12(
            ScormManifestParserTest.simpleOrganization("Test course"), ScormManifestParserTest.SCO_RESOURCE);

    @TempDir
    Path dir;

    final ScormPackageReader reader = new ScormPackageReader();

    Path write(byte[] zip) throws IOException {
        return Files.write(dir.resolve("package-" + System.nanoTime() + ".zip"), zip);
    }

    DomainException refusedOnInspect(byte[] zip) throws IOException {
        Path file = write(zip);
        return assertThrows(DomainException.class, () -> reader.inspect(file));
    }

    /** Extraction is refused and leaves no trace in the target directory. */
    DomainException refusedOnExtract(byte[] zip) throws IOException {
        Path file = write(zip);
        Path out = dir.resolve("out-" + System.nanoTime());
        DomainException e = assertThrows(DomainException.class, () -> reader.extract(file, out));
        assertFalse(Files.exists(out), "nothing is left on disk");
        return e;
    }

    static List<String> tree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    // ---- the sample packages ----

    @Test
    void inspectsAndExtractsTheScorm12Sample() throws IOException {
        // U+5B89 U+5168 U+751F U+4EA7 = "work safety"
        String title = "\u5b89\u5168\u751f\u4ea7 & <Fire>";
        Path zip = write(SampleScormPackages.scorm12(title));
        ScormPackage inspected = reader.inspect(zip);
        ScormManifest manifest = inspected.manifest();
        assertEquals(ScormVersion.SCORM_12, manifest.version());
        assertEquals(title, manifest.title());
        assertTrue(manifest.identifier().startsWith("SafeSkill-Sample-SCORM12-"));
        assertEquals("ORG-1", manifest.organizationIdentifier());
        assertEquals(1, manifest.items().size());
        ScormItem launch = manifest.defaultLaunch();
        assertEquals("ITEM-1", launch.identifier());
        assertEquals(title, launch.title());
        assertEquals("index.html", launch.launchHref());
        assertEquals(ScormType.SCO, launch.scormType());
        assertEquals("", inspected.rootPrefix());
        assertFalse(inspected.nestedInFolder());
        assertEquals(2, inspected.entries());

        Path out = dir.resolve("out");
        ScormPackage extracted = reader.extract(zip, out);
        assertEquals(manifest, extracted.manifest());
        assertEquals(List.of("imsmanifest.xml", "index.html"), tree(out));
        assertEquals(Files.size(out.resolve("imsmanifest.xml")) + Files.size(out.resolve("index.html")),
                extracted.uncompressedBytes());
        assertEquals(inspected.uncompressedBytes(), extracted.uncompressedBytes());
        assertTrue(Files.readString(out.resolve("index.html")).contains("id=\"scorm-next\""));
    }

    @Test
    void inspectsAndExtractsTheScorm2004Sample() throws IOException {
        Path zip = write(SampleScormPackages.scorm2004("Confined space entry"));
        ScormPackage pkg = reader.extract(zip, dir.resolve("out"));
        assertEquals(ScormVersion.SCORM_2004, pkg.manifest().version());
        assertEquals("Confined space entry", pkg.manifest().title());
        assertEquals("index.html", pkg.manifest().defaultLaunch().launchPath());
        assertTrue(pkg.manifest().defaultLaunch().sco());
        assertEquals(List.of("imsmanifest.xml", "index.html"), tree(dir.resolve("out")));
        assertEquals(Optional.of(dir.resolve("out/index.html").toAbsolutePath()),
                ScormPackageReader.resolveServedPath(dir.resolve("out"), "index.html"));
    }

    // ---- finding the manifest ----

    @Test
    void acceptsAManifestInASingleTopLevelFolder() throws IOException {
        byte[] zip = zip("course/imsmanifest.xml", MANIFEST, "course/index.html", "<html/>",
                "__MACOSX/course/._index.html", "mac junk", "__MACOSX/course/._imsmanifest.xml", "junk");
        ScormPackage inspected = reader.inspect(write(zip));
        assertEquals("course/", inspected.rootPrefix());
        assertTrue(inspected.nestedInFolder());
        assertEquals(4, inspected.entries());

        Path out = dir.resolve("out");
        reader.extract(write(zip), out);
        assertEquals(List.of("imsmanifest.xml", "index.html"), tree(out), "the folder becomes the package root");
    }

    @Test
    void findsTheManifestCaseInsensitively() throws IOException {
        assertEquals("", reader.inspect(write(zip("IMSManifest.XML", MANIFEST, "index.html", "x"))).rootPrefix());
        assertEquals("Course/", reader.inspect(write(zip("Course/ImsManifest.xml", MANIFEST, "Course/index.html", "x")))
                .rootPrefix());
    }

    @Test
    void refusesPackagesWithoutAManifestWhereItBelongs() throws IOException {
        assertEquals("scorm.manifestMissing", refusedOnInspect(SampleScormPackages.noManifest()).code());
        assertEquals("scorm.manifestMissing", refusedOnInspect(zip("a/b/imsmanifest.xml", MANIFEST,
                "a/b/index.html", "x")).code());
        assertEquals("scorm.manifestMissing", refusedOnInspect(zip("one/imsmanifest.xml", MANIFEST, "one/index.html", "x",
                "two/imsmanifest.xml", MANIFEST, "two/index.html", "x")).code());
        assertEquals("scorm.manifestMissing", refusedOnExtract(SampleScormPackages.noManifest()).code());
    }

    @Test
    void refusesAMissingLaunchFile() throws IOException {
        DomainException e = refusedOnInspect(zip("imsmanifest.xml", MANIFEST, "other.html", "x"));
        assertEquals("scorm.launchMissing", e.code());
        assertArrayEquals(new Object[] {"index.html"}, e.args());
        assertEquals("scorm.launchMissing", refusedOnExtract(zip("imsmanifest.xml", MANIFEST, "INDEX.HTML", "x")).code());
        assertEquals("scorm.launchMissing", refusedOnInspect(zip("course/imsmanifest.xml", MANIFEST, "index.html", "x"))
                .code(), "the launch file is looked up below the package root");
        String escaping = MANIFEST.replace("href=\"index.html\"", "href=\"../index.html\"");
        assertEquals("scorm.launchMissing", refusedOnInspect(zip("c/imsmanifest.xml", escaping, "index.html", "x"))
                .code());
        assertEquals("scorm.launchMissing", refusedOnInspect(zip("imsmanifest.xml",
                MANIFEST.replace("href=\"index.html\"", "href=\"https://example.com/index.html\""), "index.html", "x"))
                .code());
    }

    @Test
    void resolvesXmlBaseAndEscapesAgainstTheArchive() throws IOException {
        String manifest = MANIFEST.replace("<resources>", "<resources xml:base=\"sco%20files/\">");
        ScormPackage pkg = reader.inspect(write(zip("imsmanifest.xml", manifest, "sco files/index.html", "x")));
        assertEquals("sco files/index.html", pkg.manifest().defaultLaunch().launchPath());
    }

    // ---- hostile archives ----

    @Test
    void refusesZipSlip() throws IOException {
        DomainException e = refusedOnExtract(SampleScormPackages.hostileZipSlip());
        assertEquals("scorm.pathEscape", e.code());
        assertArrayEquals(new Object[] {"../../../../tmp/safeskill-zip-slip.txt"}, e.args());
        assertEquals("scorm.pathEscape", refusedOnInspect(SampleScormPackages.hostileZipSlip()).code());
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.allMatch(p -> p.getFileName().toString().startsWith("package-")));
        }
    }

    @Test
    void refusesAbsolutePaths() throws IOException {
        DomainException e = refusedOnExtract(SampleScormPackages.hostileAbsolutePath());
        assertEquals("scorm.pathEscape", e.code());
        assertArrayEquals(new Object[] {"/tmp/safeskill-absolute.txt"}, e.args());
    }

    @ParameterizedTest
    @ValueSource(strings = {"..\\..\\evil.bat", "sco\\..\\..\\evil.bat", "C:\\Windows\\System32\\evil.dll",
        "\\evil.bat", "sco/../../evil.bat", "ok\u0000../x"})
    void refusesEscapesInAnyNotation(String name) throws IOException {
        byte[] zip = zip("imsmanifest.xml", MANIFEST, "index.html", "x", name, "evil");
        assertEquals("scorm.pathEscape", refusedOnExtract(zip).code());
    }

    @Test
    void refusesTheZipBombFastAndLeavesNothing() throws IOException {
        byte[] bomb = SampleScormPackages.zipBomb();
        DomainException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refusedOnExtract(bomb));
        assertEquals("scorm.tooLarge", e.code());
        assertArrayEquals(new Object[] {1024L}, e.args());
        assertEquals("scorm.tooLarge", refusedOnInspect(bomb).code());
    }

    @Test
    void refusesARatioBombBelowTheTotalLimitDuringExtraction() throws IOException {
        byte[] zip = zip("imsmanifest.xml", MANIFEST, "index.html", "<html/>", "media/zeros.bin",
                new byte[40 * 1024 * 1024]);
        Path file = write(zip);
        assertEquals(3, reader.inspect(file).entries(), "inspection alone does not inflate the data");
        assertEquals("scorm.compressionRatio", refusedOnExtract(zip).code());
    }

    @Test
    void refusesAnXxeManifestWithoutEverReadingTheFile() throws IOException {
        byte[] zip = SampleScormPackages.manifestWithXxe();
        DomainException onInspect = refusedOnInspect(zip);
        assertEquals("scorm.manifestDoctype", onInspect.code());
        DomainException onExtract = refusedOnExtract(zip);
        assertEquals("scorm.manifestDoctype", onExtract.code());
        String passwd = Files.isReadable(Path.of("/etc/passwd")) ? Files.readString(Path.of("/etc/passwd")) : "root:x:0:0";
        String firstLine = passwd.lines().findFirst().orElse("root:x:0:0");
        for (DomainException e : List.of(onInspect, onExtract)) {
            assertFalse(e.getMessage().contains(firstLine));
            for (Object arg : e.args()) {
                assertFalse(String.valueOf(arg).contains(firstLine));
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                assertFalse(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).contains(firstLine), p.toString());
            }
        }
    }

    @Test
    void refusesAMalformedManifest() throws IOException {
        assertEquals("scorm.manifestMalformed", refusedOnInspect(SampleScormPackages.malformedManifest()).code());
        assertEquals("scorm.manifestMalformed", refusedOnExtract(SampleScormPackages.malformedManifest()).code());
    }

    @Test
    void refusesAManifestWithoutLaunchOrOfAnUnknownVersion() throws IOException {
        String noLaunch = MANIFEST.replace("identifierref=\"R\"", "identifierref=\"X\"");
        assertEquals("scorm.noLaunch", refusedOnInspect(zip("imsmanifest.xml", noLaunch, "index.html", "x")).code());
        String unknown = MANIFEST.replace(">1.2<", ">1.0<");
        assertEquals("scorm.unsupportedVersion", refusedOnInspect(zip("imsmanifest.xml", unknown, "index.html", "x"))
                .code());
    }

    @Test
    void refusesAManifestTooLargeToRead() throws IOException {
        String huge = MANIFEST.replace("<resources>", "<!--" + " ".repeat(ScormPackageReader.MAX_MANIFEST_BYTES) + "-->"
                + "<resources>");
        assertEquals("scorm.fileTooLarge", refusedOnInspect(zip("imsmanifest.xml", huge, "index.html", "x")).code());
    }

    @Test
    void refusesWhatIsNotAZip() throws IOException {
        assertEquals("scorm.notZip", refusedOnInspect(utf8("%PDF-1.7\n%%EOF")).code());
        assertEquals("scorm.notZip", refusedOnExtract(new byte[0]).code());
        byte[] sample = SampleScormPackages.scorm12("x");
        assertEquals("scorm.notZip", refusedOnInspect(java.util.Arrays.copyOf(sample, sample.length / 2)).code());
    }

    @Test
    void readsChineseFolderNamesStoredInGbk() throws IOException {
        // U+8BFE U+4EF6 = "courseware"
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("\u8bfe\u4ef6/imsmanifest.xml", utf8(MANIFEST));
        entries.put("\u8bfe\u4ef6/index.html", utf8("<html/>"));
        ScormPackage pkg = reader.inspect(write(TestZips.zip(entries, Charset.forName("GBK"))));
        assertEquals("\u8bfe\u4ef6/", pkg.rootPrefix());
    }

    @Test
    void honoursCustomLimits() throws IOException {
        byte[] zip = zip("imsmanifest.xml", MANIFEST, "index.html", "x", "a.txt", "a");
        ScormPackageReader strict = new ScormPackageReader(new ZipLimits(2, 1024, 100, 0));
        Path file = write(zip);
        assertEquals("scorm.tooManyEntries", assertThrows(DomainException.class, () -> strict.inspect(file)).code());
    }

    // ---- serving extracted files ----

    @Test
    void resolvesServedPathsOnlyInsideThePackage() throws IOException {
        Path out = dir.resolve("pkg");
        reader.extract(write(zip("imsmanifest.xml", MANIFEST, "index.html", "x", "sub/page.html", "y")), out);
        Files.writeString(dir.resolve("secret.txt"), "secret");
        Path base = out.toAbsolutePath().normalize();

        assertEquals(Optional.of(base.resolve("index.html")), ScormPackageReader.resolveServedPath(out, "index.html"));
        assertEquals(Optional.of(base.resolve("index.html")), ScormPackageReader.resolveServedPath(out, "/index.html"));
        assertEquals(Optional.of(base.resolve("sub/page.html")),
                ScormPackageReader.resolveServedPath(out, "sub/./page.html"));
        assertEquals(Optional.of(base.resolve("index.html")),
                ScormPackageReader.resolveServedPath(out, "sub/../index.html"));

        for (String hostile : new String[] {"../secret.txt", "sub/../../secret.txt", "/../secret.txt",
            "..%2Fsecret.txt", "..\\secret.txt", "C:/secret.txt", "/etc/passwd", "index.html\u0000.png", "",
            "   ", ".", "sub", "sub/", "missing.html"}) {
            assertEquals(Optional.empty(), ScormPackageReader.resolveServedPath(out, hostile), hostile);
        }
        assertEquals(Optional.empty(), ScormPackageReader.resolveServedPath(out, null));
    }

    @Test
    void doesNotFollowSymbolicLinksOutOfThePackage() throws IOException {
        Path out = dir.resolve("pkg");
        reader.extract(write(zip("imsmanifest.xml", MANIFEST, "index.html", "x")), out);
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(out.resolve("link.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(out.resolve("linkdir"), outside);
        assertEquals(Optional.empty(), ScormPackageReader.resolveServedPath(out, "link.txt"));
        assertEquals(Optional.empty(), ScormPackageReader.resolveServedPath(out, "linkdir/secret.txt"));
    }
}
