package net.safeskill.lms.catalogue.infrastructure.search;

/**
 * Names of the catalogue index's fields. Courses and library resources are indexed with the very same fields (one
 * binder declares them for both), so one query searches, sorts and counts facets over both kinds at once.
 */
public final class CatalogueFields {

    /** COURSE, or the resource kind: ACCIDENT_CASE, E_TEXTBOOK, COURSEWARE */
    public static final String KIND = "kind";
    public static final String PUBLIC_ID = "publicId";
    /** the title, by words (smartcn); stored for display */
    public static final String TITLE = "title";
    /** the title, by characters and pairs (n-grams) */
    public static final String TITLE_CJK = "title_cjk";
    /** title, description and teachers (course) or source (resource), by words */
    public static final String ALL = "all";
    /** the same texts by characters and pairs; pairs never span two texts, so a phrase stays inside one of them */
    public static final String ALL_CJK = "all_cjk";
    /** the description (course) or summary (resource), stored for snippets only */
    public static final String DESCRIPTION = "description";
    public static final String INDUSTRY = "industry";
    /** target post categories (several per course) */
    public static final String POST = "post";
    /** training type of a course */
    public static final String TYPE = "type";
    /** the owning institution's id; {@value #PLATFORM} for platform resources */
    public static final String INSTITUTION = "inst";
    public static final String PUBLISHED = "published";
    public static final String LEARNERS = "learners";
    public static final String RATING = "rating";
    public static final String RATING_COUNT = "ratingCount";
    /** credit hours of a course, study minutes / 60 of a resource */
    public static final String HOURS = "hours";
    public static final String MEDIA_TYPE = "mediaType";

    /** The institution value of a resource that belongs to the platform. */
    public static final String PLATFORM = "platform";

    public static final String COURSE_INDEX = "catalogue-course";
    public static final String RESOURCE_INDEX = "catalogue-resource";

    private CatalogueFields() {
    }
}
