package net.safeskill.lms.catalogue.application;

import java.util.regex.Pattern;

/**
 * A catalogue search (课程超市检索) as the page asks for it: free text, facet filters, sort and page. Everything
 * comes from request parameters, so the record cleans it: an unknown sort becomes relevance, a page out of range is
 * clamped, a filter value that is not a plain code is dropped. The text is never parsed as query syntax.
 *
 * @param text        what the user typed, as plain words
 * @param industry    an {@code Industry} name
 * @param post        a {@code PostCategory} name
 * @param type        a {@code TrainingType} name
 * @param institution an institution's id, or {@code platform}
 * @param kind        {@code COURSE} or a {@code ResourceKind} name
 */
public record CatalogueQuery(String text, String industry, String post, String type, String institution,
                             String kind, Sort sort, int page, int pageSize) {

    /** Orders of the result list. */
    public enum Sort {
        /** 相关度 */
        RELEVANCE,
        /** 最新 */
        NEWEST,
        /** 最多学习 */
        POPULAR,
        /** 评分最高 */
        RATING;

        /** The sort named by a request parameter; relevance for anything else. */
        public static Sort parse(String name) {
            if (name != null) {
                for (Sort s : values()) {
                    if (s.name().equalsIgnoreCase(name.strip())) {
                        return s;
                    }
                }
            }
            return RELEVANCE;
        }
    }

    public static final int DEFAULT_PAGE_SIZE = 10;
    public static final int MAX_PAGE_SIZE = 50;
    /** Deep paging stops here: 1,000 pages of 10 is more than anybody reads. */
    public static final int MAX_OFFSET = 10_000;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_]{1,40}");

    public CatalogueQuery {
        text = text == null ? "" : text;
        industry = code(industry);
        post = code(post);
        type = code(type);
        institution = code(institution);
        kind = code(kind);
        sort = sort == null ? Sort.RELEVANCE : sort;
        pageSize = pageSize < 1 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
        page = Math.max(1, Math.min(page, MAX_OFFSET / pageSize));
    }

    /** Only the text: first page, relevance, no filters. */
    public static CatalogueQuery of(String text) {
        return new CatalogueQuery(text, null, null, null, null, null, Sort.RELEVANCE, 1, DEFAULT_PAGE_SIZE);
    }

    public CatalogueQuery withSort(Sort newSort) {
        return new CatalogueQuery(text, industry, post, type, institution, kind, newSort, page, pageSize);
    }

    public CatalogueQuery withPage(int newPage) {
        return new CatalogueQuery(text, industry, post, type, institution, kind, sort, newPage, pageSize);
    }

    public CatalogueQuery withFilter(String facet, String value) {
        return new CatalogueQuery(text,
                "industry".equals(facet) ? value : industry,
                "post".equals(facet) ? value : post,
                "type".equals(facet) ? value : type,
                "inst".equals(facet) ? value : institution,
                "kind".equals(facet) ? value : kind, sort, 1, pageSize);
    }

    public int offset() {
        return (page - 1) * pageSize;
    }

    private static String code(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        return CODE.matcher(v).matches() ? v : null;
    }
}
