/**
 * The catalogue's application services: course authoring by institutions, course review by regulators, and the
 * views they return.
 */
package net.safeskill.lms.catalogue.application;
