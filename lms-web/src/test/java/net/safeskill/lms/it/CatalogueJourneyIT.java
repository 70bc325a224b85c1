package net.safeskill.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import net.safeskill.lms.catalogue.infrastructure.samples.SamplePdf;
import net.safeskill.lms.it.support.Deployments;
import net.safeskill.lms.it.support.OnConfiguredDatabase;

/**
 * Journey 2 and 4 in headless Chromium (课程超市): the institution's courses and a courseware resource are listed
 * through the real services ({@link CatalogueJourneySetup}); then a worker signs in, opens the course supermarket
 * from the navigation, types 动火作业, sees the matched words highlighted, narrows by an industry facet (the total
 * becomes that facet's count), clears it, narrows by kind, opens the courseware and gets its PDF from the media
 * endpoint with a byte range — all in Chinese, and the supermarket fits a 375 px phone screen.
 */
@ExtendWith(OnConfiguredDatabase.class)
@ExtendWith(ArquillianExtension.class)
class CatalogueJourneyIT {

    private static final BrowserSupport.Bundle ZH = BrowserSupport.Bundle.chinese();

    /** The shipped WAR plus {@link CatalogueJourneySetup}, which lists the journey's data through the services. */
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platformWithTests(CatalogueJourneySetup.class)
                .addAsWebResource(new StringAsset(RATING_PAGE), "catalogue/it-rating.xhtml");
    }

    @ArquillianResource
    URL base;

    private static BrowserSupport browser;

    /** A test page that includes the course-rating fragment as the course page does. */
    private static final String RATING_PAGE = """
            <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:f="jakarta.faces.core"
                            xmlns:ui="jakarta.faces.facelets" template="/WEB-INF/templates/layout.xhtml">
              <f:metadata><f:viewParam name="id" value="#{requestScope.courseId}"/></f:metadata>
              <ui:define name="title">rating</ui:define>
              <ui:define name="content">
                <ui:include src="/WEB-INF/fragments/course-rating.xhtml">
                  <ui:param name="coursePublicId" value="#{requestScope.courseId}"/>
                </ui:include>
              </ui:define>
            </ui:composition>
            """;

    @Test
    void aWorkerFindsNarrowsAndOpensAResourceInChinese() throws Exception {
        requireBrowser();
        HttpResponse<String> setup = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                base.toURI().resolve(CatalogueJourneySetup.PATH)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, setup.statusCode(), setup.body());
        String ratedCourse = setup.body().strip();
        browser = BrowserSupport.start();
        try {
            signsIn();
            searchesAndSeesHighlights();
            narrowsByIndustryAndClears();
            opensTheCourseware();
            ratesTheCourseInTheFragment(ratedCourse);
            theSupermarketFitsAPhone();
        } catch (AssertionError | RuntimeException e) {
            browser.keepEvidence("catalogue-journey-failure");
            throw e;
        } finally {
            browser.close();
            browser = null;
        }
    }

    /**
     * Journey 4 from the other side, and the index page: the institution uploads a PDF accident case through the
     * library page (a file that is not a PDF first: refused in Chinese), publishes it, and the system admin rebuilds
     * the index from /admin/search.xhtml and sees it done with as many documents as the database expects.
     */
    @Test
    void anInstitutionUploadsAndPublishesAndTheAdminRebuildsTheIndex() throws Exception {
        requireBrowser();
        Path fake = Files.createTempFile("fake-", ".pdf");
        Files.writeString(fake, "<html>不是 PDF</html>");
        Path real = Files.createTempFile("real-", ".pdf");
        Files.write(real, SamplePdf.page(UPLOADED_TITLE, "某钢厂煤气柜检修时煤气泄漏，多人中毒。"));
        browser = BrowserSupport.start();
        try {
            signIn("institution");
            browser.clickAndWaitForNewPage(By.linkText(ZH.get("nav.library")));
            assertEquals("/library/manage.xhtml", browser.path());
            assertEquals(ZH.get("library.title"), browser.pageTitle());
            fillUpload(fake);
            assertEquals(ZH.get("error.upload.notPdf"), browser.fieldError("up:file"));
            assertEquals(UPLOADED_TITLE, browser.value("up:title"), "the form keeps what was typed");
            fillUpload(real);
            assertEquals(ZH.get("library.uploaded", UPLOADED_TITLE),
                    browser.visible(By.cssSelector("#messages .ui-messages-info")).getText().trim());
            By row = By.xpath("//tr[.//a[normalize-space(.)='" + UPLOADED_TITLE + "']]");
            assertTrue(browser.visible(row).getText().contains(ZH.get("library.status.DRAFT")));
            browser.clickAndWaitForNewPage(By.xpath("//tr[.//a[normalize-space(.)='" + UPLOADED_TITLE
                    + "']]//button[contains(@class,'publish')]"));
            assertTrue(browser.visible(row).getText().contains(ZH.get("library.status.PUBLISHED")));
            browser.clickAndWaitForNewPage(By.id("userForm:logout"));

            signIn("sysadmin");
            browser.driver.get(base.toString() + "admin/search.xhtml");
            assertEquals(ZH.get("searchAdmin.title"), browser.pageTitle());
            browser.visible(By.id("idx:rebuild")).click();
            browser.wait.withTimeout(java.time.Duration.ofSeconds(90)).until(d -> ZH.get("searchAdmin.state.DONE")
                    .equals(d.findElement(By.id("stateName")).getText().trim()));
            browser.driver.navigate().refresh();
            assertEquals(browser.visible(By.id("expected")).getText(), browser.visible(By.id("indexed")).getText(),
                    "the index holds what the database says it should");
            browser.driver.get(base.toString() + "catalogue/index.xhtml?q=%E7%85%A4%E6%B0%94%E6%9F%9C");
            assertTrue(browser.driver.findElements(By.cssSelector(".hit-title")).stream()
                    .anyMatch(e -> e.getText().equals(UPLOADED_TITLE)), "found after the rebuild");
        } catch (AssertionError | RuntimeException e) {
            browser.keepEvidence("library-journey-failure");
            throw e;
        } finally {
            browser.close();
            browser = null;
        }
    }

    private static final String UPLOADED_TITLE = "煤气柜检修中毒事故案例";

    private void fillUpload(Path file) {
        browser.type("up:title", UPLOADED_TITLE);
        browser.type("up:summary", "煤气柜检修前未彻底置换，作业人员未佩戴空气呼吸器。");
        browser.type("up:source", "市应急管理局");
        new org.openqa.selenium.support.ui.Select(browser.visible(By.id("up:industry"))).selectByValue("METAL_SMELTING");
        browser.type("up:minutes", "25");
        browser.driver.findElement(By.id("up:file")).sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWaitForNewPage(By.id("up:submit"));
    }

    private void signIn(String user) {
        browser.driver.get(base.toString() + "login.xhtml");
        browser.type("login:identifier", user);
        browser.type("login:password", "Safe@2026");
        browser.clickAndWaitForNewPage(By.id("login:submit"));
    }

    private static void requireBrowser() {
        String missing = BrowserSupport.missingBrowser();
        if (missing != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but " + missing);
            }
            Assumptions.assumeTrue(false, missing);
        }
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    private void signsIn() {
        signIn("worker");
        assertEquals("/learner/home.xhtml", browser.path());
        browser.clickAndWaitForNewPage(By.linkText(ZH.get("nav.catalogue")));
        assertEquals("/catalogue/index.xhtml", browser.path());
        assertEquals(ZH.get("search.title"), browser.pageTitle());
    }

    private long total() {
        String text = browser.visible(By.id("total")).getText().trim();
        return Long.parseLong(text.replaceAll("\\D", ""));
    }

    private void searchesAndSeesHighlights() {
        browser.type("q", "动火作业");
        browser.clickAndWaitForNewPage(By.id("searchButton"));
        assertTrue(browser.driver.getCurrentUrl().contains("q=%E5%8A%A8%E7%81%AB%E4%BD%9C%E4%B8%9A"),
                "the search is a bookmarkable address: " + browser.driver.getCurrentUrl());
        long total = total();
        assertTrue(total >= 3, "two courses and the courseware at least, found " + total);
        assertEquals(ZH.get("search.total", total), browser.visible(By.id("total")).getText().trim());
        List<WebElement> marks = browser.driver.findElements(By.cssSelector(".hit-title mark"));
        assertTrue(!marks.isEmpty() && marks.stream().allMatch(m -> m.getText().contains("动火")),
                "highlighted words in the titles");
        assertTrue(browser.driver.findElement(By.id("facet-industry")).getText()
                .contains(ZH.get("industry.METAL_SMELTING")), "industry facet in Chinese");
    }

    private void narrowsByIndustryAndClears() {
        long before = total();
        By metal = By.cssSelector("#facet-industry a[data-value='METAL_SMELTING']");
        long facetCount = Long.parseLong(browser.visible(metal).findElement(By.className("count")).getText().trim());
        assertTrue(facetCount >= 1 && facetCount < before, facetCount + " of " + before);
        browser.clickAndWaitForNewPage(metal);
        assertEquals(facetCount, total(), "the total is the facet's count");
        assertTrue(browser.driver.getCurrentUrl().contains("industry=METAL_SMELTING"));
        assertTrue(browser.visible(By.id("chips")).getText().contains(ZH.get("industry.METAL_SMELTING")));
        assertTrue(browser.driver.findElements(By.cssSelector(".hit-title")).stream()
                .anyMatch(e -> e.getText().equals("冶金煤气区域动火作业安全")));
        browser.clickAndWaitForNewPage(By.id("clear-industry"));
        assertEquals(before, total(), "cleared: back to all matches");
    }

    private void opensTheCourseware() {
        browser.clickAndWaitForNewPage(By.cssSelector("#facet-kind a[data-value='COURSEWARE']"));
        assertTrue(browser.visible(By.id("chips")).getText().contains(ZH.get("search.kind.COURSEWARE")));
        WebElement link = browser.visible(By.xpath("//h2[@class='hit-title']/a[normalize-space(.)='" + CatalogueJourneySetup.RESOURCE_TITLE
                + "']"));
        assertEquals("动火作业", link.findElement(By.tagName("mark")).getText());
        browser.clickAndWaitForNewPage(By.xpath("//h2[@class='hit-title']/a[normalize-space(.)='" + CatalogueJourneySetup.RESOURCE_TITLE
                + "']"));
        assertEquals("/catalogue/resource.xhtml", browser.path());
        assertEquals(CatalogueJourneySetup.RESOURCE_TITLE, browser.pageTitle());
        assertEquals(ZH.get("search.kind.COURSEWARE"), browser.visible(By.id("kind")).getText().trim());
        assertEquals(ZH.get("library.status.PUBLISHED"), browser.visible(By.id("status")).getText().trim());
        String src = browser.visible(By.id("resourcePdf")).getDomAttribute("src");
        assertTrue(src.contains("/media/library/"), src);
        @SuppressWarnings("unchecked")
        Map<String, Object> fetched = (Map<String, Object>) browser.driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {headers: {Range: 'bytes=0-4'}}).then(r => r.text().then(t => "
                        + "done({status: r.status, type: r.headers.get('Content-Type'), body: t})))"
                        + ".catch(e => done({status: -1, body: String(e)}));", src);
        assertEquals(206L, ((Number) fetched.get("status")).longValue(), String.valueOf(fetched));
        assertEquals("application/pdf", fetched.get("type"));
        assertEquals("%PDF-", fetched.get("body"));
    }

    /** The course-rating fragment the course page includes: no rating yet, the enrolled worker gives 4 stars. */
    private void ratesTheCourseInTheFragment(String course) {
        browser.driver.get(base.toString() + "catalogue/it-rating.xhtml?id=" + course);
        assertEquals(ZH.get("rating.title"), browser.visible(By.cssSelector("#courseRating h2")).getText().trim());
        assertEquals(ZH.get("rating.count", 0), browser.visible(By.id("ratingCount")).getText().trim());
        browser.visible(By.xpath("//label[@for='rating:stars:3']")).click();
        browser.type("rating:comment", "案例讲解清楚，<b>很实用</b>");
        browser.visible(By.id("rating:rate")).click();
        browser.wait.until(d -> "4.0".equals(d.findElement(By.id("ratingAverage")).getText().trim()));
        assertEquals(ZH.get("rating.count", 1), browser.visible(By.id("ratingCount")).getText().trim());
        assertEquals("4★ 案例讲解清楚，<b>很实用</b>", browser.visible(By.cssSelector("#reviews li")).getText().trim(),
                "the comment is shown as text");
    }

    private void theSupermarketFitsAPhone() throws Exception {
        browser.driver.get(base.toString() + "catalogue/index.xhtml?q=%E5%8A%A8%E7%81%AB%E4%BD%9C%E4%B8%9A");
        browser.viewport(375, 812);
        assertTrue(total() >= 3);
        browser.screenshot("catalogue-375.png");
        long scrollWidth = browser.number("return document.documentElement.scrollWidth");
        long innerWidth = browser.number("return window.innerWidth");
        assertTrue(scrollWidth <= innerWidth + 1, "horizontal scrollbar at " + innerWidth + " px: " + scrollWidth);
    }
}
