package net.safeskill.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import net.safeskill.lms.identity.domain.model.person.ResidentIdNumber;
import net.safeskill.lms.it.support.Deployments;
import net.safeskill.lms.it.support.OnConfiguredDatabase;

/**
 * Journey 6 (with the classroom half of journey 5) in headless Chromium, in Chinese: the Suzhou regulator sets a
 * requirement with an online weight and cap → the institution puts 张伟 on a class and confirms his attendance on
 * the phone-sized sheet → the enterprise admin assigns him the requirement → 张伟 sees a progress bar computed from
 * classroom, practical and online hours at that weight and cap → the enterprise admin sees the table and the chart
 * with him behind.
 */
@ExtendWith(OnConfiguredDatabase.class)
@ExtendWith(ArquillianExtension.class)
class RequirementsJourneyIT {

    private static final String PASSWORD = "Safe@2026";
    private static final String WORKER = "张伟";
    private static final String WORKER_ID = ResidentIdNumber.withCheckDigit("32058219920417008").value();
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final BrowserSupport.Bundle ZH = BrowserSupport.Bundle.chinese();
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

    private static BrowserSupport browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @ArquillianResource
    URL base;

    private final String code = "J6-" + Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase();
    private final String requirementName = "年度安全再培训（旅程 " + code + "）";
    private final String classTitle = "旅程测试再培训班 " + code;
    private final LocalDate today = LocalDate.now(CHINA);

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = BrowserSupport.startOrSkip();
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aRequirementWithWeightAndCapShowsAsProgressForTheWorkerAndTheEnterprise() throws Exception {
        try {
            regulatorSetsARequirement();
            institutionRecordsClassroomHours();
            enterpriseAssignsTheRequirement();
            workerSeesTheProgressBar();
            enterpriseSeesTheTableAndTheChart();
        } catch (AssertionError | RuntimeException e) {
            browser.keepEvidence("requirements-journey-failure");
            throw e;
        }
    }

    // --- the steps ------------------------------------------------------------------------------------------------

    /** 1. The Suzhou regulator adds a requirement: 60 学时, online counts half, at most 25 %. */
    private void regulatorSetsARequirement() {
        logIn("regulator");
        open("regulator/requirements.xhtml");
        assertEquals(ZH.get("requirements.title"), browser.pageTitle());
        assertEquals(ZH.get("requirements.lead", ZH.get("region.SUZHOU")), text(By.id("regionName")));
        browser.type("req:code", code);
        browser.type("req:name", requirementName);
        new Select(browser.visible(By.id("req:situation"))).selectByValue("PERIODIC");
        setValue("req:hours", "60");
        setValue("req:weight", "0.5");
        setValue("req:cap", "25");
        setValue("req:window", "12");
        setValue("req:validity", "12");
        browser.visible(By.xpath("//*[@id='req:types']//label[normalize-space()='"
                + ZH.get("trainingType.ANNUAL_REFRESHER") + "']")).click();
        browser.visible(By.id("req:save")).click();
        expectInfo(ZH.get("requirement.created", requirementName));
        WebElement row = browser.visible(By.xpath("//tr[.//strong[normalize-space()='" + requirementName + "']]"));
        assertTrue(row.getText().contains(ZH.get("requirement.online.rule", new BigDecimal("0.5"), 25)),
                row.getText());
        assertTrue(row.getText().contains(ZH.get("situation.PERIODIC")), row.getText());
        onAPhone("requirements");
    }

    /** 2. The institution opens a class, puts 张伟 on it, adds yesterday's session and confirms him present. */
    private void institutionRecordsClassroomHours() throws Exception {
        logIn("institution");
        open("institution/classes.xhtml");
        assertEquals(ZH.get("classes.title"), browser.pageTitle());
        browser.type("newClass:title", classTitle);
        new Select(browser.visible(By.id("newClass:type"))).selectByValue("ANNUAL_REFRESHER");
        setValue("newClass:start", today.minusDays(1).toString());
        setValue("newClass:end", today.plusDays(3).toString());
        setValue("newClass:capacity", "30");
        WebElement page = browser.driver.findElement(By.tagName("html"));
        browser.visible(By.id("newClass:submit")).click();
        browser.wait.until(ExpectedConditions.stalenessOf(page));
        browser.wait.until(ExpectedConditions.urlContains("/institution/class.xhtml"));
        assertEquals(classTitle, text(By.id("classTitle")));
        expectInfo(ZH.get("classes.created", classTitle));

        browser.type("addPerson:residentId", WORKER_ID);
        browser.type("addPerson:name", WORKER);
        browser.visible(By.id("addPerson:add")).click();
        expectInfo(ZH.get("class.roster.added", WORKER));
        browser.wait.until(d -> text(By.id("rosterCount")).startsWith("1 /"));

        LocalDate yesterday = today.minusDays(1);
        setValue("newSession:date", yesterday.toString());
        setValue("newSession:start", "09:00");
        setValue("newSession:end", "12:00");
        new Select(browser.visible(By.id("newSession:mode"))).selectByValue("CLASSROOM");
        browser.type("newSession:location", "苏州安泰培训学校 305教室");
        browser.type("newSession:teacher", "李明");
        browser.visible(By.id("newSession:addSession")).click();
        expectInfo(ZH.get("class.session.added", yesterday));
        onAPhone("class");
        browser.clickAndWaitForNewPage(By.xpath("//div[@data-date='" + yesterday + "']//a[contains(@class,'sheet-link')]"));
        assertEquals(ZH.get("attendance.title"), browser.pageTitle());

        // the sheet on a phone: a toggle per person, nothing sticks out sideways
        browser.viewport(375, 812);
        noSidewaysScrolling("attendance");
        browser.visible(By.xpath("//li[@data-name='" + WORKER + "']//label[normalize-space()='"
                + ZH.get("attendanceStatus.PRESENT") + "']")).click();
        browser.visible(By.id("att:confirm")).click();
        browser.visible(By.id("att:confirmYes")).click();
        expectInfo(ZH.get("attendance.confirmed", 1));
        browser.visible(By.id("lockedNotice"));
        WebElement line = browser.visible(By.xpath("//li[@data-name='" + WORKER + "']"));
        assertTrue(line.getText().contains(ZH.get("attendanceStatus.PRESENT")), line.getText());
        assertTrue(line.getText().contains(ZH.get("attendance.credited", 4.0)), "3 h = 4 学时 of 45 min: "
                + line.getText());
        browser.screenshot("attendance-375.png");
        browser.viewport(1280, 900);
    }

    /** 3. The enterprise admin puts 张伟 under the requirement, counting hours from 60 days ago, due in 30 days. */
    private void enterpriseAssignsTheRequirement() {
        logIn("enterprise");
        open("enterprise/assign.xhtml");
        assertEquals(ZH.get("assign.title"), browser.pageTitle());
        new Select(browser.visible(By.id("assign:requirement"))).selectByVisibleText(requirementName + "（60.0 "
                + ZH.get("progress.hoursUnit") + "）");
        setValue("assign:windowStart", today.minusDays(60).toString());
        LocalDate due = today.plusDays(30);
        setValue("assign:due", due.toString());
        browser.visible(By.xpath("//*[@id='assign:employees']//label[starts-with(normalize-space(), '" + WORKER
                + " ·')]")).click();
        browser.visible(By.id("assign:submit")).click();
        expectInfo(ZH.get("assign.requirement.done", 1, 0, 0, due));
    }

    /** 4. 张伟 sees the bar: classroom + practical + min(online x 0.5, 25 % of 60), behind for the time used. */
    private void workerSeesTheProgressBar() throws Exception {
        logIn("worker");
        open("learner/requirements.xhtml");
        assertEquals(ZH.get("myRequirements.title"), browser.pageTitle());
        WebElement card = browser.visible(By.cssSelector("section.requirement-card[data-code='" + code + "']"));
        assertEquals(requirementName, card.findElement(By.cssSelector(".req-name")).getText().trim());
        double classroom = number(card.findElement(By.cssSelector("dd.classroom")).getText());
        double practical = number(card.findElement(By.cssSelector("dd.practical")).getText());
        List<Double> online = numbers(card.findElement(By.cssSelector("dd.online")).getText());
        double onlineStudied = online.get(0);
        double onlineCounted = online.get(1);
        assertTrue(classroom >= 4.0, "yesterday's 3 h session is 4 学时 of classroom: " + classroom);
        assertEquals(Math.min(onlineStudied * 0.5, 60 * 0.25), onlineCounted, 0.11,
                "online counts at the weight, up to the cap");
        assertTrue(card.getText().contains(ZH.get("myRequirements.onlineRule", new BigDecimal("0.5"), 25, 15.0)),
                card.getText());
        List<Double> summary = numbers(card.findElement(By.cssSelector(".req-summary")).getText());
        double counted = summary.get(0);
        assertEquals(60.0, summary.get(1));
        assertEquals(classroom + practical + onlineCounted, counted, 0.21, "counted = classroom + practical + online");
        int percent = summary.get(2).intValue();
        assertEquals(counted * 100 / 60, percent, 1.01);
        WebElement bar = card.findElement(By.cssSelector("[role='progressbar']"));
        assertEquals(String.valueOf(percent), bar.getDomAttribute("aria-valuenow"));
        assertEquals(String.valueOf(percent), card.findElement(By.cssSelector(".pbar rect.fill"))
                .getDomAttribute("width"));
        assertTrue(percent < 56, "two thirds of the window are gone: " + percent + " % is behind");
        assertEquals(ZH.get("progress.status.behind"), card.findElement(By.cssSelector(".status-tag")).getText().trim());
        assertTrue(browser.visible(By.id("classHours")).getText().contains(classTitle));

        browser.viewport(375, 812);
        noSidewaysScrolling("my requirements");
        browser.screenshot("my-requirements-375.png");
        browser.viewport(1280, 900);
    }

    /** 5. The enterprise admin: 张伟 behind in the table (also when filtering), in the list and in the chart. */
    private void enterpriseSeesTheTableAndTheChart() {
        logIn("enterprise");
        open("enterprise/progress.xhtml");
        assertEquals(ZH.get("progress.enterprise.title"), browser.pageTitle());
        onAPhone("enterprise-progress");
        WebElement chartRow = browser.visible(By.cssSelector(".chart-row[data-code='" + code + "']"));
        assertTrue(chartRow.getText().contains(requirementName), chartRow.getText());
        assertTrue(chartRow.getText().contains(ZH.get("progress.chart.counts", 0, 0, 1, 1,
                        Integer.parseInt(rowOf(WORKER, requirementName).findElement(By.cssSelector(".pct")).getText()
                                .replace("%", "").trim()))), chartRow.getText());
        WebElement svg = chartRow.findElement(By.cssSelector("svg[role='img']"));
        assertTrue(svg.getDomAttribute("aria-label").contains(ZH.get("progress.status.behind") + " 1"),
                svg.getDomAttribute("aria-label"));
        assertEquals("100.0", svg.findElement(By.cssSelector("rect.behind")).getDomAttribute("width"));
        assertTrue(browser.visible(By.id("behindList")).getText().contains(WORKER + " · " + requirementName));

        WebElement row = rowOf(WORKER, requirementName);
        assertTrue(row.getText().contains(ZH.get("progress.status.behind")), row.getText());
        browser.visible(By.cssSelector("#progress\\:onlyBehind .ui-chkbox-box")).click();
        browser.wait.until(ExpectedConditions.stalenessOf(row));
        WebElement filtered = rowOf(WORKER, requirementName);
        assertTrue(filtered.getText().contains(ZH.get("progress.status.behind")));
        for (WebElement status : browser.driver.findElements(By.cssSelector("#progress\\:table .status-tag"))) {
            assertEquals(ZH.get("progress.status.behind"), status.getText().trim(), "only those behind are listed");
        }
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private void logIn(String user) {
        browser.driver.manage().deleteAllCookies();
        open("login.xhtml");
        browser.type("login:identifier", user);
        browser.type("login:password", PASSWORD);
        browser.clickAndWaitForNewPage(By.id("login:submit"));
        assertTrue(!browser.path().endsWith("/login.xhtml"), "logged in as " + user);
    }

    private void open(String path) {
        browser.driver.get(base.toString() + path);
        browser.wait.until(d -> "complete".equals(browser.js("return document.readyState")));
    }

    private void setValue(String id, String value) {
        WebElement input = browser.visible(By.id(id));
        browser.js("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));", input, value);
    }

    private String text(By by) {
        return browser.visible(by).getText().trim();
    }

    /** Waits for the global info message of an Ajax action; an error message shown instead fails at once. */
    private void expectInfo(String expected) {
        browser.wait.ignoring(StaleElementReferenceException.class).until(d -> {
            for (WebElement error : d.findElements(By.cssSelector(".ui-messages-error, .ui-message-error"))) {
                if (error.isDisplayed()) {
                    throw new AssertionError("expected \"" + expected + "\" but the page says: " + error.getText());
                }
            }
            return d.findElements(By.cssSelector("#messages .ui-messages-info")).stream()
                    .anyMatch(e -> e.getText().trim().equals(expected));
        });
    }

    private WebElement rowOf(String person, String requirement) {
        return browser.visible(By.xpath("//*[@id='progress:table']//tr[.//span[@class='person-name' and "
                + "normalize-space()='" + person + "'] and ./td[normalize-space()='" + requirement + "' or "
                + ".//text()[normalize-space()='" + requirement + "']]]"));
    }

    /** The page at 375 x 812 does not scroll sideways; a screenshot is kept; back to the desktop size. */
    private void onAPhone(String page) {
        browser.viewport(375, 812);
        noSidewaysScrolling(page);
        try {
            browser.screenshot(page + "-375.png");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        browser.viewport(1280, 900);
    }

    private void noSidewaysScrolling(String page) {
        long scrollWidth = browser.number("return document.documentElement.scrollWidth");
        long innerWidth = browser.number("return window.innerWidth");
        assertTrue(scrollWidth <= innerWidth + 1, page + " scrolls sideways at " + innerWidth + " px: " + scrollWidth);
    }

    private static double number(String text) {
        return numbers(text).get(0);
    }

    private static List<Double> numbers(String text) {
        Matcher m = NUMBER.matcher(text);
        List<Double> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(Double.parseDouble(m.group()));
        }
        return found;
    }
}
