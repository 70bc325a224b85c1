/** JMH benchmark of paper assembly (issue #4, E3); not part of the default build (profile {@code bench-bank}). */
package net.safeskill.lms.bench.bank;
