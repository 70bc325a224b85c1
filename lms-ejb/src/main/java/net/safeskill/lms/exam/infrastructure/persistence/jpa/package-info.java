/** JPA implementation of the exam context's repository. */
package net.safeskill.lms.exam.infrastructure.persistence.jpa;
