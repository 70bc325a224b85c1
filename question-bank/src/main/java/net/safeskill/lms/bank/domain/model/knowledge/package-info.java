/** The knowledge point tree (知识点, E1): entities that refuse cycles and excess depth, and a read-only snapshot by code. */
package net.safeskill.lms.bank.domain.model.knowledge;
