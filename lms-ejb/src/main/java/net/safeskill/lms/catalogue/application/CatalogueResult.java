package net.safeskill.lms.catalogue.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of catalogue search results: the hits with their highlighted title and snippet (HTML, every user text
 * escaped, matched words in {@code <mark>}), the facet counts over all matches, and the total.
 *
 * @param words  the plain words the text was taken as
 * @param facets facet name ({@code industry}, {@code post}, {@code type}, {@code inst}, {@code kind}) to its values
 *               with counts, most frequent first
 */
public record CatalogueResult(long total, int page, int pageSize, List<Hit> hits, Map<String, List<Facet>> facets,
                              List<String> words) {

    public static final String COURSE = "COURSE";
    public static final String RESOURCE = "RESOURCE";

    public CatalogueResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
        words = List.copyOf(words);
    }

    public int pages() {
        return (int) Math.min((total + pageSize - 1) / pageSize, CatalogueQuery.MAX_OFFSET / pageSize);
    }

    public List<Facet> facet(String name) {
        return facets.getOrDefault(name, List.of());
    }

    /**
     * One course or library resource.
     *
     * @param kind          {@link #COURSE} or {@link #RESOURCE}
     * @param resourceKind  for a resource: ACCIDENT_CASE, E_TEXTBOOK or COURSEWARE
     * @param titleHtml     the title as safe HTML with the matched words marked
     * @param snippetHtml   a piece of the description around the first match, as safe HTML
     * @param institutionId the owner's id, {@code platform} for platform resources
     * @param hours         credit hours of a course; study hours of a resource
     */
    public record Hit(String kind, String resourceKind, String publicId, String title, String titleHtml,
                      String snippetHtml, String industry, List<String> posts, String trainingType,
                      String institutionId, String institutionName, double hours, long learners, double rating,
                      long ratingCount, Instant published, String mediaType) {

        public boolean isCourse() {
            return COURSE.equals(kind);
        }
    }

    /** A facet value, its display name when it is not a code (institutions), and how many matches have it. */
    public record Facet(String value, String name, long count) {
    }
}
