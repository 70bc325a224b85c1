package net.safeskill.lms.identity.domain.model.person;

/**
 * Gender (性别) as encoded in the 17th digit of a resident identity number:
 * odd means {@link #MALE} (男), even means {@link #FEMALE} (女).
 */
public enum Gender {
    /** 男 */
    MALE,
    /** 女 */
    FEMALE
}
