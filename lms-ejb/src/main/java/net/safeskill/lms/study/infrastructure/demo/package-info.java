/**
 * Demo data of the study context (only when {@code lms.demo} is on, only into empty tables): the Suzhou and Yiyang
 * study profiles and training requirements drawn from the two municipal plans, a demo online course, a demo training
 * class with confirmed attendance, obligations and assigned courses, so that the progress pages show real numbers.
 */
package net.safeskill.lms.study.infrastructure.demo;
