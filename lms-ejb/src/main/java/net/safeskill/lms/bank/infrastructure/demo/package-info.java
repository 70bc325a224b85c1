/** Demo data of the question bank (演示题库): loaded on the first start when {@code lms.demo} is on. */
package net.safeskill.lms.bank.infrastructure.demo;
