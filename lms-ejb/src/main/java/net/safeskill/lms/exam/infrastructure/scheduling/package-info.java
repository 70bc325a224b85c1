/** Jobs the server runs by itself, on every node (their work is safe to race). */
package net.safeskill.lms.exam.infrastructure.scheduling;
