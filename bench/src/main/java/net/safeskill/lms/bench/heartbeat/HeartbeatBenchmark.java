package net.safeskill.lms.bench.heartbeat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.flywaydb.core.Flyway;

/**
 * Heartbeat ingestion benchmark (issue #3, C1): how many study heartbeats per second one platform node on this
 * 2-core machine turns into ledger rows with p95 ≤ 50 ms, on H2 and on PostgreSQL.
 *
 * <p>Per database: the production schema (Flyway) gets {@link StudyLoadData}; the real platform starts
 * ({@link PlatformProcess}); every learner logs in through the login page and opens the lesson; then an
 * <em>open-model</em> load sends heartbeats at fixed rates (each step {@code bench.stepSeconds} long, after a warm-up
 * at the first rate), round-robin over the learners so that each learner beats every {@code learners / rate} seconds
 * as a playing video. Latency is measured from the moment a beat was <em>due</em>, not from when it was sent, so a
 * server that falls behind cannot hide it (no coordinated omission); at most {@code bench.connections} requests are in
 * flight, like a reverse proxy's pool. After the run the server is stopped and the ledger is read back: every beat the
 * platform acknowledged as credited must be a row, with the same milliseconds.
 */
public final class HeartbeatBenchmark {

    private static final List<String> out = new ArrayList<>();

    private final int learners = Integer.getInteger("bench.learners", 6000);
    private final int[] rates = Arrays.stream(System.getProperty("bench.rates", "250,500,750,1000,1250").split(","))
            .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
    private final int stepSeconds = Integer.getInteger("bench.stepSeconds", 60);
    private final int warmupSeconds = Integer.getInteger("bench.warmupSeconds", 60);
    private final int connections = Integer.getInteger("bench.connections", 48);
    private final String heap = System.getProperty("bench.server.heap", "2g");
    private final Path server = Path.of(System.getProperty("bench.server", "lms-web/target/server-bench"));
    private final Path work = Path.of(System.getProperty("bench.work", "target/bench-heartbeats"));

    /** What the load tool saw, over the whole run (warm-up included), to compare with the ledger afterwards. */
    private final LongAdder creditedBeats = new LongAdder();
    private final LongAdder creditedMillis = new LongAdder();

    public static void main(String[] args) throws Exception {
        HeartbeatBenchmark bench = new HeartbeatBenchmark();
        Files.createDirectories(bench.work);
        line("# Heartbeat ingestion — " + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        line("");
        line(String.format(Locale.ROOT, "%d learners, rates %s/s, %d s per step after %d s warm-up, at most %d "
                        + "requests in flight, server heap %s, %d cores, Java %s", bench.learners,
                Arrays.toString(bench.rates), bench.stepSeconds, bench.warmupSeconds, bench.connections, bench.heap,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        boolean failed = false;
        for (String db : System.getProperty("bench.databases", "h2,postgresql").split(",")) {
            failed |= !bench.run(db.trim());
        }
        Files.write(bench.work.resolve("results.md"), out);
        System.out.println("results written to " + bench.work.resolve("results.md"));
        if (failed) {
            System.exit(1);
        }
    }

    private boolean run(String db) throws Exception {
        creditedBeats.reset();
        creditedMillis.reset();
        Path dir = work.resolve(db);
        deleteTree(dir);
        Path data = Files.createDirectories(dir.resolve("data"));
        String url;
        String user;
        String password;
        List<String> serverDb;
        if (db.equals("h2")) {
            url = "jdbc:h2:file:" + data.toAbsolutePath() + "/db/lms;DB_CLOSE_ON_EXIT=FALSE";
            user = "sa";
            password = "sa";
            serverDb = List.of();
        } else {
            String pg = System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
            user = System.getProperty("bench.pg.user", "postgres");
            password = "postgres";
            try (Connection admin = DriverManager.getConnection(pg + "postgres", user, password);
                 Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS lms_bench_heartbeats");
                s.execute("CREATE DATABASE lms_bench_heartbeats ENCODING 'UTF8'");
            } catch (SQLException e) {
                line("");
                line("## PostgreSQL: SKIPPED — not reachable at " + pg + " (" + e.getMessage() + ")");
                return true;
            }
            url = pg + "lms_bench_heartbeats";
            serverDb = List.of("-Dlms.db.kind=postgresql", "-Dlms.db.url=" + url, "-Dlms.db.user=" + user,
                    "-Dlms.db.password=" + password);
        }
        line("");
        line("## " + (db.equals("h2") ? "H2 (file database, the embedded default)" : "PostgreSQL (" + url + ")"));
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        StudyLoadData data0 = new StudyLoadData(learners);
        long t = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            data0.insert(c);
        }
        line(String.format(Locale.ROOT, "- data: %,d learners enrolled in one course with a 4-hour video lesson, "
                + "written in %.1f s", learners, seconds(t)));

        t = System.nanoTime();
        ExecutorService httpThreads = Executors.newFixedThreadPool(4);
        try (PlatformProcess platform = PlatformProcess.start(server, data.toAbsolutePath(), serverDb, heap,
                dir.resolve("server.log"))) {
            line(String.format(Locale.ROOT, "- platform started in %.1f s (pid %d, log %s)", seconds(t),
                    platform.pid(), dir.resolve("server.log")));
            LearnerClient client = new LearnerClient(PlatformProcess.BASE, httpThreads);
            List<LearnerClient.Learner> people = new ArrayList<>();
            for (int i = 1; i <= learners; i++) {
                people.add(new LearnerClient.Learner(StudyLoadData.username(i)));
            }
            t = System.nanoTime();
            parallel(people, p -> client.logIn(p, StudyLoadData.PASSWORD));
            line(String.format(Locale.ROOT, "- %,d learners logged in through the login page in %.1f s", learners,
                    seconds(t)));
            Histogram starts = new Histogram(TimeUnit.MINUTES.toNanos(1), 3);
            t = System.nanoTime();
            parallel(people, p -> {
                long s0 = System.nanoTime();
                int status = client.start(p, data0.lessonPublicId());
                if (status != 200) {
                    throw new IllegalStateException(p.username + ": opening the lesson gave HTTP " + status);
                }
                synchronized (starts) {
                    starts.recordValue(System.nanoTime() - s0);
                }
            });
            line(String.format(Locale.ROOT, "- %,d study sessions opened in %.1f s (8 at a time): p50 / p95 / p99 "
                    + "%.1f / %.1f / %.1f ms", learners, seconds(t), ms(starts.getValueAtPercentile(50)),
                    ms(starts.getValueAtPercentile(95)), ms(starts.getValueAtPercentile(99))));

            Cursor cursor = new Cursor(people);
            step(client, cursor, platform, rates[0], warmupSeconds);
            line("");
            line("| target beats/s | achieved beats/s | p50 / p95 / p99 / max (ms) | errors | credited beats "
                    + "| server CPU | PostgreSQL CPU | load tool CPU | machine busy | server RSS | p95 ≤ 50 ms |");
            line("|---|---|---|---|---|---|---|---|---|---|---|");
            for (int rate : rates) {
                Step s = step(client, cursor, platform, rate, stepSeconds);
                line(s.row(rate));
            }
            line("");
            Map<String, Long> reasons = new TreeMap<>();
            cursor.reasons.forEach((k, v) -> reasons.put(k, v.sum()));
            line("- what the platform answered (warm-up included): " + reasons);
        } finally {
            httpThreads.shutdownNow();
        }
        long[] ledger;
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            ledger = StudyLoadData.ledger(c);
        }
        boolean consistent = ledger[0] == creditedBeats.sum() && ledger[1] == creditedMillis.sum();
        line(String.format(Locale.ROOT, "- ledger after a graceful stop: %,d rows, %,d ms credited; the load tool saw "
                + "%,d beats acknowledged as credited, %,d ms: %s", ledger[0], ledger[1], creditedBeats.sum(),
                creditedMillis.sum(), consistent ? "equal" : "NOT EQUAL"));
        return consistent;
    }

    /** Round-robin over the learners, kept across steps so each learner's beats stay evenly spaced. */
    private static final class Cursor {
        final List<LearnerClient.Learner> people;
        final Map<String, LongAdder> reasons = new ConcurrentHashMap<>();
        int next;

        Cursor(List<LearnerClient.Learner> people) {
            this.people = people;
        }

        LearnerClient.Learner next() {
            LearnerClient.Learner l = people.get(next);
            next = (next + 1) % people.size();
            return l;
        }
    }

    private record Step(double achieved, Histogram latency, long errors, long credited, double serverCpu,
                        double pgCpu, double toolCpu, double machineBusy, long rssMiB) {
        String row(int target) {
            boolean ok = latency.getValueAtPercentile(95) <= TimeUnit.MILLISECONDS.toNanos(50) && errors == 0
                    && achieved >= target * 0.98;
            return String.format(Locale.ROOT, "| %,d | %,.0f | %.1f / %.1f / %.1f / %.0f | %d | %,d | %.0f %% | %s "
                            + "| %.0f %% | %.0f %% | %,d MiB | %s |", target, achieved,
                    ms(latency.getValueAtPercentile(50)), ms(latency.getValueAtPercentile(95)),
                    ms(latency.getValueAtPercentile(99)), ms(latency.getMaxValue()), errors, credited,
                    serverCpu * 100, pgCpu < 0 ? "—" : String.format(Locale.ROOT, "%.0f %%", pgCpu * 100),
                    toolCpu * 100, machineBusy * 100, rssMiB, ok ? "yes" : "**no**");
        }
    }

    /** Sends {@code rate} beats per second for {@code seconds}, each due at its own moment; waits for the last. */
    private Step step(LearnerClient client, Cursor cursor, PlatformProcess platform, int rate, int seconds)
            throws InterruptedException {
        Recorder recorder = new Recorder(TimeUnit.MINUTES.toNanos(2), 3);
        Semaphore inFlight = new Semaphore(connections);
        LongAdder errors = new LongAdder();
        LongAdder credited = new LongAdder();
        long total = (long) rate * seconds;
        double serverCpu0 = ProcessStats.cpuSeconds(platform.pid());
        double pgCpu0 = ProcessStats.cpuSecondsOf("postgres");
        double toolCpu0 = ProcessStats.cpuSeconds(ProcessHandle.current().pid());
        double[] machine0 = ProcessStats.machine();
        long t0 = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
        for (long k = 0; k < total; k++) {
            long due = t0 + k * 1_000_000_000L / rate;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            LearnerClient.Learner learner = cursor.next();
            inFlight.acquire();
            client.beat(learner, due).whenComplete((HttpResponse<String> r, Throwable e) -> {
                recorder.recordValue(Math.min(System.nanoTime() - due, TimeUnit.MINUTES.toNanos(2)));
                if (e != null || r.statusCode() != 200) {
                    errors.increment();
                } else {
                    LearnerClient.rewound(learner, r.body(), System.nanoTime());
                    long ms = LearnerClient.credited(r.body());
                    if (ms > 0) {
                        credited.increment();
                        creditedBeats.increment();
                        creditedMillis.add(ms);
                    }
                    LearnerClient.reason(r.body()).ifPresent(
                            reason -> cursor.reasons.computeIfAbsent(reason, x -> new LongAdder()).increment());
                }
                inFlight.release();
            });
        }
        inFlight.acquire(connections);
        inFlight.release(connections);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        double[] machine1 = ProcessStats.machine();
        double pgCpu = ProcessStats.cpuSecondsOf("postgres") - pgCpu0;
        return new Step(total / elapsed, recorder.getIntervalHistogram(), errors.sum(), credited.sum(),
                (ProcessStats.cpuSeconds(platform.pid()) - serverCpu0) / elapsed,
                pgCpu <= 0 ? -1 : pgCpu / elapsed,
                (ProcessStats.cpuSeconds(ProcessHandle.current().pid()) - toolCpu0) / elapsed,
                (machine1[0] - machine0[0]) / Math.max(1e-9, machine1[1] - machine0[1]),
                ProcessStats.rssMiB(platform.pid()));
    }

    private interface LearnerTask {
        void run(LearnerClient.Learner learner) throws Exception;
    }

    private static void parallel(List<LearnerClient.Learner> people, LearnerTask task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (LearnerClient.Learner p : people) {
                done.add(pool.submit(() -> {
                    task.run(p);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void line(String s) {
        System.out.println(s);
        out.add(s);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
