/** Repository interfaces of the identity context; implemented in {@code infrastructure.persistence.jpa}. */
package net.safeskill.lms.identity.domain;
