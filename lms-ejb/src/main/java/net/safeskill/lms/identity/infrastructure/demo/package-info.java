/** First-start demo data for the embedded default profile. */
package net.safeskill.lms.identity.infrastructure.demo;
