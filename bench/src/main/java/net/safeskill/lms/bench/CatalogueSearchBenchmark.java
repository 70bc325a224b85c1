package net.safeskill.lms.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.hibernate.search.mapper.orm.Search;

import net.safeskill.lms.catalogue.application.CatalogueQuery;
import net.safeskill.lms.catalogue.application.CatalogueResult;
import net.safeskill.lms.catalogue.domain.model.course.Course;
import net.safeskill.lms.catalogue.domain.model.course.Lesson;
import net.safeskill.lms.catalogue.domain.model.library.LibraryResource;
import net.safeskill.lms.catalogue.domain.model.rating.CoursePopularity;
import net.safeskill.lms.catalogue.domain.model.rating.CourseRating;
import net.safeskill.lms.catalogue.infrastructure.search.CatalogueAnalysisConfigurer;
import net.safeskill.lms.catalogue.infrastructure.search.CatalogueSearchMapping;
import net.safeskill.lms.catalogue.infrastructure.search.CatalogueSearcher;
import net.safeskill.lms.catalogue.infrastructure.search.QueryText;

/**
 * Catalogue search benchmark (issue #3, B2), in one run per database: generate the catalogue into the production
 * schema (Flyway migrations), build the Lucene index with Hibernate Search ORM <em>standalone</em> and the production
 * mapping ({@link CatalogueSearchMapping}, {@link CatalogueAnalysisConfigurer}) through its mass indexer, then time
 * the same queries with the production searcher ({@link CatalogueSearcher}: page of 10 + five facet counts +
 * highlighting) and with {@link NaiveLikeSearch} on the same database, and check that the facet counts of the
 * exact-substring mode equal those of SQL.
 */
public final class CatalogueSearchBenchmark {

    private record Spec(String text, String industry, String kind, CatalogueQuery.Sort sort) {
        CatalogueQuery query() {
            return new CatalogueQuery(text, industry, null, null, null, kind, sort, 1, 10);
        }

        String label() {
            return (text.isEmpty() ? "(empty: browse)" : text) + (industry == null ? "" : " +industry=" + industry)
                    + (kind == null ? "" : " +kind=" + kind) + (sort == CatalogueQuery.Sort.RELEVANCE ? "" : " sort="
                    + sort.name().toLowerCase(Locale.ROOT));
        }
    }

    private static final List<Spec> QUERIES = List.of(
            new Spec("危化品 动火作业", null, null, CatalogueQuery.Sort.RELEVANCE),
            new Spec("粉尘 防爆", null, null, CatalogueQuery.Sort.RELEVANCE),
            new Spec("受限空间", null, null, CatalogueQuery.Sort.RELEVANCE),
            new Spec("液氨", null, null, CatalogueQuery.Sort.RELEVANCE),
            new Spec("动火作业", null, null, CatalogueQuery.Sort.RELEVANCE),
            new Spec("尾矿库 安全", null, null, CatalogueQuery.Sort.RELEVANCE),
            new Spec("冶金煤气 检修", null, null, CatalogueQuery.Sort.RELEVANCE),
            new Spec("烟花爆竹 防静电", null, null, CatalogueQuery.Sort.RELEVANCE),
            new Spec("动火作业", "CHEMICALS", null, CatalogueQuery.Sort.POPULAR),
            new Spec("液氨泄漏", null, "ACCIDENT_CASE", CatalogueQuery.Sort.RELEVANCE),
            new Spec("安全培训", null, null, CatalogueQuery.Sort.RATING),
            new Spec("", null, null, CatalogueQuery.Sort.NEWEST));

    private final int documents = Integer.getInteger("bench.docs", 100_000);
    private final int iterations = Integer.getInteger("bench.iterations", 200);
    private final int likeIterations = Integer.getInteger("bench.likeIterations", 20);
    private final Path work = Path.of(System.getProperty("bench.work", "target/bench-work"));
    private final StringBuilder report = new StringBuilder();

    public static void main(String[] args) throws Exception {
        new CatalogueSearchBenchmark().run(System.getProperty("bench.databases", "h2,postgresql").split(","));
    }

    private void run(String[] databases) throws Exception {
        line("# Catalogue search benchmark: " + documents + " documents, " + iterations
                + " timed searches per query (Hibernate Search), " + likeIterations + " (LIKE)");
        line("");
        line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty(
                "java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB, "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        for (String db : databases) {
            String name = db.strip();
            if (name.equals("postgresql") && !postgresReachable()) {
                line("");
                line("## PostgreSQL: not reachable at " + pgUrl() + " — skipped");
                continue;
            }
            runOn(name);
        }
        Files.createDirectories(work);
        Files.writeString(work.resolve("results.md"), report);
        System.out.println("\nResults written to " + work.resolve("results.md").toAbsolutePath());
    }

    private void runOn(String db) throws Exception {
        String url;
        String user;
        String password;
        if (db.equals("h2")) {
            Path dir = work.resolve("h2");
            deleteTree(dir);
            url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("bench") + ";DB_CLOSE_ON_EXIT=FALSE";
            user = "sa";
            password = "sa";
        } else {
            try (Connection admin = DriverManager.getConnection(pgUrl() + "postgres", pgUser(), "");
                 Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS lms_bench_search");
                s.execute("CREATE DATABASE lms_bench_search ENCODING 'UTF8'");
            }
            url = pgUrl() + "lms_bench_search";
            user = pgUser();
            password = "";
        }
        line("");
        line("## " + (db.equals("h2") ? "H2 2.2.224 (file database, as the embedded default)" : "PostgreSQL ("
                + url + ")"));
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            new CatalogueData(20261123L).insert(c, documents);
            if (db.equals("postgresql")) {
                try (Statement s = c.createStatement()) {
                    s.execute("ANALYZE");
                }
                c.commit();
            }
        }
        line("");
        line(String.format("- data: %,d rows generated in %.1f s", documents, seconds(t0)));

        Path index = work.resolve("index-" + db);
        deleteTree(index);
        try (SessionFactory factory = sessionFactory(url, user, password, index);
             Connection sql = DriverManager.getConnection(url, user, password)) {
            long t1 = System.nanoTime();
            try (Session session = factory.openSession()) {
                Search.session(session).massIndexer(Course.class, LibraryResource.class)
                        .threadsToLoadObjects(2).batchSizeToLoadObjects(500).startAndWait();
            }
            line(String.format("- index: built by the mass indexer in %.1f s, %.1f MiB on disk", seconds(t1),
                    size(index) / 1048576.0));
            measure(factory, sql);
        }
    }

    private void measure(SessionFactory factory, Connection sql) throws SQLException {
        CatalogueSearcher searcher = new CatalogueSearcher();
        NaiveLikeSearch like = new NaiveLikeSearch();
        List<Double> allSearch = new ArrayList<>();
        List<Double> allLike = new ArrayList<>();
        List<String> differences = new ArrayList<>();
        line("");
        line("| query | Hibernate Search p50 / p95 / p99 (ms) | LIKE p50 / p95 / p99 (ms) | hits: words | hits: substring"
                + " = LIKE | facets equal |");
        line("|---|---|---|---|---|---|");
        for (Spec spec : QUERIES) {
            CatalogueQuery query = spec.query();
            List<String> words = QueryText.words(spec.text());
            // warm-up, then timed runs: a session per search, as per request in the server
            for (int i = 0; i < Math.max(20, iterations / 10); i++) {
                search(factory, searcher, query, CatalogueSearcher.Mode.WORDS);
            }
            double[] searchTimes = new double[iterations];
            CatalogueResult words0 = null;
            for (int i = 0; i < iterations; i++) {
                long t = System.nanoTime();
                words0 = search(factory, searcher, query, CatalogueSearcher.Mode.WORDS);
                searchTimes[i] = millis(t);
            }
            CatalogueResult substring = search(factory, searcher, query, CatalogueSearcher.Mode.SUBSTRING);
            like.search(sql, words, query);
            double[] likeTimes = new double[likeIterations];
            NaiveLikeSearch.Result sqlResult = null;
            for (int i = 0; i < likeIterations; i++) {
                long t = System.nanoTime();
                sqlResult = like.search(sql, words, query);
                likeTimes[i] = millis(t);
            }
            Map<String, Map<String, Long>> luceneFacets = facets(substring);
            boolean equal = substring.total() == sqlResult.total() && luceneFacets.equals(sqlResult.facets());
            if (!equal) {
                differences.add(spec.label() + ": Lucene " + substring.total() + " " + luceneFacets + " / SQL "
                        + sqlResult.total() + " " + sqlResult.facets());
            }
            if (words0.total() != sqlResult.total()) {
                differences.add(spec.label() + ": word search finds " + words0.total() + ", LIKE "
                        + sqlResult.total() + " (word segmentation and abbreviations, see below)");
            }
            Arrays.stream(searchTimes).forEach(allSearch::add);
            Arrays.stream(likeTimes).forEach(allLike::add);
            line(String.format("| %s | %s | %s | %,d | %,d = %,d | %s |", spec.label(), percentiles(searchTimes),
                    percentiles(likeTimes), words0.total(), substring.total(), sqlResult.total(),
                    equal ? "yes" : "**no**"));
        }
        line(String.format("| **all queries** | **%s** | **%s** | | | |",
                percentiles(allSearch.stream().mapToDouble(Double::doubleValue).toArray()),
                percentiles(allLike.stream().mapToDouble(Double::doubleValue).toArray())));
        line("");
        if (differences.isEmpty()) {
            line("No differences.");
        } else {
            line("Differences:");
            differences.forEach(d -> line("- " + d));
        }
    }

    private static CatalogueResult search(SessionFactory factory, CatalogueSearcher searcher, CatalogueQuery query,
                                          CatalogueSearcher.Mode mode) {
        try (Session session = factory.openSession()) {
            return searcher.search(Search.session(session), query, mode, id -> null);
        }
    }

    /** The searcher's facets in the SQL result's shape (value to count, sorted). */
    private static Map<String, Map<String, Long>> facets(CatalogueResult r) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (String facet : List.of("kind", "industry", "type", "inst", "post")) {
            out.put(facet, r.facet(facet).stream().collect(Collectors.toMap(CatalogueResult.Facet::value,
                    CatalogueResult.Facet::count, Long::sum, TreeMap::new)));
        }
        return out;
    }

    private static SessionFactory sessionFactory(String url, String user, String password, Path index) {
        Configuration cfg = new Configuration()
                .addAnnotatedClass(Course.class).addAnnotatedClass(Lesson.class)
                .addAnnotatedClass(LibraryResource.class).addAnnotatedClass(CourseRating.class)
                .addAnnotatedClass(CoursePopularity.class);
        cfg.setProperty("hibernate.connection.url", url);
        cfg.setProperty("hibernate.connection.username", user);
        cfg.setProperty("hibernate.connection.password", password);
        cfg.setProperty("hibernate.connection.pool_size", "6");
        cfg.setProperty("hibernate.hbm2ddl.auto", "none");
        cfg.setProperty("hibernate.jdbc.time_zone", "UTC");
        cfg.setProperty("hibernate.search.backend.type", "lucene");
        cfg.setProperty("hibernate.search.backend.lucene_version", "9.11.1");
        cfg.setProperty("hibernate.search.backend.directory.root", index.toAbsolutePath().toString());
        cfg.setProperty("hibernate.search.backend.analysis.configurer",
                "class:" + CatalogueAnalysisConfigurer.class.getName());
        cfg.setProperty("hibernate.search.mapping.configurer", "class:" + CatalogueSearchMapping.class.getName());
        cfg.setProperty("hibernate.search.schema_management.strategy", "drop-and-create");
        return cfg.buildSessionFactory();
    }

    private static String percentiles(double[] times) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return String.format("%.1f / %.1f / %.1f", at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99));
    }

    private static double at(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }

    private static String pgUrl() {
        return System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
    }

    private static String pgUser() {
        return System.getProperty("bench.pg.user", "postgres");
    }

    private static boolean postgresReachable() {
        try (Connection c = DriverManager.getConnection(pgUrl() + "postgres", pgUser(), "")) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
