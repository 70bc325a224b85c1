package net.safeskill.lms.bank.domain.model.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class StemNormaliserTest {

    @Test
    void fullWidthBecomesHalfWidthAndCaseFolds() {
        assertEquals("co2灭火器abc123", StemNormaliser.normalise("ＣＯ２灭火器ＡＢＣ１２３"));
    }

    @Test
    void whitespaceAndPunctuationOfBothScriptsAreDropped() {
        String a = "扑救电气火灾时，应首先（   ）。";
        String b = "扑救电气火灾时,应首先( )";
        String c = " 扑救 电气火灾时 应首先____? ";
        assertEquals(StemNormaliser.normalise(a), StemNormaliser.normalise(b));
        assertEquals(StemNormaliser.normalise(a), StemNormaliser.normalise(c));
        assertEquals("扑救电气火灾时应首先", StemNormaliser.normalise(a));
        assertEquals("", StemNormaliser.normalise(null));
    }

    @Test
    void differentWordsStayDifferent() {
        assertNotEquals(StemNormaliser.normalise("氧气浓度不低于19.5%"), StemNormaliser.normalise("氧气浓度不低于18%"));
    }
}
