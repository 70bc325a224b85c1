/**
 * Candidates' papers (试卷, E3): the paper with its items and option orders, the fast random assembler that meets a
 * blueprint exactly with balanced exposure, and fixed papers.
 */
package net.safeskill.lms.bank.domain.model.paper;
