package net.safeskill.lms.identity.application;

import java.security.SecureRandom;

/** One-time initial passwords for accounts that an administrator creates; the owner must change it at first login. */
final class InitialPasswords {

    private static final String LETTERS = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private InitialPasswords() {
    }

    static String generate() {
        StringBuilder sb = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            String pool = i % 3 == 2 ? DIGITS : LETTERS;
            sb.append(pool.charAt(RANDOM.nextInt(pool.length())));
        }
        return sb.toString();
    }
}
