package net.safeskill.lms.bench.heartbeat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The platform as an operator runs it: {@code bin/standalone.sh} of the server that lms-web's bench profile
 * provisioned (ROOT.war deployed), on its own ports (offset 300: HTTP 8380), with its own data directory and database,
 * demo data off. Started, awaited until the login page answers, and stopped with SIGTERM (a graceful shutdown).
 */
final class PlatformProcess implements AutoCloseable {

    static final int PORT_OFFSET = 300;
    static final URI BASE = URI.create("http://127.0.0.1:" + (8080 + PORT_OFFSET) + "/");

    private final Process shell;
    private final ProcessHandle java;

    private PlatformProcess(Process shell, ProcessHandle java) {
        this.shell = shell;
        this.java = java;
    }

    /** Starts the server; {@code database} holds the -D settings for the datasource (empty for the H2 default). */
    static PlatformProcess start(Path server, Path dataDir, List<String> database, String heap, Path log)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(server.resolve("bin/standalone.sh").toString(),
                "-Djboss.socket.binding.port-offset=" + PORT_OFFSET, "-Dlms.data.dir=" + dataDir, "-Dlms.demo=false"));
        command.addAll(database);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // bench.server.jfr=true: a Java Flight Recording of the server next to its log, to see where time goes
        String jfr = Boolean.getBoolean("bench.server.jfr")
                ? " -XX:FlightRecorderOptions=stackdepth=256 -XX:StartFlightRecording=settings=profile,filename=" + log.resolveSibling("server.jfr") : "";
        pb.environment().put("JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap + " -XX:MetaspaceSize=96M "
                + "-XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true "
                + "-Djboss.modules.system.pkgs=org.jboss.byteman" + jfr);
        Process shell = pb.start();
        HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
        while (System.nanoTime() < deadline) {
            if (!shell.isAlive()) {
                throw new IllegalStateException("the server exited during start; see " + log);
            }
            try {
                HttpResponse<Void> r = probe.send(HttpRequest.newBuilder(BASE.resolve("login.xhtml"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200 && Files.readString(log).contains("WFLYSRV0025")) {
                    ProcessHandle java = shell.toHandle().descendants()
                            .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                            .findFirst().orElseThrow(() -> new IllegalStateException("no java process under "
                                    + shell.pid()));
                    return new PlatformProcess(shell, java);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        shell.destroyForcibly();
        throw new IllegalStateException("the server did not answer within 4 minutes; see " + log);
    }

    long pid() {
        return java.pid();
    }

    @Override
    public void close() throws InterruptedException {
        java.destroy();
        try {
            java.onExit().get(2, TimeUnit.MINUTES);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            java.destroyForcibly();
        }
        shell.waitFor(1, TimeUnit.MINUTES);
    }
}
