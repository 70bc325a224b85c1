package net.safeskill.lms.catalogue.infrastructure.search;

import static net.safeskill.lms.catalogue.infrastructure.search.CatalogueFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.session.SearchSession;

import net.safeskill.lms.catalogue.application.CatalogueQuery;
import net.safeskill.lms.catalogue.application.CatalogueResult;
import net.safeskill.lms.catalogue.domain.model.course.Course;
import net.safeskill.lms.catalogue.domain.model.library.LibraryResource;

/**
 * Runs a {@link CatalogueQuery} against the catalogue index of courses and library resources in one query: the
 * hits of the page, facet counts over all matches, the total. Each query word must match (AND); a word matches a
 * document when
 * <ul>
 * <li>its smartcn words all occur in the title, description and teachers/source taken together (word
 * segmentation), or</li>
 * <li>it occurs as written in one of them (a phrase of its character pairs over the n-gram fields), so 危化 finds
 * 危化品仓库 and 化学 finds 危险化学品, or</li>
 * <li>one of its official {@link QueryText#forms forms} does (危化品 ↔ 危险化学品).</li>
 * </ul>
 * With {@link Mode#SUBSTRING} only the second rule applies, which is exactly what {@code LIKE '%word%'} on the same
 * columns selects: the benchmark uses it to check facet counts against SQL.
 *
 * <p>Thread-safe; used by the server's search service and by the benchmark.
 */
public final class CatalogueSearcher {

    /** How a word matches. */
    public enum Mode {
        /** word segmentation, substrings and official abbreviations: what users get */
        WORDS,
        /** exact substrings only: the semantics of {@code LIKE '%word%'} */
        SUBSTRING
    }

    public static final List<String> FACETS = List.of("kind", "industry", "post", "type", "inst");
    static final int SNIPPET_CHARS = 90;
    private static final int MAX_FACET_VALUES = 50;

    private static final Map<String, String> FACET_FIELDS = Map.of("kind", KIND, "industry", INDUSTRY, "post", POST,
            "type", TYPE, "inst", INSTITUTION);

    private final Analyzer chinese = CatalogueAnalysisConfigurer.chinese();

    public CatalogueResult search(SearchSession session, CatalogueQuery query) {
        return search(session, query, Mode.WORDS, id -> null);
    }

    /**
     * @param institutionNames the display name of an institution id (facets and hits), or {@code null}
     */
    public CatalogueResult search(SearchSession session, CatalogueQuery query, Mode mode,
                                  Function<String, String> institutionNames) {
        List<String> words = QueryText.words(query.text());
        Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
        FACETS.forEach(name -> keys.put(name, AggregationKey.of(name)));

        var search = session.search(List.of(Course.class, LibraryResource.class))
                .select(f -> f.composite().from(
                        f.field(KIND, String.class), f.field(PUBLIC_ID, String.class), f.field(TITLE, String.class),
                        f.field(DESCRIPTION, String.class), f.field(INDUSTRY, String.class),
                        f.field(POST, String.class).multi(), f.field(TYPE, String.class),
                        f.field(INSTITUTION, String.class), f.field(HOURS, Double.class),
                        f.field(LEARNERS, Long.class), f.field(RATING, Double.class),
                        f.field(RATING_COUNT, Long.class), f.field(PUBLISHED, Instant.class),
                        f.field(MEDIA_TYPE, String.class)).asList())
                .where(f -> predicate(f, words, query, mode))
                .sort(f -> sort(f, query.sort(), words.isEmpty()));
        for (String name : FACETS) {
            search = search.aggregation(keys.get(name),
                    f -> f.terms().field(FACET_FIELDS.get(name), String.class).maxTermCount(MAX_FACET_VALUES));
        }
        SearchResult<List<?>> result = search.fetch(query.offset(), query.pageSize());

        Set<String> marked = mode == Mode.SUBSTRING ? new LinkedHashSet<>(words) : highlightTerms(words);
        List<CatalogueResult.Hit> hits = new ArrayList<>();
        for (List<?> row : result.hits()) {
            hits.add(hit(row, marked, institutionNames));
        }
        Map<String, List<CatalogueResult.Facet>> facets = new LinkedHashMap<>();
        for (String name : FACETS) {
            List<CatalogueResult.Facet> values = new ArrayList<>();
            result.aggregation(keys.get(name)).forEach((value, count) -> values.add(new CatalogueResult.Facet(value,
                    "inst".equals(name) ? institutionNames.apply(value) : null, count)));
            facets.put(name, values);
        }
        return new CatalogueResult(result.total().hitCount(), query.page(), query.pageSize(), hits, facets, words);
    }

    private PredicateFinalStep predicate(SearchPredicateFactory f, List<String> words, CatalogueQuery q, Mode mode) {
        BooleanPredicateClausesStep<?> bool = f.bool();
        if (words.isEmpty()) {
            bool.must(f.matchAll());
        }
        for (String word : words) {
            bool.must(word(f, word, mode));
        }
        filter(f, bool, INDUSTRY, q.industry());
        filter(f, bool, POST, q.post());
        filter(f, bool, TYPE, q.type());
        filter(f, bool, INSTITUTION, q.institution());
        filter(f, bool, KIND, q.kind());
        return bool;
    }

    private static void filter(SearchPredicateFactory f, BooleanPredicateClausesStep<?> bool, String field,
                               String value) {
        if (value != null) {
            bool.filter(f.match().field(field).matching(value));
        }
    }

    /**
     * One query word: found as written anywhere (phrase over {@code all_cjk}) or by its smartcn words anywhere
     * ({@code all}); the same in the title counts three times more. Only the first clause in {@link Mode#SUBSTRING}.
     */
    private static PredicateFinalStep word(SearchPredicateFactory f, String word, Mode mode) {
        if (mode == Mode.SUBSTRING) {
            return f.phrase().field(ALL_CJK).matching(word);
        }
        BooleanPredicateClausesStep<?> any = f.bool();
        for (String form : QueryText.forms(word)) {
            any.should(f.phrase().field(ALL_CJK).matching(form).boost(1.5f));
            any.should(f.match().field(ALL).matching(form).minimumShouldMatchPercent(100));
            any.should(f.phrase().field(TITLE_CJK).matching(form).boost(4.5f));
            any.should(f.match().field(TITLE).matching(form).minimumShouldMatchPercent(100).boost(3f));
        }
        return any;
    }

    private static SortFinalStep sort(SearchSortFactory f, CatalogueQuery.Sort sort, boolean noWords) {
        return switch (sort) {
            case RELEVANCE -> noWords ? f.field(PUBLISHED).desc() : f.score().then().field(PUBLISHED).desc();
            case NEWEST -> f.field(PUBLISHED).desc().then().score();
            case POPULAR -> f.field(LEARNERS).desc().then().score().then().field(PUBLISHED).desc();
            case RATING -> f.field(RATING).desc().then().field(RATING_COUNT).desc().then().score()
                    .then().field(PUBLISHED).desc();
        };
    }

    private static CatalogueResult.Hit hit(List<?> row, Set<String> terms, Function<String, String> names) {
        String kind = (String) row.get(0);
        boolean course = CatalogueDocument.COURSE.equals(kind);
        String title = (String) row.get(2);
        String description = (String) row.get(3);
        @SuppressWarnings("unchecked")
        List<String> posts = (List<String>) row.get(5);
        String institution = (String) row.get(7);
        return new CatalogueResult.Hit(course ? CatalogueResult.COURSE : CatalogueResult.RESOURCE,
                course ? null : kind, (String) row.get(1), title, Highlighter.mark(title, terms),
                Highlighter.snippet(description, terms, SNIPPET_CHARS), (String) row.get(4), posts,
                (String) row.get(6), institution, names.apply(institution), number(row.get(8)),
                row.get(9) == null ? 0 : (Long) row.get(9), number(row.get(10)),
                row.get(11) == null ? 0 : (Long) row.get(11), (Instant) row.get(12), (String) row.get(13));
    }

    private static double number(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }

    /** The query words, their official forms, and the smartcn words of two or more characters inside them. */
    Set<String> highlightTerms(List<String> words) {
        Set<String> terms = new LinkedHashSet<>();
        for (String word : words) {
            for (String form : QueryText.forms(word)) {
                terms.add(form);
                terms.addAll(segments(form));
            }
        }
        return terms;
    }

    /** smartcn's words of a text that have at least two characters. */
    List<String> segments(String text) {
        List<String> segments = new ArrayList<>();
        try (TokenStream ts = chinese.tokenStream(TITLE, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() >= 2) {
                    segments.add(term.toString());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return segments;
    }
}
