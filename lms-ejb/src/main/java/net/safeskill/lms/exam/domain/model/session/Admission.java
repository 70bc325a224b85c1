package net.safeskill.lms.exam.domain.model.session;

/** Whether a registered candidate may sit the exam: not yet decided, admitted, or refused (with the reason kept). */
public enum Admission {
    PENDING,
    ADMITTED,
    REFUSED
}
