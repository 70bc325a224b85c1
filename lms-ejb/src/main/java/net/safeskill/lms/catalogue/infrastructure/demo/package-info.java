/** Demo courses for the embedded default (lms.demo): real lessons (video, PDF, SCORM 1.2 and 2004) a new user can study. */
package net.safeskill.lms.catalogue.infrastructure.demo;
