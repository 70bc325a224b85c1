package net.safeskill.lms.shared.domain.model;

/**
 * Training type (培训类型): what a course is for and which training requirement its hours count toward (C4, C5).
 * Courses carry one; requirements name the types whose hours they accept.
 */
public enum TrainingType {
    /** 岗前安全培训（新员工三级安全教育） */
    PRE_JOB,
    /** 离岗3个月以上复岗培训 */
    RETURN_TO_POST,
    /** 班组长轮训 */
    TEAM_LEADER_ROTATION,
    /** 特种作业初训 */
    SPECIAL_OPERATION_INITIAL,
    /** 主要负责人和安全生产管理人员培训 */
    PRINCIPAL_AND_SAFETY_MANAGER,
    /** 年度再培训 */
    ANNUAL_REFRESHER,
    /** 知识更新再培训（以线上为主） */
    KNOWLEDGE_UPDATE,
    /** 通用安全知识 */
    GENERAL
}
