package net.safeskill.lms.study.domain.model.ledger;

/** How the hours were studied (C3): online, in a classroom, or in practical training (实操). */
public enum StudyMode {
    ONLINE,
    CLASSROOM,
    PRACTICAL
}
