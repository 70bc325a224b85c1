package net.safeskill.lms.study.application;

/**
 * Fired (CDI event, in the enrolling transaction) when a course enters or leaves someone's plan, so that the
 * catalogue recounts the course's learners ("most studied").
 */
public record EnrolmentChanged(long courseId) {
}
