/**
 * Exam sessions (考试场次, E4): the window, duration and device policy of one sitting, who may sit it (registrations
 * with admission tickets, 准考证), the rule that admits them (a training requirement met), and the rule that keeps
 * teaching and examining apart (教考分离: nobody from the institution that trained a candidate proctors or grades
 * them).
 */
package net.safeskill.lms.exam.domain.model.session;
