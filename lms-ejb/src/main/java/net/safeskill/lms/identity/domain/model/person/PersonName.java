package net.safeskill.lms.identity.domain.model.person;

import java.util.regex.Pattern;

import net.safeskill.lms.shared.domain.DomainException;

/**
 * A person's real name (实名) as printed on the resident identity card: 2–30 characters, letters of any script,
 * with the middle dot used in minority and transliterated names (e.g. 买买提·艾力).
 */
public final class PersonName {

    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}·•. ]{2,30}");

    private PersonName() {
    }

    /** @return the normalised name (trimmed, inner runs of spaces collapsed) */
    public static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new DomainException("name.empty");
        }
        String name = raw.strip().replaceAll("\\s+", " ").replace('•', '·');
        if (name.length() < 2 || name.length() > 30) {
            throw new DomainException("name.length", 2, 30);
        }
        if (!ALLOWED.matcher(name).matches()) {
            throw new DomainException("name.format");
        }
        return name;
    }
}
