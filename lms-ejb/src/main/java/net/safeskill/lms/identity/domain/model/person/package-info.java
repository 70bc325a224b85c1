/**
 * Person (自然人) value objects of the identity context: the 18-digit resident identity number
 * ({@link net.safeskill.lms.identity.domain.model.person.ResidentIdNumber}, 居民身份证号码),
 * {@link net.safeskill.lms.identity.domain.model.person.Gender} (性别) and
 * {@link net.safeskill.lms.identity.domain.model.person.MobileNumber} (手机号码).
 * All types are immutable and validate themselves on construction.
 */
package net.safeskill.lms.identity.domain.model.person;
