/** The exam context's repository interfaces (implemented in infrastructure.persistence.jpa). */
package net.safeskill.lms.exam.domain;
