/** The study context's repository interface; the JPA implementation is in {@code infrastructure.persistence.jpa}. */
package net.safeskill.lms.study.domain;
