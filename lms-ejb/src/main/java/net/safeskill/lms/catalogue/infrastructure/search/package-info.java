/**
 * The catalogue's full-text index (课程超市检索, B2): Hibernate Search with the Lucene backend, mapped in code
 * ({@link net.safeskill.lms.catalogue.infrastructure.search.CatalogueSearchMapping}), Chinese analysis with smartcn
 * and CJK n-grams ({@link net.safeskill.lms.catalogue.infrastructure.search.CatalogueAnalysisConfigurer}), and the
 * query side ({@link net.safeskill.lms.catalogue.infrastructure.search.CatalogueSearcher}): user text taken as plain
 * words, facets, sorts, paging and HTML-safe highlighting. Shared with the benchmark in {@code bench/}.
 */
package net.safeskill.lms.catalogue.infrastructure.search;
