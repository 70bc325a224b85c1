/** Enrolments (选课): self-chosen and assigned courses in a learner's plan (B3). */
package net.safeskill.lms.study.domain.model.enrolment;
