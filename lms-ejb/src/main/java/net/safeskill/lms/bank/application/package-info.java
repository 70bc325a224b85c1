/**
 * The question bank's application services (题库, E1, E2): thin {@code @Stateless} services for the exam authority's
 * exam administrators. Separation of teaching and examining (教考分离) is enforced here by {@link BankAccessGuard}:
 * every call from anybody else is refused and audited, and every read of questions is audited.
 */
package net.safeskill.lms.bank.application;
