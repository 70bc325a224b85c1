/**
 * Study sessions (学习会话): {@link net.safeskill.lms.study.domain.model.session.StudySession} judges the study page's
 * heartbeats on the server's clock by the {@link net.safeskill.lms.study.domain.model.session.StudyRules} of the
 * region (C1, C2): one active session per person, real time only, nothing while hidden, paused or too fast, no
 * skipping ahead on a first viewing, random presence checks, daily / lesson / course caps.
 */
package net.safeskill.lms.study.domain.model.session;
