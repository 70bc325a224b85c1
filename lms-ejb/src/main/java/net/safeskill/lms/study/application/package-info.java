/**
 * The study context's application services: {@link net.safeskill.lms.study.application.StudyService} (sessions,
 * heartbeats, presence checks), {@link net.safeskill.lms.study.application.StudyRulesSource} (region rules),
 * {@link net.safeskill.lms.study.application.TrainingClassService} (an institution's classes, rosters and attendance),
 * {@link net.safeskill.lms.study.application.RequirementAdminService} (region rules and training requirements),
 * {@link net.safeskill.lms.study.application.TrainingAssignmentService} (an enterprise assigns courses and
 * requirements) and {@link net.safeskill.lms.study.application.ProgressService} (progress derived from the ledger).
 */
package net.safeskill.lms.study.application;
