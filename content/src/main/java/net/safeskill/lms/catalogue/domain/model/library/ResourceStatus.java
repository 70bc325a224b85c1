package net.safeskill.lms.catalogue.domain.model.library;

/** A library resource's life: uploaded as a draft, published to every signed-in user, retired. */
public enum ResourceStatus {
    /** 草稿: only its owner sees it */
    DRAFT,
    /** 已发布: in the catalogue for everyone */
    PUBLISHED,
    /** 已停用: out of the catalogue; lessons made from it keep their file */
    RETIRED
}
