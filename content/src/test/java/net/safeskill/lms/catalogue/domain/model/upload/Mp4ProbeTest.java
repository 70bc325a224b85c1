package net.safeskill.lms.catalogue.domain.model.upload;

import static net.safeskill.lms.catalogue.domain.model.upload.Mp4Files.box;
import static net.safeskill.lms.catalogue.domain.model.upload.Mp4Files.concat;
import static net.safeskill.lms.catalogue.domain.model.upload.Mp4Files.ftyp;
import static net.safeskill.lms.catalogue.domain.model.upload.Mp4Files.largeBox;
import static net.safeskill.lms.catalogue.domain.model.upload.Mp4Files.lyingBox;
import static net.safeskill.lms.catalogue.domain.model.upload.Mp4Files.mdat;
import static net.safeskill.lms.catalogue.domain.model.upload.Mp4Files.moov;
import static net.safeskill.lms.catalogue.domain.model.upload.Mp4Files.mp4;
import static net.safeskill.lms.catalogue.domain.model.upload.Mp4Files.mvhd;
import static net.safeskill.lms.catalogue.domain.model.upload.Mp4Files.standardFtyp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.safeskill.lms.shared.domain.DomainException;

class Mp4ProbeTest {

    @TempDir
    Path dir;

    private Mp4Probe.Mp4Info probe(byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("v" + System.nanoTime() + ".mp4"), bytes);
        return Mp4Probe.probe(file);
    }

    private void assertNotMp4(byte[] bytes) {
        DomainException e = assertThrows(DomainException.class, () -> probe(bytes));
        assertEquals("upload.notMp4", e.code());
    }

    @Test
    void readsTheDurationOfVersion0And1MovieHeaders() throws IOException {
        Mp4Probe.Mp4Info v0 = probe(mp4(0, 1000, 12_345));
        assertEquals("isom", v0.majorBrand());
        assertEquals(List.of("isom", "iso2", "avc1", "mp41"), v0.brands());
        assertEquals(OptionalLong.of(12_345), v0.durationMillis());
        assertEquals(List.of("ftyp", "moov", "mdat"), v0.topLevelBoxes());

        // 64-bit duration: 2^33 units of 1/90000 s
        Mp4Probe.Mp4Info v1 = probe(mp4(1, 90_000, 1L << 33));
        assertEquals(90_000, v1.timescale());
        assertEquals(OptionalLong.of((1L << 33) * 1000 / 90_000), v1.durationMillis());
    }

    @Test
    void durationIsRoundedDownToMilliseconds() throws IOException {
        assertEquals(OptionalLong.of(3_333), probe(mp4(0, 600, 2_000)).durationMillis());
    }

    @Test
    void aDurationOfAllOnesMeansUnknown() throws IOException {
        assertEquals(OptionalLong.empty(), probe(mp4(0, 1000, 0xFFFFFFFFL)).durationMillis());
        assertEquals(OptionalLong.empty(), probe(mp4(1, 1000, -1L)).durationMillis());
    }

    @Test
    void acceptsMoovAfterMdatFreeBoxesLargeSizeAndSizeZeroAtTheEnd() throws IOException {
        byte[] file = concat(standardFtyp(), box("free", new byte[10]), largeBox("mdat", new byte[300]),
                moov(0, 1000, 5_000), box("skip"), lyingBox("mdat", 0, new byte[40]));
        Mp4Probe.Mp4Info info = probe(file);
        assertEquals(List.of("ftyp", "free", "mdat", "moov", "skip", "mdat"), info.topLevelBoxes());
        assertEquals(OptionalLong.of(5_000), info.durationMillis());
    }

    @Test
    void acceptsAKnownCompatibleBrandWhenTheMajorBrandIsUnknown() throws IOException {
        assertEquals("qt  ", probe(concat(ftyp("qt  ", "qt  ", "isom"), moov(0, 1000, 1), mdat(8))).majorBrand());
        assertEquals("M4V ", probe(concat(ftyp("M4V ", "M4V "), moov(0, 1000, 1))).majorBrand());
    }

    @Test
    void refusesUnknownBrandsAndAMissingOrMisplacedFtyp() {
        assertNotMp4(concat(ftyp("qt  ", "qt  "), moov(0, 1000, 1), mdat(8)));
        assertNotMp4(concat(moov(0, 1000, 1), standardFtyp(), mdat(8)));
        assertNotMp4(concat(box("ftyp", "isom".getBytes(StandardCharsets.US_ASCII)), moov(0, 1000, 1)));
    }

    @Test
    void refusesBoxesThatRunPastTheEndOfTheFile() {
        assertNotMp4(concat(standardFtyp(), moov(0, 1000, 1), lyingBox("mdat", 10_000, new byte[100])));
        byte[] bigLargeSize = ByteBuffer.allocate(24).putInt(1).put("mdat".getBytes(StandardCharsets.US_ASCII))
                .putLong(Long.MAX_VALUE).array();
        assertNotMp4(concat(standardFtyp(), moov(0, 1000, 1), bigLargeSize));
        byte[] negativeLargeSize = ByteBuffer.allocate(24).putInt(1).put("mdat".getBytes(StandardCharsets.US_ASCII))
                .putLong(-16).array();
        assertNotMp4(concat(standardFtyp(), moov(0, 1000, 1), negativeLargeSize));
    }

    @Test
    void refusesBoxSizesSmallerThanTheirHeader() {
        assertNotMp4(concat(standardFtyp(), moov(0, 1000, 1), lyingBox("free", 4, new byte[8])));
        byte[] tinyLargeSize = ByteBuffer.allocate(16).putInt(1).put("mdat".getBytes(StandardCharsets.US_ASCII))
                .putLong(8).array();
        assertNotMp4(concat(standardFtyp(), moov(0, 1000, 1), tinyLargeSize));
    }

    @Test
    void refusesTruncatedFilesAndTrailingGarbage() {
        byte[] good = mp4(0, 1000, 1_000);
        assertNotMp4(Arrays.copyOf(good, good.length - 1));
        byte[] ftypAndHalfMoov = Arrays.copyOf(good, standardFtyp().length + 40);
        assertNotMp4(ftypAndHalfMoov);
        assertNotMp4(concat(good, new byte[] {0, 0, 1}));
        assertNotMp4(Arrays.copyOf(good, 6));
    }

    @Test
    void requiresAMoovBoxWithAValidMovieHeader() {
        assertNotMp4(concat(standardFtyp(), mdat(64)));
        assertNotMp4(concat(standardFtyp(), box("moov", box("trak")), mdat(8)));
        assertNotMp4(concat(standardFtyp(), box("moov", box("mvhd", new byte[10])), mdat(8)));
        assertNotMp4(concat(standardFtyp(), box("moov", mvhd(2, 1000, 1)), mdat(8)));
        assertNotMp4(concat(standardFtyp(), box("moov", mvhd(0, 0, 1)), mdat(8)));
        // mvhd sticking out of its moov
        byte[] header = mvhd(0, 1000, 1);
        assertNotMp4(concat(standardFtyp(), box("moov", Arrays.copyOf(header, 40)), mdat(8)));
    }

    @Test
    void findsTheMovieHeaderAfterOtherChildren() throws IOException {
        byte[] file = concat(standardFtyp(), box("moov", box("udta", new byte[20]), mvhd(0, 25, 250)), mdat(8));
        assertEquals(OptionalLong.of(10_000), probe(file).durationMillis());
    }

    @Test
    void refusesOtherFormats() {
        assertNotMp4("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertNotMp4(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'});
        assertNotMp4(new byte[0]);
    }

    @Test
    void probesAHugeSparseFileWithoutReadingIt() throws IOException {
        Path file = dir.resolve("huge.mp4");
        byte[] head = concat(standardFtyp(), moov(1, 1000, 7_200_000));
        long mdatSize = 3L * 1024 * 1024 * 1024;
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(head);
            raf.write(ByteBuffer.allocate(16).putInt(1).put("mdat".getBytes(StandardCharsets.US_ASCII))
                    .putLong(mdatSize).array());
            raf.setLength(head.length + mdatSize);
        }
        long start = System.nanoTime();
        Mp4Probe.Mp4Info info = Mp4Probe.probe(file);
        assertEquals(OptionalLong.of(7_200_000), info.durationMillis());
        assertTrue(System.nanoTime() - start < 2_000_000_000L, "reads headers only");
    }
}
