/**
 * Shared domain kernel: building blocks used by every bounded context of the LMS,
 * such as {@link net.safeskill.lms.shared.domain.DomainException} (领域异常), which
 * carries a language-neutral error code instead of a user-facing message.
 */
package net.safeskill.lms.shared.domain;
