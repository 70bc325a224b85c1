/**
 * Training requirements (培训要求, C4): how many credit hours, of which training types, for which posts, within how
 * many months, and how online hours count (a weight and a cap); obligations put a person under a requirement and
 * progress is derived from the ledger.
 */
package net.safeskill.lms.study.domain.model.requirement;
