package net.safeskill.lms.it.support;

import java.util.concurrent.ThreadLocalRandom;

import net.safeskill.lms.identity.domain.model.organisation.UnifiedSocialCreditCode;
import net.safeskill.lms.identity.domain.model.person.ResidentIdNumber;

/** Fresh, valid and unique-enough resident ID numbers, mobile numbers and credit codes for tests. */
public final class TestPeople {

    private TestPeople() {
    }

    public static String residentId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String body = "320582" + (1970 + r.nextInt(35)) + String.format("%02d%02d", 1 + r.nextInt(12),
                1 + r.nextInt(28)) + String.format("%03d", r.nextInt(1000));
        return ResidentIdNumber.withCheckDigit(body).value();
    }

    public static String creditCode() {
        return UnifiedSocialCreditCode.withCheckCharacter("91430900MA"
                + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000))).value();
    }

    public static String mobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
