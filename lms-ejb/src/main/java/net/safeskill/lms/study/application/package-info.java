/**
 * The study context's application services: {@link net.safeskill.lms.study.application.StudyService} (sessions,
 * heartbeats, presence checks) and {@link net.safeskill.lms.study.application.StudyRulesSource} (region rules).
 */
package net.safeskill.lms.study.application;
