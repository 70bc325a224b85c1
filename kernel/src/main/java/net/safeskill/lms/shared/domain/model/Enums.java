package net.safeskill.lms.shared.domain.model;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;

import net.safeskill.lms.shared.domain.DomainException;

/** Enum constants from what a page sent: a name the enum does not know is the given domain error, never a crash. */
public final class Enums {

    private Enums() {
    }

    /** @throws DomainException {@code code} when the value is empty or names no constant */
    public static <E extends Enum<E>> E parse(Class<E> type, String value, String code) {
        if (value == null || value.isBlank()) {
            throw new DomainException(code);
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(code);
        }
    }

    /** @return the constants named (an empty or null collection gives an empty set) */
    public static <E extends Enum<E>> EnumSet<E> parseAll(Class<E> type, Collection<String> values, String code) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (values != null) {
            values.forEach(v -> set.add(parse(type, v, code)));
        }
        return set;
    }
}
