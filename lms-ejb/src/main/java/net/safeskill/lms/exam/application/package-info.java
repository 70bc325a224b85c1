/** The exam context's application services: thin, one use case each; rules live in the domain model. */
package net.safeskill.lms.exam.application;
