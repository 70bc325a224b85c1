/**
 * Training classes (培训班, J1): an institution's class with a roster (学员名单), sessions (课次) held in a classroom or
 * as practical training (实操), and attendance (考勤). Confirming a session's attendance locks it and turns the
 * attended time into {@link net.safeskill.lms.study.domain.model.ledger.CreditedPeriod#attendance attendance} rows of
 * the hours ledger — the same ledger as online hours. The ledger is append-only: a confirmed sheet is never changed,
 * so mistakes are corrected on the sheet before it is confirmed, never afterwards.
 */
package net.safeskill.lms.study.domain.model.trainingclass;
