package net.safeskill.lms.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import net.safeskill.lms.catalogue.application.CatalogueQuery;
import net.safeskill.lms.shared.domain.model.PostCategory;

/**
 * The naive peer approach, as catalogue pages without a search engine do it: each word must occur as a substring
 * ({@code LIKE '%词%'}) in the title, description or teachers (resources: title, summary, source), words joined by
 * AND, then one query for the page (newest first: LIKE has no relevance), one for the total and one
 * {@code GROUP BY} per facet (posts, stored comma-separated, by one conditional sum per category).
 */
final class NaiveLikeSearch {

    record Result(long total, List<String> page, Map<String, Map<String, Long>> facets) {
    }

    private static final String[] FACET_COLUMNS = {"kind", "industry", "type", "inst"};

    Result search(Connection c, List<String> words, CatalogueQuery q) throws SQLException {
        List<String> params = new ArrayList<>();
        String base = base(words, params);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        filter(where, params, "industry", q.industry());
        filter(where, params, "type", q.type());
        filter(where, params, "inst", q.institution());
        filter(where, params, "kind", q.kind());
        if (q.post() != null) {
            where.append(" AND ',' || posts || ',' LIKE ?");
            params.add("%," + q.post() + ",%");
        }
        String from = " FROM (" + base + ") b" + where;

        List<String> page = new ArrayList<>();
        try (ResultSet rs = query(c, "SELECT public_id" + from + " ORDER BY published DESC, public_id LIMIT "
                + q.pageSize() + " OFFSET " + q.offset(), params)) {
            while (rs.next()) {
                page.add(rs.getString(1));
            }
        }
        long total;
        try (ResultSet rs = query(c, "SELECT COUNT(*)" + from, params)) {
            rs.next();
            total = rs.getLong(1);
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String column : FACET_COLUMNS) {
            Map<String, Long> counts = new TreeMap<>();
            try (ResultSet rs = query(c, "SELECT " + column + ", COUNT(*)" + from + " AND " + column
                    + " IS NOT NULL GROUP BY " + column, params)) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getLong(2));
                }
            }
            facets.put(column, counts);
        }
        StringBuilder sums = new StringBuilder("SELECT ");
        PostCategory[] posts = PostCategory.values();
        for (int i = 0; i < posts.length; i++) {
            sums.append(i == 0 ? "" : ", ").append("SUM(CASE WHEN ',' || posts || ',' LIKE '%,")
                    .append(posts[i].name()).append(",%' THEN 1 ELSE 0 END)");
        }
        Map<String, Long> postCounts = new TreeMap<>();
        try (ResultSet rs = query(c, sums + from, params)) {
            rs.next();
            for (int i = 0; i < posts.length; i++) {
                long n = rs.getLong(i + 1);
                if (n > 0) {
                    postCounts.put(posts[i].name(), n);
                }
            }
        }
        facets.put("post", postCounts);
        return new Result(total, page, facets);
    }

    private static String base(List<String> words, List<String> params) {
        StringBuilder course = new StringBuilder("SELECT 'COURSE' AS kind, public_id, industry, training_type AS type, "
                + "target_posts AS posts, CAST(institution_id AS VARCHAR(20)) AS inst, listed_at AS published "
                + "FROM course WHERE status = 'LISTED'");
        StringBuilder resource = new StringBuilder("SELECT kind, public_id, industry, CAST(NULL AS VARCHAR(40)), "
                + "CAST(NULL AS VARCHAR(200)), COALESCE(CAST(owner_institution_id AS VARCHAR(20)), 'platform'), "
                + "published_at FROM library_resource WHERE status = 'PUBLISHED'");
        List<String> courseParams = new ArrayList<>();
        List<String> resourceParams = new ArrayList<>();
        for (String word : words) {
            course.append(" AND (title LIKE ? OR description LIKE ? OR teachers LIKE ?)");
            resource.append(" AND (title LIKE ? OR summary LIKE ? OR source LIKE ?)");
            for (int i = 0; i < 3; i++) {
                courseParams.add("%" + word + "%");
                resourceParams.add("%" + word + "%");
            }
        }
        params.addAll(courseParams);
        params.addAll(resourceParams);
        return course + " UNION ALL " + resource;
    }

    private static void filter(StringBuilder where, List<String> params, String column, String value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ?");
            params.add(value);
        }
    }

    private static ResultSet query(Connection c, String sql, List<String> params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            s.setString(i + 1, params.get(i));
        }
        s.closeOnCompletion();
        return s.executeQuery();
    }
}
