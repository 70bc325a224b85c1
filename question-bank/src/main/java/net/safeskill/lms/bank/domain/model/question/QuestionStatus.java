package net.safeskill.lms.bank.domain.model.question;

/** A question's life in the bank (E1): only reviewed questions go into papers. */
public enum QuestionStatus {
    /** 草稿: being written or changed; not drawn into papers */
    DRAFT,
    /** 已审核: checked by a second person; drawn into papers */
    REVIEWED,
    /** 已停用: no longer drawn; papers that used it keep their revision */
    RETIRED
}
