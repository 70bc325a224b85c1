package net.safeskill.lms.web.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteRangeTest {

    @ParameterizedTest
    @CsvSource({"bytes=0-99,0,99", "bytes=100-,100,999", "bytes=-200,800,999", "bytes=900-5000,900,999",
            "bytes=-5000,0,999", "bytes=999-999,999,999", "' bytes=10-19 ',10,19"})
    void singleRangesAreResolvedAgainstTheLength(String header, long start, long end) {
        ByteRange.Partial p = assertInstanceOf(ByteRange.Partial.class, ByteRange.parse(header, 1000));
        assertEquals(new ByteRange(start, end), p.range());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=1000-", "bytes=1000-2000", "bytes=-0", "bytes=9999999999999999999-"})
    void rangesOutsideTheFileAreUnsatisfiable(String header) {
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.parse(header, 1000));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bytes=", "bytes=-", "items=0-9", "bytes=0-9,20-29", "bytes=9-0", "bytes=a-b",
            "bytes 0-9"})
    void unusableHeadersMeanTheWholeFile(String header) {
        assertInstanceOf(ByteRange.Whole.class, ByteRange.parse(header, 1000));
    }
}
