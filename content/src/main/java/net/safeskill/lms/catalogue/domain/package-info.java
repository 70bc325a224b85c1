/** The catalogue's repository interfaces (B1, B2); the JPA implementations live in lms-ejb. */
package net.safeskill.lms.catalogue.domain;
