/** JPA implementation of the identity repository. */
package net.safeskill.lms.identity.infrastructure.persistence.jpa;
