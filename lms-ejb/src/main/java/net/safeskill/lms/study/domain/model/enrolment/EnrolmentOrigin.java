package net.safeskill.lms.study.domain.model.enrolment;

/** How a course came into a learner's plan: chosen by the learner (自主选学) or assigned by the employer (指派). */
public enum EnrolmentOrigin {
    SELF_CHOSEN,
    ASSIGNED
}
