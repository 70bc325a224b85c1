package net.safeskill.lms.study.domain.model.scorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import net.safeskill.lms.shared.domain.DomainException;

class ScormCommitTest {

    @Test
    void scorm12StatusAndScoreAreRead() {
        ScormCommit c = ScormCommit.read("""
                {"cmi":{"core":{"lesson_status":"passed","lesson_location":"p3","score":{"raw":"85"}},
                "suspend_data":"page=3"}}""", "SCORM_12");
        assertEquals("passed", c.completion());
        assertEquals("passed", c.success());
        assertEquals(new BigDecimal("85"), c.scoreRaw());
        assertTrue(c.finished());
        assertTrue(c.cmiJson().contains("\"suspend_data\":\"page=3\""));
    }

    @Test
    void scorm2004CompletionAndSuccessAreSeparate() {
        ScormCommit c = ScormCommit.read("""
                {"cmi":{"completion_status":"incomplete","success_status":"unknown","location":"scorm-page-2",
                "score":{"raw":42.5}}}""", "SCORM_2004");
        assertEquals("incomplete", c.completion());
        assertEquals("unknown", c.success());
        assertEquals(new BigDecimal("42.5"), c.scoreRaw());
        assertFalse(c.finished());
    }

    @Test
    void unknownVocabularyAndBadScoreAreNotTrusted() {
        ScormCommit c = ScormCommit.read("""
                {"cmi":{"completion_status":"<script>","success_status":"PASSED ","score":{"raw":"1e999999"}}}""",
                "SCORM_2004");
        assertEquals("unknown", c.completion());
        assertEquals("passed", c.success());
        assertNull(c.scoreRaw());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "[]", "{}", "{\"cmi\":[]}", "{\"cmi\":\"x\"}", "{\"cmi\":{", "not json",
            "{\"cmi\":{}} trailing"})
    void malformedBodiesAreRefused(String body) {
        DomainException e = assertThrows(DomainException.class, () -> ScormCommit.read(body, "SCORM_12"));
        assertTrue(e.code().startsWith("scorm.commit"), e.code());
    }

    @Test
    void oversizedBodyIsRefusedBeforeParsing() {
        String big = "{\"cmi\":{\"suspend_data\":\"" + "x".repeat(ScormCommit.MAX_BYTES) + "\"}}";
        assertEquals("scorm.commitTooLarge",
                assertThrows(DomainException.class, () -> ScormCommit.read(big, "SCORM_12")).code());
    }

    @Test
    void attemptKeepsTheFirstFinishAndCountsCommits() {
        Instant t0 = Instant.parse("2026-11-23T01:00:00Z");
        ScormAttempt a = new ScormAttempt(1, 2, ScormCommit.read("{\"cmi\":{\"completion_status\":\"completed\"}}",
                "SCORM_2004"), t0);
        a.commit(ScormCommit.read("{\"cmi\":{\"completion_status\":\"incomplete\"}}", "SCORM_2004"),
                t0.plusSeconds(60));
        assertEquals(t0, a.finishedAt());
        assertEquals("incomplete", a.completion());
        assertEquals(2, a.commits());
    }
}
