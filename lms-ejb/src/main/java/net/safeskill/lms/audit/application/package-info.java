/** Writing and browsing the audit trail. */
package net.safeskill.lms.audit.application;
