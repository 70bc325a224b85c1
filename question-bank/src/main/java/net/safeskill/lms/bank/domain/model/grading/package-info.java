/**
 * Automatic grading of objective items (自动评分, E6): exact scores in tenths, the configurable rule for partly right
 * multiple choice, per-blank fill-in grading, short answers handed to people, case analyses summed over their parts.
 */
package net.safeskill.lms.bank.domain.model.grading;
