package net.safeskill.lms.catalogue.infrastructure.search;

/**
 * Names of the catalogue index's fields. Courses and library resources are indexed with the very same fields (one
 * binder declares them for both), so one query searches, sorts and counts facets over both kinds at once.
 */
public final class CatalogueFields {

    /** COURSE, or the resource kind: ACCIDENT_CASE, E_TEXTBOOK, COURSEWARE */
    public static final String KIND = "kind";
    public static final String PUBLIC_ID = "publicId";
    public static final String TITLE = "title";
    public static final String TITLE_CJK = "title_cjk";
    public static final String DESCRIPTION = "description";
    public static final String DESCRIPTION_CJK = "description_cjk";
    /** teachers of a course, source / publisher of a resource */
    public static final String PEOPLE = "people";
    public static final String PEOPLE_CJK = "people_cjk";
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
