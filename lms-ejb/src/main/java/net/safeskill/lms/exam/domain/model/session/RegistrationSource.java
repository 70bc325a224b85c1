package net.safeskill.lms.exam.domain.model.session;

/** How a candidate came onto a session: picked from a list, from an uploaded Excel roster, or a whole training class. */
public enum RegistrationSource {
    LIST,
    ROSTER,
    TRAINING_CLASS
}
