package net.safeskill.lms.web.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import net.safeskill.lms.web.catalogue.LibraryMediaServlet.ByteRange;

class ByteRangeTest {

    @Test
    void singleRanges() {
        assertEquals(new ByteRange(0, 99), ByteRange.parse("bytes=0-99", 1000));
        assertEquals(new ByteRange(500, 999), ByteRange.parse("bytes=500-", 1000));
        assertEquals(new ByteRange(900, 999), ByteRange.parse("bytes=-100", 1000));
        assertEquals(new ByteRange(0, 999), ByteRange.parse("bytes=-5000", 1000), "suffix longer than the file");
        assertEquals(new ByteRange(990, 999), ByteRange.parse("bytes=990-5000", 1000), "end clamped");
    }

    @Test
    void unsatisfiable() {
        assertEquals(ByteRange.UNSATISFIABLE, ByteRange.parse("bytes=1000-", 1000));
        assertEquals(ByteRange.UNSATISFIABLE, ByteRange.parse("bytes=-0", 1000));
    }

    @Test
    void theWholeFileForAnythingElse() {
        assertNull(ByteRange.parse(null, 1000));
        assertNull(ByteRange.parse("items=0-1", 1000));
        assertNull(ByteRange.parse("bytes=0-1,5-6", 1000), "several ranges: answered with the whole file");
        assertNull(ByteRange.parse("bytes=9-3", 1000));
        assertNull(ByteRange.parse("bytes=x-y", 1000));
        assertNull(ByteRange.parse("bytes=-", 1000));
        assertNull(ByteRange.parse("bytes=99999999999999999999-", 1000));
    }
}
