/** Per-region study profiles (地区学时规则): the configured {@link net.safeskill.lms.study.domain.model.session.StudyRules}. */
package net.safeskill.lms.study.domain.model.profile;
