/**
 * The exam attempt (考试作答, E5): an append-only log of steps — started, resumed, taken over by another device,
 * answer given or changed, flag, navigation, submit — from which the current answers are replayed. Nothing is
 * overwritten: the current answer to an item is its step with the highest client sequence number, so a resend is
 * idempotent and an older answer never replaces a newer one. The server's clock decides the deadline.
 */
package net.safeskill.lms.exam.domain.model.attempt;
