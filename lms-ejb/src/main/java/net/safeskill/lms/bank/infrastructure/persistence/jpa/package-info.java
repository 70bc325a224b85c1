/**
 * JPA implementations of the question bank's repositories (题库持久化, E1–E3). The tables come from the Flyway
 * migration {@code V6__question_bank.sql}; every query is scoped by the owning exam authority.
 */
package net.safeskill.lms.bank.infrastructure.persistence.jpa;
