package net.safeskill.lms.bench.heartbeat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the study page does over HTTP, for many learners through one HTTP/1.1 client (as browsers do: no h2c): log in
 * through the Faces login form, fetch the CSRF token from {@code /api/me}, open the lesson, send heartbeats. Each
 * learner keeps its own session cookie; nothing is shared between learners but the connection pool.
 */
final class LearnerClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern CSRF = Pattern.compile("\"csrfToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern STUDY_SESSION = Pattern.compile("\"session\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern CREDITED = Pattern.compile("\"creditedMillis\"\\s*:\\s*(\\d+)");
    static final Pattern REASON = Pattern.compile("\"reason\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Pattern REWIND = Pattern.compile("\"rewindTo\"\\s*:\\s*([0-9.]+)");

    /** One learner's state: cookie, token, study session, last sequence number, when playback was at 0 s. */
    static final class Learner {
        final String username;
        String cookie;
        String csrf;
        String session;
        long seq;
        volatile long playedFromNanos;

        Learner(String username) {
            this.username = username;
        }
    }

    private final URI base;
    private final HttpClient http;

    LearnerClient(URI base, java.util.concurrent.Executor executor) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(
                HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).executor(executor).build();
    }

    /** Logs in through the login page and fetches the CSRF token; fails loudly when the platform refuses. */
    void logIn(Learner learner, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("login.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        keepCookie(learner, page);
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (!viewState.find()) {
            throw new IllegalStateException("no login form: HTTP " + page.statusCode());
        }
        String form = "login=login&login%3Aidentifier=" + enc(learner.username) + "&login%3Apassword=" + enc(password)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(viewState.group(1));
        HttpResponse<String> posted = http.send(withCookie(HttpRequest.newBuilder(base.resolve("login.xhtml")), learner)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        keepCookie(learner, posted);
        HttpResponse<String> me = http.send(withCookie(HttpRequest.newBuilder(base.resolve("api/me")), learner)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(me.body());
        if (me.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("login of " + learner.username + " failed: /api/me gave HTTP "
                    + me.statusCode());
        }
        learner.csrf = token.group(1);
    }

    /** Opens the lesson (taking over any earlier session of the learner); returns the HTTP status. */
    int start(Learner learner, String lessonPublicId) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(post("api/study/lessons/" + lessonPublicId + "/sessions", learner,
                HttpRequest.BodyPublishers.noBody()), HttpResponse.BodyHandlers.ofString());
        Matcher m = STUDY_SESSION.matcher(r.body());
        if (r.statusCode() == 200 && m.find()) {
            learner.session = m.group(1);
            learner.seq = 0;
        }
        return r.statusCode();
    }

    /**
     * Sends the learner's next heartbeat as a visible video playing at 1.0x since its first beat, as a real player's
     * would be; when the platform answers with a point to rewind to, the player seeks there (see {@link #rewound}).
     */
    CompletableFuture<HttpResponse<String>> beat(Learner learner, long nowNanos) {
        if (learner.seq == 0) {
            learner.playedFromNanos = nowNanos;
        }
        double position = Math.max(0, (nowNanos - learner.playedFromNanos) / 1e9);
        String json = String.format(Locale.ROOT,
                "{\"seq\":%d,\"visible\":true,\"playing\":true,\"rate\":1.0,\"position\":%.2f}", ++learner.seq,
                position);
        return http.sendAsync(post("api/study/sessions/" + learner.session + "/beats", learner,
                HttpRequest.BodyPublishers.ofString(json)), HttpResponse.BodyHandlers.ofString());
    }

    static Optional<String> reason(String body) {
        Matcher m = REASON.matcher(body);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** As the study page does: on {@code rewindTo} the player seeks back, and plays on from there. */
    static void rewound(Learner learner, String body, long nowNanos) {
        Matcher m = REWIND.matcher(body);
        if (m.find()) {
            learner.playedFromNanos = nowNanos - (long) (Double.parseDouble(m.group(1)) * 1e9);
        }
    }

    static long credited(String body) {
        Matcher m = CREDITED.matcher(body);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private HttpRequest post(String path, Learner learner, HttpRequest.BodyPublisher body) {
        return withCookie(HttpRequest.newBuilder(base.resolve(path)), learner).header("X-CSRF-Token", learner.csrf)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(body).build();
    }

    private static HttpRequest.Builder withCookie(HttpRequest.Builder b, Learner learner) {
        return learner.cookie == null ? b : b.header("Cookie", "JSESSIONID=" + learner.cookie);
    }

    private static void keepCookie(Learner learner, HttpResponse<?> r) {
        r.headers().allValues("Set-Cookie").forEach(c -> {
            Matcher m = SESSION_COOKIE.matcher(c);
            if (m.find()) {
                learner.cookie = m.group(1);
            }
        });
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
