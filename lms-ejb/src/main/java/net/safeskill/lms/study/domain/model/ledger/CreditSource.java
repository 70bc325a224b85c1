package net.safeskill.lms.study.domain.model.ledger;

/** Where a ledger row came from: server-accepted heartbeats, or an institution's attendance record for a class session. */
public enum CreditSource {
    HEARTBEAT,
    CLASS_ATTENDANCE
}
