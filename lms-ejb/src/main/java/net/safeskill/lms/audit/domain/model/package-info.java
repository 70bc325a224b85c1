/** The audit trail (审计日志): immutable entries of who did what, when, from where. */
package net.safeskill.lms.audit.domain.model;
