/** Faces beans of the regulator's and system admin's pages for region study rules and training requirements. */
package net.safeskill.lms.web.requirements;
