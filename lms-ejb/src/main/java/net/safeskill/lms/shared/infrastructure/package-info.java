/** Infrastructure shared by all contexts: schema migration at start-up. */
package net.safeskill.lms.shared.infrastructure;
