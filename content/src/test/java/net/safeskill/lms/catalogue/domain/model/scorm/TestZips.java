package net.safeskill.lms.catalogue.domain.model.scorm;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds and tampers with zip archives for tests. */
final class TestZips {

    private TestZips() {
    }

    /** @return a zip of name/content pairs, in order */
    static byte[] zip(Object... nameContentPairs) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < nameContentPairs.length; i += 2) {
            Object content = nameContentPairs[i + 1];
            entries.put((String) nameContentPairs[i], content instanceof byte[] b ? b
                    : ((String) content).getBytes(StandardCharsets.UTF_8));
        }
        return zip(entries, StandardCharsets.UTF_8);
    }

    static byte[] zip(Map<String, byte[]> entries, Charset nameCharset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, nameCharset)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** @return a zip with one STORED entry (no compression) */
    static byte[] stored(String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry = new ZipEntry(name);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            CRC32 crc = new CRC32();
            crc.update(content);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Rewrites the uncompressed size that the central directory declares for {@code name}, as a
     * hostile archive would (the data itself is unchanged).
     */
    static byte[] lieAboutSize(byte[] zip, String name, long declaredSize) {
        byte[] copy = zip.clone();
        ByteBuffer b = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
        int end = copy.length - 22;
        while (b.getInt(end) != 0x06054b50) {
            end--;
        }
        int position = b.getInt(end + 16);
        int count = b.getShort(end + 10) & 0xFFFF;
        for (int i = 0; i < count; i++) {
            int nameLength = b.getShort(position + 28) & 0xFFFF;
            int extraLength = b.getShort(position + 30) & 0xFFFF;
            int commentLength = b.getShort(position + 32) & 0xFFFF;
            String entryName = new String(copy, position + 46, nameLength, StandardCharsets.UTF_8);
            if (entryName.equals(name)) {
                b.putInt(position + 24, (int) declaredSize);
                return copy;
            }
            position += 46 + nameLength + extraLength + commentLength;
        }
        throw new IllegalArgumentException("no entry " + name);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
