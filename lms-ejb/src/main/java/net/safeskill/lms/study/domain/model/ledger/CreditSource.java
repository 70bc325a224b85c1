package net.safeskill.lms.study.domain.model.ledger;

/**
 * Where a ledger row came from: server-accepted heartbeats, an institution's attendance record for a class session,
 * or the demo seed (sample data of a demo installation, never earned by anybody).
 */
public enum CreditSource {
    HEARTBEAT,
    CLASS_ATTENDANCE,
    DEMO
}
