package net.safeskill.lms.catalogue.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CatalogueQueryTest {

    @Test
    void requestParametersAreCleaned() {
        CatalogueQuery q = new CatalogueQuery(null, " CHEMICALS ", "x'y", "<b>", "12", "1 OR 1",
                null, -3, 0);
        assertEquals("", q.text());
        assertEquals("CHEMICALS", q.industry());
        assertNull(q.post());
        assertNull(q.type());
        assertEquals("12", q.institution());
        assertNull(q.kind());
        assertEquals(CatalogueQuery.Sort.RELEVANCE, q.sort());
        assertEquals(1, q.page());
        assertEquals(CatalogueQuery.DEFAULT_PAGE_SIZE, q.pageSize());
    }

    @Test
    void pagingIsBounded() {
        CatalogueQuery deep = new CatalogueQuery("动火", null, null, null, null, null, null, 1_000_000, 500);
        assertEquals(CatalogueQuery.MAX_PAGE_SIZE, deep.pageSize());
        assertEquals(CatalogueQuery.MAX_OFFSET / CatalogueQuery.MAX_PAGE_SIZE, deep.page());
        assertEquals(CatalogueQuery.MAX_OFFSET - CatalogueQuery.MAX_PAGE_SIZE, deep.offset());
    }

    @Test
    void sortsAndFiltersChangeOneThing() {
        assertEquals(CatalogueQuery.Sort.POPULAR, CatalogueQuery.Sort.parse(" popular "));
        assertEquals(CatalogueQuery.Sort.RELEVANCE, CatalogueQuery.Sort.parse("DROP TABLE"));
        CatalogueQuery q = CatalogueQuery.of("液氨").withPage(3).withFilter("industry", "AMMONIA_REFRIGERATION");
        assertEquals(1, q.page(), "a new filter starts at page 1");
        assertEquals("AMMONIA_REFRIGERATION", q.industry());
        assertNull(q.withFilter("industry", null).industry());
        assertEquals("液氨", q.withSort(CatalogueQuery.Sort.RATING).text());
    }
}
