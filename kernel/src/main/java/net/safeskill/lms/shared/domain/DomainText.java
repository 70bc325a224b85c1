package net.safeskill.lms.shared.domain;

/** The one rule for required text fields of domain objects: present, not blank, at most so many characters once stripped. */
public final class DomainText {

    private DomainText() {
    }

    /**
     * @return the stripped value
     * @throws DomainException with {@code code} and {@code max} as its argument when the rule is broken
     */
    public static String required(String value, int max, String code) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new DomainException(code, max);
        }
        return value.strip();
    }
}
