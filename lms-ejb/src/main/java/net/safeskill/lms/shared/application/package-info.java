/** Cross-cutting application helpers: request origin, the platform clock. */
package net.safeskill.lms.shared.application;
