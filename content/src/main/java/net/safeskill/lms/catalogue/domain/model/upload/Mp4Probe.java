package net.safeskill.lms.catalogue.domain.model.upload;

import java.io.EOFException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * MP4 structure probe (MP4 结构检查): walks the top-level boxes of an ISO base media file
 * (ISO/IEC 14496-12) with random access, checks that the file starts with an {@code ftyp} box of a
 * known brand, that every box fits inside the file and that a {@code moov} box exists, and reads the
 * play time from {@code moov/mvhd}. Only box headers are read, so a 2 GiB video costs a few reads.
 *
 * <p>Any structural problem is reported as {@link DomainException} {@code upload.notMp4}.
 */
public final class Mp4Probe {

    /** Brands of MP4 files that browsers and the platform's player can play. */
    public static final Set<String> KNOWN_BRANDS = Set.of(
            "isom", "iso2", "iso3", "iso4", "iso5", "iso6", "iso7", "iso8", "iso9",
            "mp41", "mp42", "mp71", "avc1", "M4V ", "M4VH", "M4VP", "dash", "msdh", "msix",
            "mmp4", "cmfc", "cmf2", "f4v ", "XAVC", "MSNV");

    /** Upper bound on boxes walked at one level, so a file of 8-byte boxes cannot keep us busy. */
    static final int MAX_BOXES_PER_LEVEL = 100_000;

    private static final int MAX_FTYP_BYTES = 4096;
    private static final long UNKNOWN_DURATION_V0 = 0xFFFFFFFFL;

    private Mp4Probe() {
    }

    /**
     * What the probe found.
     *
     * @param majorBrand     the major brand of the {@code ftyp} box
     * @param brands         the compatible brands listed in the {@code ftyp} box
     * @param timescale      units per second of the movie header, positive
     * @param durationMillis play time in milliseconds; empty if the file marks it as unknown
     * @param topLevelBoxes  the four-character types of the top-level boxes, in file order
     */
    public record Mp4Info(String majorBrand, List<String> brands, long timescale, OptionalLong durationMillis,
            List<String> topLevelBoxes) {

        public Mp4Info {
            Objects.requireNonNull(majorBrand, "majorBrand");
            brands = List.copyOf(brands);
            topLevelBoxes = List.copyOf(topLevelBoxes);
            Objects.requireNonNull(durationMillis, "durationMillis");
        }
    }

    /** Probes the file at {@code file}. */
    public static Mp4Info probe(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return probe(channel);
        }
    }

    /** Probes the bytes of {@code channel} from position 0 to its size; the position is not restored. */
    public static Mp4Info probe(SeekableByteChannel channel) throws IOException {
        long end = channel.size();
        Box ftyp = readBox(channel, 0, end);
        if (!"ftyp".equals(ftyp.type) || ftyp.payloadSize() < 8) {
            throw notMp4();
        }
        ByteBuffer brandBytes = read(channel, ftyp.payloadStart(), (int) Math.min(ftyp.payloadSize(), MAX_FTYP_BYTES));
        String majorBrand = fourCc(brandBytes, 0);
        List<String> brands = new ArrayList<>();
        for (int i = 8; i + 4 <= brandBytes.limit(); i += 4) {
            brands.add(fourCc(brandBytes, i));
        }
        if (!KNOWN_BRANDS.contains(majorBrand) && brands.stream().noneMatch(KNOWN_BRANDS::contains)) {
            throw notMp4();
        }

        List<String> types = new ArrayList<>();
        types.add(ftyp.type);
        Box moov = null;
        long position = ftyp.end();
        while (position < end) {
            if (types.size() >= MAX_BOXES_PER_LEVEL) {
                throw notMp4();
            }
            Box box = readBox(channel, position, end);
            types.add(box.type);
            if (moov == null && "moov".equals(box.type)) {
                moov = box;
            }
            position = box.end();
        }
        if (moov == null) {
            throw notMp4();
        }
        Box mvhd = findChild(channel, moov, "mvhd");
        return readMovieHeader(channel, mvhd, majorBrand, brands, types);
    }

    private static Box findChild(SeekableByteChannel channel, Box parent, String type) throws IOException {
        long position = parent.payloadStart();
        int count = 0;
        while (position < parent.end()) {
            if (++count > MAX_BOXES_PER_LEVEL) {
                throw notMp4();
            }
            Box child = readBox(channel, position, parent.end());
            if (type.equals(child.type)) {
                return child;
            }
            position = child.end();
        }
        throw notMp4();
    }

    private static Mp4Info readMovieHeader(SeekableByteChannel channel, Box mvhd, String majorBrand,
            List<String> brands, List<String> types) throws IOException {
        if (mvhd.payloadSize() < 4) {
            throw notMp4();
        }
        int version = read(channel, mvhd.payloadStart(), 1).get(0);
        long timescale;
        long duration;
        boolean unknown;
        if (version == 0) {
            // version+flags(4) creation(4) modification(4) timescale(4) duration(4)
            if (mvhd.payloadSize() < 20) {
                throw notMp4();
            }
            ByteBuffer b = read(channel, mvhd.payloadStart() + 12, 8);
            timescale = b.getInt(0) & 0xFFFFFFFFL;
            duration = b.getInt(4) & 0xFFFFFFFFL;
            unknown = duration == UNKNOWN_DURATION_V0;
        } else if (version == 1) {
            // version+flags(4) creation(8) modification(8) timescale(4) duration(8)
            if (mvhd.payloadSize() < 32) {
                throw notMp4();
            }
            ByteBuffer b = read(channel, mvhd.payloadStart() + 20, 12);
            timescale = b.getInt(0) & 0xFFFFFFFFL;
            duration = b.getLong(4);
            unknown = duration < 0; // all ones means unknown; beyond 2^63 units is not a real video
        } else {
            throw notMp4();
        }
        if (timescale == 0) {
            throw notMp4();
        }
        OptionalLong millis = OptionalLong.empty();
        if (!unknown) {
            BigInteger ms = BigInteger.valueOf(duration).multiply(BigInteger.valueOf(1000))
                    .divide(BigInteger.valueOf(timescale));
            if (ms.bitLength() < 63) {
                millis = OptionalLong.of(ms.longValue());
            }
        }
        return new Mp4Info(majorBrand, brands, timescale, millis, types);
    }

    /** Reads the box header at {@code position}; the box must lie entirely before {@code limit}. */
    private static Box readBox(SeekableByteChannel channel, long position, long limit) throws IOException {
        if (limit - position < 8) {
            throw notMp4();
        }
        ByteBuffer header = read(channel, position, 8);
        long size = header.getInt(0) & 0xFFFFFFFFL;
        String type = fourCc(header, 4);
        int headerSize = 8;
        if (size == 1) {
            if (limit - position < 16) {
                throw notMp4();
            }
            size = read(channel, position + 8, 8).getLong(0);
            headerSize = 16;
            if (size < 16) { // also refuses sizes of 2^63 and more, which read as negative
                throw notMp4();
            }
        } else if (size == 0) {
            size = limit - position;
        } else if (size < 8) {
            throw notMp4();
        }
        if (size > limit - position) {
            throw notMp4();
        }
        return new Box(type, position, size, headerSize);
    }

    private static ByteBuffer read(SeekableByteChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        channel.position(position);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                throw new EOFException("unexpected end of file at " + (position + buffer.position()));
            }
        }
        return buffer.flip();
    }

    private static String fourCc(ByteBuffer buffer, int offset) {
        byte[] bytes = new byte[4];
        buffer.get(offset, bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static DomainException notMp4() {
        return new DomainException("upload.notMp4");
    }

    private record Box(String type, long start, long size, int headerSize) {

        long payloadStart() {
            return start + headerSize;
        }

        long payloadSize() {
            return size - headerSize;
        }

        long end() {
            return start + size;
        }
    }
}
