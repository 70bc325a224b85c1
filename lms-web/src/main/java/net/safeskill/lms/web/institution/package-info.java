/** Faces beans of the training institution's pages: training classes (培训班), their rosters, sessions and attendance. */
package net.safeskill.lms.web.institution;
