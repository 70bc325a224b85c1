package net.safeskill.lms.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import net.safeskill.lms.catalogue.infrastructure.demo.DemoCourseLoader;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import net.safeskill.lms.it.support.Deployments;
import net.safeskill.lms.it.support.FacesClient;
import net.safeskill.lms.it.support.OnConfiguredDatabase;
import net.safeskill.lms.it.support.TestPeople;

/**
 * The platform over HTTP as a browser sees it: login page in Chinese, every demo role lands on its home, the
 * session id changes at login, URL-level 403s, security headers, CSRF on REST, organisation scoping on pages.
 */
@ExtendWith(OnConfiguredDatabase.class)
@ExtendWith(ArquillianExtension.class)
class WebSecurityIT {

    private static final String DEMO_PASSWORD = "Safe@2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @ArquillianResource
    URL base;

    private FacesClient client() throws Exception {
        return new FacesClient(base.toURI());
    }

    @Test
    void rootShowsTheLoginPageInChineseWhateverTheBrowserAsks() throws Exception {
        FacesClient c = client();
        HttpResponse<String> page = c.send(HttpRequest.newBuilder(c.resolve("")).header("Accept-Language", "en-US"));
        assertEquals(200, page.statusCode());
        assertTrue(page.uri().getPath().endsWith("/login.xhtml"), page.uri().toString());
        assertTrue(page.body().contains("<title>登录"), "Chinese title");
        assertTrue(page.body().contains("lang=\"zh\""));
    }

    @ParameterizedTest
    @CsvSource({"worker,/learner/home.xhtml", "enterprise,/enterprise/home.xhtml",
            "institution,/institution/home.xhtml", "examadmin,/exam/home.xhtml", "proctor,/proctor/home.xhtml",
            "regulator,/regulator/home.xhtml", "sysadmin,/admin/home.xhtml"})
    void everyDemoRoleLandsOnItsHomeWithANewSessionId(String user, String home) throws Exception {
        FacesClient c = client();
        c.get("login.xhtml");
        String before = c.sessionId();
        assertNotNull(before);
        HttpResponse<String> landed = c.login(user, DEMO_PASSWORD);
        assertEquals(200, landed.statusCode());
        assertEquals(home, landed.uri().getPath());
        assertNotEquals(before, c.sessionId(), "session id must change at login");
        assertTrue(landed.body().contains("id=\"rolenav\""));
    }

    @Test
    void aLearnerTypingAnAdminUrlGets403NotTheAdminPage() throws Exception {
        FacesClient c = client();
        c.login("worker", DEMO_PASSWORD);
        for (String path : new String[] {"admin/home.xhtml", "admin/accounts.xhtml", "admin/audit.xhtml",
                "enterprise/home.xhtml", "regulator/home.xhtml", "exam/home.xhtml"}) {
            HttpResponse<String> r = c.get(path);
            assertEquals(403, r.statusCode(), path);
            assertTrue(r.body().contains("id=\"error403\""), path);
            assertFalse(r.body().contains("id=\"newOrganisation\""), path);
        }
        // the learner's navigation offers only what the learner may open
        String home = c.get("learner/home.xhtml").body();
        assertFalse(home.contains("/admin/"));
        assertFalse(home.contains("/enterprise/"));
    }

    @Test
    void anonymousVisitorsAreSentToLogin() throws Exception {
        HttpResponse<String> r = client().get("enterprise/home.xhtml");
        assertTrue(r.uri().getPath().endsWith("/login.xhtml"));
    }

    @Test
    void wrongPasswordSaysSoWithoutRevealingWhetherTheAccountExists() throws Exception {
        String known = client().login("worker", "Wrong2026pass").body();
        String unknown = client().login("no-such-user", "Wrong2026pass").body();
        assertTrue(known.contains("账号或密码错误"));
        assertTrue(unknown.contains("账号或密码错误"));
    }

    @Test
    void responsesCarrySecurityHeadersAndSafeCookies() throws Exception {
        FacesClient c = client();
        HttpResponse<String> r = c.send(HttpRequest.newBuilder(c.resolve("login.xhtml")));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("SAMEORIGIN", r.headers().firstValue("X-Frame-Options").orElse(null));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'self'"));
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(s -> s.startsWith("JSESSIONID"))
                .findFirst().orElse("");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void restCallsThatChangeStateNeedTheCsrfToken() throws Exception {
        FacesClient c = client();
        c.login("worker", DEMO_PASSWORD);
        HttpResponse<String> me = c.get("api/me");
        assertEquals(200, me.statusCode());
        Matcher m = Pattern.compile("\"csrfToken\"\\s*:\\s*\"([^\"]+)\"").matcher(me.body());
        assertTrue(m.find(), me.body());
        URI locale = c.resolve("api/me/locale");
        HttpRequest.Builder put = HttpRequest.newBuilder(locale).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"language\":\"en\"}"));
        assertEquals(403, c.send(put).statusCode(), "no token");
        assertEquals(403, c.send(put.copy().header("X-CSRF-Token", "forged")).statusCode(), "wrong token");
        assertEquals(204, c.send(put.copy().header("X-CSRF-Token", m.group(1))).statusCode());
        assertEquals(204, c.send(HttpRequest.newBuilder(locale).header("Content-Type", "application/json")
                .header("X-CSRF-Token", m.group(1))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"language\":\"zh\"}"))).statusCode());
        // anonymous callers get no data (they are sent to the login page)
        assertFalse(client().send(HttpRequest.newBuilder(c.resolve("api/me"))
                .header("Accept", "application/json")).body().contains("csrfToken"));
    }

    @Test
    void anEnterpriseAdminSeesOnlyItsOwnPeople() throws Exception {
        FacesClient c = client();
        c.login("enterprise", DEMO_PASSWORD);
        String page = c.get("enterprise/home.xhtml").body();
        assertTrue(page.contains("苏州华盛化工有限公司"));
        assertTrue(page.contains("张伟"));
        assertFalse(page.contains("爆破工"), "a post of the other enterprise");
        assertFalse(page.contains("安全副矿长"), "a post of the other enterprise");
        FacesClient other = client();
        other.login("yyenterprise", DEMO_PASSWORD);
        String theirs = other.get("enterprise/home.xhtml").body();
        assertTrue(theirs.contains("爆破工"));
        assertFalse(theirs.contains("张伟"));
    }

    @Test
    void systemAdminCreatesAnOrganisationAndItsAdministratorWhoMustChangeThePassword() throws Exception {
        FacesClient admin = client();
        assertEquals("/admin/home.xhtml", admin.login("sysadmin", DEMO_PASSWORD).uri().getPath());
        String name = "烟花爆竹测试企业" + System.nanoTime() % 100000;
        Map<String, String> org = new HashMap<>(Map.of("type_input", "ENTERPRISE", "name", name,
                "creditCode", TestPeople.creditCode(), "region_input", "YIYANG", "industry_input", "FIREWORKS"));
        String page = admin.submit("admin/home.xhtml", "org", org).body();
        assertTrue(page.contains("已创建单位：" + name), page);
        assertTrue(page.contains("id=\"staffCard\""), "the new organisation is selected for its administrator");

        String staffName = "周敏";
        String residentId = TestPeople.residentId();
        page = admin.submit("admin/home.xhtml", "staff", Map.of("role_input", "ENTERPRISE_ADMIN", "name", staffName,
                "residentId", residentId, "mobile", TestPeople.mobile(), "username", "")).body();
        Matcher shown = Pattern.compile(Pattern.quote(residentId.toLowerCase()) + " / ([A-Za-z0-9]{12})")
                .matcher(page);
        assertTrue(shown.find(), "the one-time initial password is shown once");

        FacesClient newAdmin = client();
        HttpResponse<String> first = newAdmin.login(residentId, shown.group(1));
        assertEquals("/account/password.xhtml", first.uri().getPath(), "must change the initial password first");
        assertTrue(first.body().contains("为了账号安全，请先修改初始密码"));
        page = newAdmin.submit("account/password.xhtml", "pwd", Map.of("current", shown.group(1),
                "newPassword", "Yanhua2026safe", "repeat", "Yanhua2026safe")).body();
        assertTrue(page.contains("密码已修改"), page);
        HttpResponse<String> home = newAdmin.get("");
        assertEquals("/enterprise/home.xhtml", home.uri().getPath());
        assertTrue(home.body().contains(name));
    }

    @Test
    void enterpriseAdminAddsAnEmployeeThroughThePage() throws Exception {
        FacesClient c = client();
        c.login("enterprise", DEMO_PASSWORD);
        c.get("enterprise/home.xhtml");
        String residentId = TestPeople.residentId();
        Map<String, String> form = new HashMap<>(Map.of("residentId", residentId, "name", "钱多多",
                "mobile", TestPeople.mobile(), "post", "仓库保管员", "category_input", "OTHER",
                "type_input", "DISPATCHED", "start_input", "2025-01-02", "end_input", ""));
        String page = c.submit("enterprise/home.xhtml", "emp", form).body();
        assertTrue(page.contains("已登记 钱多多，并开通学员账号，用户名 " + residentId.toLowerCase()), page);
        assertTrue(c.get("enterprise/home.xhtml").body().contains("仓库保管员"));

        // a wrong ID number is refused with the reason, in Chinese, and nothing is added
        c.get("enterprise/home.xhtml");
        form.put("residentId", residentId.substring(0, 17) + (residentId.charAt(17) == '1' ? '2' : '1'));
        form.put("name", "错号码");
        page = c.submit("enterprise/home.xhtml", "emp", form).body();
        assertTrue(page.contains("校验位"), "check digit message");
        assertFalse(c.get("enterprise/home.xhtml").body().contains("错号码"));
    }

    @Test
    void everyPageOfEveryRoleRenders() throws Exception {
        String[][] pages = {{"sysadmin", "admin/home.xhtml", "admin/accounts.xhtml", "admin/audit.xhtml",
                "account/password.xhtml"}, {"regulator", "regulator/home.xhtml", "regulator/audit.xhtml"},
                {"worker", "learner/home.xhtml", "account/password.xhtml"},
                {"institution", "institution/courses.xhtml"}, {"regulator", "review/courses.xhtml"},
                {"sysadmin", "review/courses.xhtml"}};
        for (String[] role : pages) {
            FacesClient c = client();
            c.login(role[0], DEMO_PASSWORD);
            for (int i = 1; i < role.length; i++) {
                HttpResponse<String> r = c.get(role[i]);
                assertEquals(200, r.statusCode(), role[i]);
                assertTrue(r.body().contains("id=\"content\""), role[i]);
            }
        }
    }

    /**
     * Lesson media and the study / SCORM APIs with the demo data: a video is served in byte ranges (206, 416) to its
     * enrolled learner and is "not found" for a learner who is not enrolled; state-changing calls need the CSRF
     * token; a package path cannot leave the package; a malformed SCORM commit is refused and changes nothing.
     */
    @Test
    void lessonMediaAndStudyApisServeOnlyTheirLearner() throws Exception {
        FacesClient worker = client();
        worker.login("worker", DEMO_PASSWORD);
        String home = worker.get("learner/home.xhtml").body();
        Matcher course = Pattern.compile("catalogue/course.xhtml\\?id=([0-9a-f-]{36})\"[^>]*>"
                + Pattern.quote(DemoCourseLoader.HOT_WORK) + "<").matcher(home);
        assertTrue(course.find(), "the demo worker has courses in the plan");
        String page = worker.get("catalogue/course.xhtml?id=" + course.group(1)).body();
        Matcher lessons = Pattern.compile("lesson=([0-9a-f-]{36})").matcher(page);
        List<String> ids = new java.util.ArrayList<>();
        while (lessons.find()) {
            if (!ids.contains(lessons.group(1))) {
                ids.add(lessons.group(1));
            }
        }
        assertEquals(3, ids.size(), "video, PDF and SCORM lessons of the demo course: " + ids);
        String video = ids.get(0);
        String scorm = ids.get(2);

        HttpResponse<byte[]> whole = worker.sendBytes(HttpRequest.newBuilder(worker.resolve("media/lesson/" + video)));
        assertEquals(200, whole.statusCode());
        assertEquals("video/mp4", whole.headers().firstValue("Content-Type").orElse(""));
        assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElse(""));
        long length = whole.body().length;
        HttpResponse<byte[]> part = worker.sendBytes(HttpRequest.newBuilder(worker.resolve("media/lesson/" + video))
                .header("Range", "bytes=100-199"));
        assertEquals(206, part.statusCode());
        assertEquals("bytes 100-199/" + length, part.headers().firstValue("Content-Range").orElse(""));
        assertArrayEquals(java.util.Arrays.copyOfRange(whole.body(), 100, 200), part.body());
        HttpResponse<byte[]> tail = worker.sendBytes(HttpRequest.newBuilder(worker.resolve("media/lesson/" + video))
                .header("Range", "bytes=-10"));
        assertEquals("bytes " + (length - 10) + "-" + (length - 1) + "/" + length,
                tail.headers().firstValue("Content-Range").orElse(""));
        assertEquals(416, worker.sendBytes(HttpRequest.newBuilder(worker.resolve("media/lesson/" + video))
                .header("Range", "bytes=" + length + "-")).statusCode());
        int escape = worker.get("media/scorm/" + scorm + "/%2e%2e/%2e%2e/%2e%2e/etc/passwd").statusCode();
        assertTrue(escape == 404 || escape == 400, "a path out of the package is never served: " + escape);
        assertEquals(200, worker.get("media/scorm/" + scorm + "/imsmanifest.xml").statusCode());

        FacesClient stranger = client();
        stranger.login("zhoujie", DEMO_PASSWORD);
        assertEquals(404, stranger.get("media/lesson/" + video).statusCode(), "not enrolled: not found");

        String token = csrf(worker);
        HttpRequest.Builder start = HttpRequest.newBuilder(worker.resolve("api/study/lessons/" + video + "/sessions"))
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody());
        assertEquals(403, worker.send(start).statusCode(), "no CSRF token");
        HttpResponse<String> started = worker.send(start.copy().header("X-CSRF-Token", token));
        assertEquals(200, started.statusCode(), started.body());
        Matcher session = Pattern.compile("\"session\"\\s*:\\s*\"([^\"]+)\"").matcher(started.body());
        assertTrue(session.find(), started.body());
        assertEquals(404, worker.get("api/study/sessions/" + session.group(1) + "/challenge/not-a-nonce")
                .statusCode());
        HttpResponse<String> beat = worker.send(HttpRequest.newBuilder(
                        worker.resolve("api/study/sessions/" + session.group(1) + "/beats"))
                .header("Content-Type", "application/json").header("X-CSRF-Token", token)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"seq\":1,\"visible\":true,\"playing\":true,\"rate\":1.0,\"position\":0.5}")));
        assertEquals(200, beat.statusCode(), beat.body());
        HttpResponse<String> elsewhere = stranger.send(HttpRequest.newBuilder(
                        stranger.resolve("api/study/sessions/" + session.group(1) + "/beats"))
                .header("Content-Type", "application/json").header("X-CSRF-Token", csrf(stranger))
                .POST(HttpRequest.BodyPublishers.ofString("{\"seq\":2,\"visible\":true,\"playing\":true,"
                        + "\"rate\":1.0,\"position\":1.0}")));
        assertEquals(404, elsewhere.statusCode(), "another person's session is not found");
        assertTrue(elsewhere.body().contains("\"error\":\"study.sessionNotFound\""), elsewhere.body());

        HttpResponse<String> badCommit = worker.send(HttpRequest.newBuilder(worker.resolve("api/scorm/" + scorm))
                .header("Content-Type", "application/json").header("X-CSRF-Token", token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"cmi\": [1, 2")));
        assertEquals(400, badCommit.statusCode());
        assertTrue(badCommit.body().contains("\"result\":false"), badCommit.body());
        HttpResponse<String> launch = worker.get("api/scorm/" + scorm);
        assertEquals(200, launch.statusCode(), launch.body());
        assertTrue(launch.body().contains("\"version\":\"SCORM_12\""), launch.body());
        assertTrue(launch.body().contains("\"cmiJson\":null"), "nothing was stored: " + launch.body());
    }

    private static String csrf(FacesClient c) throws Exception {
        Matcher m = Pattern.compile("\"csrfToken\"\\s*:\\s*\"([^\"]+)\"").matcher(c.get("api/me").body());
        assertTrue(m.find());
        return m.group(1);
    }
}
