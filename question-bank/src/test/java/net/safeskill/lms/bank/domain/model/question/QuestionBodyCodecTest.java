package net.safeskill.lms.bank.domain.model.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuestionBodyCodecTest {

    @Test
    void everySampleSurvivesStorage() {
        for (QuestionBody body : SampleQuestions.all()) {
            assertEquals(body, QuestionBodyCodec.decode(QuestionBodyCodec.encode(body)));
        }
    }

    @Test
    void textThatLooksLikeTheEncodingIsKeptAsText() {
        QuestionBody tricky = QuestionBody.singleChoice("3:abc 1:: 中文：冒号", List.of("0:", "2:xx", ":"), 2);
        assertEquals(tricky, QuestionBodyCodec.decode(QuestionBodyCodec.encode(tricky)));
    }

    @Test
    void truncatedOrTrailingDataIsRefused() {
        String text = QuestionBodyCodec.encode(SampleQuestions.single());
        assertThrows(RuntimeException.class, () -> QuestionBodyCodec.decode(text.substring(0, text.length() - 3)));
        assertThrows(IllegalArgumentException.class, () -> QuestionBodyCodec.decode(text + "1:x"));
    }
}
