/** Faces beans of the learner's pages that this area adds: 我的培训要求 (progress toward training requirements). */
package net.safeskill.lms.web.learner;
