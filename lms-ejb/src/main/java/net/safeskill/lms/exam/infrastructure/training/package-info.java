/** The exam context's adapters to other contexts' application services (training records from the study context). */
package net.safeskill.lms.exam.infrastructure.training;
