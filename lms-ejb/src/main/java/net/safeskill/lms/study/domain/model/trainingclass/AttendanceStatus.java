package net.safeskill.lms.study.domain.model.trainingclass;

/** A person's attendance at one session (出勤 / 迟到 / 缺勤). */
public enum AttendanceStatus {
    PRESENT,
    LATE,
    ABSENT
}
