/**
 * Import and export of questions (导入导出, E2): the platform's Excel template, Moodle XML, GIFT and Aiken. Every read
 * gives an all-or-nothing {@link net.safeskill.lms.bank.domain.model.transfer.ImportPreview} with line- or row-level
 * problems and duplicates (same normalised stem); nothing is saved here. Uploads are hostile (N3): size limits,
 * hardened XML, streamed Excel with zip-bomb, row and cell limits.
 */
package net.safeskill.lms.bank.domain.model.transfer;
