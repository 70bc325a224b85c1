package net.safeskill.lms.shared.domain.model;

/** Post categories (岗位类别) of A4; the first three together are the 三项岗位人员. */
public enum PostCategory {
    /** 主要负责人 */
    PRINCIPAL(true),
    /** 安全生产管理人员 */
    SAFETY_MANAGER(true),
    /** 特种作业人员 */
    SPECIAL_OPERATOR(true),
    /** 班组长 */
    TEAM_LEADER(false),
    /** 其他从业人员 */
    OTHER(false);

    private final boolean threeKeyPosts;

    PostCategory(boolean threeKeyPosts) {
        this.threeKeyPosts = threeKeyPosts;
    }

    /** @return whether this category is one of the 三项岗位人员 */
    public boolean isThreeKeyPosts() {
        return threeKeyPosts;
    }
}
