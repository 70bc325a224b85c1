/**
 * Questions (试题, E1): the {@link net.safeskill.lms.bank.domain.model.question.Question} aggregate with its status
 * and immutable revisions, the per-type body and answer key, and the stem normalisation used to find duplicates (E2).
 */
package net.safeskill.lms.bank.domain.model.question;
