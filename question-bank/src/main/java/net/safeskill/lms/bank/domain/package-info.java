/**
 * The question bank's domain (题库, E1–E3): the aggregates under {@code model} and the repository interfaces through
 * which application services load and store them.
 */
package net.safeskill.lms.bank.domain;
