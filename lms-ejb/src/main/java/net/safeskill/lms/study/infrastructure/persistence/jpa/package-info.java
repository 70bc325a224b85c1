/** JPA implementation of the study context's repository; ledger sums are computed in the database. */
package net.safeskill.lms.study.infrastructure.persistence.jpa;
