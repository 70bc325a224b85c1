package net.safeskill.lms.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser for HTTP-level tests: keeps cookies, follows redirects, and posts Faces forms with the view
 * state of the last page it got.
 */
public final class FacesClient {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private HttpResponse<String> last;

    public FacesClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        last = http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return last;
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Sends a request and keeps the body as bytes (media). */
    public HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public URI resolve(String path) {
        return base.resolve(path);
    }

    /** Posts the form {@code formId} of the last page to {@code path}, pressing {@code formId:submit}. */
    public HttpResponse<String> submit(String path, String formId, Map<String, String> fields)
            throws IOException, InterruptedException {
        Matcher m = VIEW_STATE.matcher(last.body());
        if (!m.find()) {
            throw new IllegalStateException("no view state on " + last.uri());
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        fields.forEach((k, v) -> form.put(formId + ":" + k, v));
        form.put(formId + ":submit", "");
        form.put("jakarta.faces.ViewState", m.group(1));
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        last = http.send(HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return last;
    }

    public HttpResponse<String> login(String identifier, String password) throws IOException, InterruptedException {
        get("login.xhtml");
        return submit("login.xhtml", "login", Map.of("identifier", identifier, "password", password));
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }
}
