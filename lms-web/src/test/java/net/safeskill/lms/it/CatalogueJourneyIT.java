package net.safeskill.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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
        return Deployments.platformWithTests(CatalogueJourneySetup.class);
    }

    @ArquillianResource
    URL base;

    private static BrowserSupport browser;

    @Test
    void aWorkerFindsNarrowsAndOpensAResourceInChinese() throws Exception {
        String missing = BrowserSupport.missingBrowser();
        if (missing != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but " + missing);
            }
            Assumptions.assumeTrue(false, missing);
        }
        HttpResponse<String> setup = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                base.toURI().resolve(CatalogueJourneySetup.PATH)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, setup.statusCode(), setup.body());
        browser = BrowserSupport.start();
        try {
            signsIn();
            searchesAndSeesHighlights();
            narrowsByIndustryAndClears();
            opensTheCourseware();
            theSupermarketFitsAPhone();
        } catch (AssertionError | RuntimeException e) {
            browser.keepEvidence("catalogue-journey-failure");
            throw e;
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
        browser.driver.get(base.toString() + "login.xhtml");
        browser.type("login:identifier", "worker");
        browser.type("login:password", "Safe@2026");
        browser.clickAndWaitForNewPage(By.id("login:submit"));
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
