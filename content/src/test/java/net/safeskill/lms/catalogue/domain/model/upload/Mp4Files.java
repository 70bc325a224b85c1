package net.safeskill.lms.catalogue.domain.model.upload;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Builds minimal, structurally valid ISO base media (MP4) files for tests. */
final class Mp4Files {

    private Mp4Files() {
    }

    static byte[] box(String type, byte[]... payloads) {
        int length = 8;
        for (byte[] p : payloads) {
            length += p.length;
        }
        ByteBuffer b = ByteBuffer.allocate(length).putInt(length).put(type.getBytes(StandardCharsets.ISO_8859_1));
        for (byte[] p : payloads) {
            b.put(p);
        }
        return b.array();
    }

    /** A box with a 64-bit {@code largesize} header. */
    static byte[] largeBox(String type, byte[] payload) {
        return ByteBuffer.allocate(16 + payload.length).putInt(1).put(type.getBytes(StandardCharsets.ISO_8859_1))
                .putLong(16L + payload.length).put(payload).array();
    }

    /** A box whose header declares {@code declaredSize}, whatever its real payload. */
    static byte[] lyingBox(String type, long declaredSize, byte[] payload) {
        return ByteBuffer.allocate(8 + payload.length).putInt((int) declaredSize)
                .put(type.getBytes(StandardCharsets.ISO_8859_1)).put(payload).array();
    }

    static byte[] ftyp(String major, String... compatible) {
        ByteBuffer b = ByteBuffer.allocate(8 + 4 * compatible.length)
                .put(major.getBytes(StandardCharsets.ISO_8859_1)).putInt(0x200);
        for (String brand : compatible) {
            b.put(brand.getBytes(StandardCharsets.ISO_8859_1));
        }
        return box("ftyp", b.array());
    }

    /** A movie header box; version 0 has 32-bit times and duration, version 1 64-bit ones. */
    static byte[] mvhd(int version, long timescale, long duration) {
        ByteBuffer b;
        if (version == 1) {
            b = ByteBuffer.allocate(112).put((byte) 1).put(new byte[3]).putLong(3_700_000_000L).putLong(3_700_000_000L)
                    .putInt((int) timescale).putLong(duration);
        } else {
            b = ByteBuffer.allocate(100).put((byte) version).put(new byte[3]).putInt(0).putInt(0)
                    .putInt((int) timescale).putInt((int) duration);
        }
        b.putInt(0x00010000).putShort((short) 0x0100); // rate 1.0, volume 1.0
        return box("mvhd", b.array());
    }

    static byte[] moov(int version, long timescale, long duration) {
        return box("moov", mvhd(version, timescale, duration), box("trak", box("tkhd", new byte[84])));
    }

    static byte[] mdat(int bytes) {
        byte[] payload = new byte[bytes];
        for (int i = 0; i < bytes; i++) {
            payload[i] = (byte) (i * 31);
        }
        return box("mdat", payload);
    }

    static byte[] standardFtyp() {
        return ftyp("isom", "isom", "iso2", "avc1", "mp41");
    }

    /** ftyp + moov(mvhd) + mdat, the "fast start" layout. */
    static byte[] mp4(int mvhdVersion, long timescale, long duration) {
        return concat(standardFtyp(), moov(mvhdVersion, timescale, duration), mdat(256));
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
