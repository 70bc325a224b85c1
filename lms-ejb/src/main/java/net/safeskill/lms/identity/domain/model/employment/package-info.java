/** Employment history (从业经历, A4): person × enterprise × post category × dates. */
package net.safeskill.lms.identity.domain.model.employment;
