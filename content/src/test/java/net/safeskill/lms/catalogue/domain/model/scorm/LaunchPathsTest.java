package net.safeskill.lms.catalogue.domain.model.scorm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LaunchPathsTest {

    /** The examples of SCORM CAM (Content Aggregation Model), section on item parameters. */
    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource(delimiter = '|', nullValues = "NULL", emptyValue = "", value = {
        "''|?name=value|?name=value",
        "''|&name=value|?name=value",
        "''|??&name=value|?name=value",
        "?a=1|name=value|?a=1&name=value",
        "?a=1|?name=value|?a=1&name=value",
        "?a=1&|name=value|?a=1&name=value",
        "?|x=1|?x=1",
        "''|#part2|#part2",
        "#part1|#part2|#part1",
        "?a=1#part1|b=2|?a=1&b=2#part1",
        "?a=1|#frag|?a=1#frag",
        "?a=1|NULL|?a=1",
        "?a=1|'  '|?a=1",
        "''|?|''"})
    void appendsItemParametersAsScormCamSays(String suffix, String parameters, String expected) {
        assertEquals(expected, LaunchPaths.appendParameters(suffix, parameters));
    }

    @Test
    void joinsBasesAsDirectories() {
        assertEquals("a/b/", LaunchPaths.joinBase(LaunchPaths.joinBase("", "a"), "b/"));
        assertEquals("a/", LaunchPaths.joinBase("a/", " "));
        assertEquals("http://cdn/x/", LaunchPaths.joinBase("a/", "http://cdn/x"));
        assertEquals("a/b/", LaunchPaths.joinBase("", "a\\b"));
    }

    @Test
    void resolvesNormalisesAndDecodes() {
        assertArrayEquals(new String[] {"a/c.html", "?q=%20"}, LaunchPaths.resolve("a/b/", "../c.html?q=%20"));
        assertArrayEquals(new String[] {"c d.html", "#x?y"}, LaunchPaths.resolve("", "./c%20d.html#x?y"));
        assertEquals("../../x", LaunchPaths.normalise("a/../../../x"));
        assertEquals("", LaunchPaths.normalise("./a/.."));
        assertEquals("%", LaunchPaths.percentDecode("%"));
        assertEquals("%4", LaunchPaths.percentDecode("%4"));
        assertEquals("\u00e9", LaunchPaths.percentDecode("%C3%A9"));
        assertEquals("\uD83D\uDE00a", LaunchPaths.percentDecode("\uD83D\uDE00a"));
    }
}
