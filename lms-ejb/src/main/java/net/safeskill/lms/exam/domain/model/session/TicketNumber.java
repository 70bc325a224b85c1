package net.safeskill.lms.exam.domain.model.session;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * Admission ticket numbers (准考证号): the session's number (6 digits), the candidate's seat (4 digits) and a Luhn
 * check digit, so that a number typed on site with one wrong or two swapped digits is recognised as wrong.
 */
public final class TicketNumber {

    public static final int MAX_SEATS = 9999;

    private TicketNumber() {
    }

    /** @param sessionNumber 1…999999 @param seat 1…9999 */
    public static String of(long sessionNumber, int seat) {
        if (sessionNumber < 1 || sessionNumber > 999_999) {
            throw new IllegalArgumentException("session number out of range: " + sessionNumber);
        }
        if (seat < 1 || seat > MAX_SEATS) {
            throw new DomainException("exam.session.full", MAX_SEATS);
        }
        String body = String.format("%06d%04d", sessionNumber, seat);
        return body + checkDigit(body);
    }

    /** @return whether the text is a well-formed ticket number with the right check digit */
    public static boolean isValid(String ticket) {
        if (ticket == null || !ticket.matches("\\d{11}")) {
            return false;
        }
        return checkDigit(ticket.substring(0, 10)) == ticket.charAt(10) - '0';
    }

    static int checkDigit(String digits) {
        int sum = 0;
        boolean twice = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return (10 - sum % 10) % 10;
    }
}
