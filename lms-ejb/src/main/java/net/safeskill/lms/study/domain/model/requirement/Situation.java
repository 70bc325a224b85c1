package net.safeskill.lms.study.domain.model.requirement;

/** The situation in which a training requirement falls on a person (C4). */
public enum Situation {
    /** 新上岗（新招录）人员岗前培训 */
    NEW_HIRE,
    /** 离岗3个月以上或调整岗位后重新上岗 */
    RETURN_TO_POST,
    /** 任职（主要负责人、安全生产管理人员） */
    APPOINTMENT,
    /** 取证前的专门培训（特种作业） */
    CERTIFICATION,
    /** 专项轮训（如班组长轮训） */
    ROTATION,
    /** 周期性（年度）再培训 */
    PERIODIC,
    /** 不限情形 */
    ANY
}
