/** Faces beans of studying: the learner's plan (我的学习) and the study page (学习播放页). */
package net.safeskill.lms.web.study;
