/** JPA implementation of the catalogue's repositories. */
package net.safeskill.lms.catalogue.infrastructure.persistence.jpa;
