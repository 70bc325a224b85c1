/**
 * The hours ledger (学时台账, C3): immutable {@link net.safeskill.lms.study.domain.model.ledger.CreditedPeriod} rows,
 * online from heartbeats, classroom and practical from class attendance. Every total is a sum over these rows.
 */
package net.safeskill.lms.study.domain.model.ledger;
