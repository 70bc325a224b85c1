package net.safeskill.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import net.safeskill.lms.it.support.Deployments;
import net.safeskill.lms.it.support.OnConfiguredDatabase;
import net.safeskill.lms.it.support.TestPeople;

/**
 * One headless Chromium journey through the shipped WAR: register (first with a wrong ID number and a weak
 * password) → log in → the learner's home in Chinese → switch to English → the home page on a 375 px phone
 * screen without sideways scrolling. Needs the Debian {@code chromium} and {@code chromium-driver} packages;
 * without them the journey is skipped, except in CI ({@code CI=true}) where that is an error.
 */
@ExtendWith(OnConfiguredDatabase.class)
@ExtendWith(ArquillianExtension.class)
class BrowserJourneyIT {

    private static final String NAME = "欧阳晓岚";
    private static final String WEAK_PASSWORD = "12345678";
    private static final String PASSWORD = "Anquan2026ok";

    private static final BrowserSupport.Bundle ZH = BrowserSupport.Bundle.chinese();
    private static final BrowserSupport.Bundle EN = BrowserSupport.Bundle.english();

    private static BrowserSupport browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.platform();
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startBrowser() throws Exception {
        String missing = BrowserSupport.missingBrowser();
        if (missing != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but " + missing.replace(" — browser journey SKIPPED", "")
                        + ": install the chromium and chromium-driver packages");
            }
            System.out.println(missing);
            Assumptions.assumeTrue(false, missing);
        }
        browser = BrowserSupport.start();
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @Test
    void registerLogInSeeTheChineseHomeAndSwitchToEnglish() throws Exception {
        String residentId = TestPeople.residentId();
        String mobile = TestPeople.mobile();
        char last = residentId.charAt(17);
        String wrongCheckDigit = residentId.substring(0, 17) + (last == '0' ? '1' : '0');
        try {
            opensOnTheChineseLoginPage();
            registrationReportsWrongFieldsInChineseAndKeepsWhatWasTyped(residentId, wrongCheckDigit, mobile);
            registers(residentId);
            logsInToTheChineseHome(residentId);
            switchesToEnglish();
            homeFitsAPhoneScreen();
        } catch (AssertionError | RuntimeException e) {
            browser.keepEvidence("browser-journey-failure");
            throw e;
        }
    }

    /** 1. The root address lands on the login page in Chinese although the browser asks for English. */
    private void opensOnTheChineseLoginPage() {
        assertTrue(String.valueOf(browser.js("return navigator.language")).startsWith("en"),
                "the browser should ask for English");
        browser.driver.get(base.toString());
        browser.wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        assertEquals(ZH.get("login.title"), browser.pageTitle());
        assertTrue(browser.driver.getTitle().startsWith(ZH.get("login.title")), browser.driver.getTitle());
        assertEquals("zh", browser.htmlLang());
        browser.visible(By.id("login:identifier"));
    }

    /** 2. Wrong check digit and a weak password: Chinese messages next to the fields, typed values kept. */
    private void registrationReportsWrongFieldsInChineseAndKeepsWhatWasTyped(String residentId,
            String wrongCheckDigit, String mobile) {
        browser.clickAndWaitForNewPage(By.id("registerLink"));
        assertEquals("/register.xhtml", browser.path());
        assertEquals(ZH.get("register.title"), browser.pageTitle());

        browser.type("reg:name", NAME);
        browser.type("reg:residentId", wrongCheckDigit);
        browser.type("reg:mobile", mobile);
        browser.type("reg:password", WEAK_PASSWORD);
        browser.type("reg:passwordRepeat", WEAK_PASSWORD);
        browser.clickAndWaitForNewPage(By.id("reg:submit"));

        assertEquals("/register.xhtml", browser.path());
        assertEquals(ZH.get("error.residentId.checkDigit"), browser.fieldError("reg:residentId"));
        assertEquals(ZH.get("error.password.letterAndDigit"), browser.fieldError("reg:password"),
                "every wrong field is reported at once");
        assertEquals(NAME, browser.value("reg:name"), "the form keeps the typed name");
        assertEquals(mobile, browser.value("reg:mobile"), "the form keeps the typed mobile number");
        assertEquals(wrongCheckDigit, browser.value("reg:residentId"), "the form keeps the typed ID number");
        assertEquals("", browser.value("reg:password"), "passwords are never sent back to the browser");

        // corrected ID number, still the weak password: only the password is wrong now
        browser.type("reg:residentId", residentId);
        browser.type("reg:password", WEAK_PASSWORD);
        browser.type("reg:passwordRepeat", WEAK_PASSWORD);
        tickConsent();
        browser.clickAndWaitForNewPage(By.id("reg:submit"));

        assertEquals("/register.xhtml", browser.path());
        assertEquals(ZH.get("error.password.letterAndDigit"), browser.fieldError("reg:password"));
        assertTrue(browser.driver.findElements(By.xpath("//*[@id='reg:residentId']/ancestor::div"
                + "[contains(@class,'field')][1]//*[contains(@class,'ui-message-error')]")).isEmpty(),
                "the corrected ID number has no error any more");
        assertEquals(NAME, browser.value("reg:name"));
        assertEquals(mobile, browser.value("reg:mobile"));
        assertEquals(residentId, browser.value("reg:residentId"));
    }

    /** 3. A good password (consent still ticked): back on the login page with the success message. */
    private void registers(String residentId) {
        browser.type("reg:password", PASSWORD);
        browser.type("reg:passwordRepeat", PASSWORD);
        tickConsent();
        browser.clickAndWaitForNewPage(By.id("reg:submit"));

        assertEquals("/login.xhtml", browser.path());
        assertEquals(ZH.get("login.title"), browser.pageTitle());
        String message = browser.visible(By.cssSelector("#messages .ui-messages-info")).getText().trim();
        assertEquals(ZH.get("register.success", residentId.toLowerCase()), message);
    }

    /** 4. Log in with the ID number: the learner's home, in Chinese, greeting the person by name. */
    private void logsInToTheChineseHome(String residentId) {
        browser.type("login:identifier", residentId);
        browser.type("login:password", PASSWORD);
        browser.clickAndWaitForNewPage(By.id("login:submit"));

        assertEquals("/learner/home.xhtml", browser.path());
        assertEquals(ZH.get("learner.home.title"), browser.pageTitle());
        assertEquals(ZH.get("learner.home.welcome", NAME), browser.visible(By.id("welcome")).getText().trim());
        assertEquals("zh", browser.htmlLang());
    }

    /** 5. The language switch: the same page, now in English. */
    private void switchesToEnglish() {
        browser.clickAndWaitForNewPage(By.id("langForm:en"));

        assertEquals("/learner/home.xhtml", browser.path());
        assertEquals(EN.get("learner.home.title"), browser.pageTitle());
        assertEquals(EN.get("learner.home.welcome", NAME), browser.visible(By.id("welcome")).getText().trim());
        assertEquals("en", browser.htmlLang());
        assertTrue(browser.driver.findElement(By.id("langForm:en")).getDomAttribute("class").contains("active"));
    }

    /** 6. On a 375 x 812 phone screen the page does not scroll sideways; the screenshot is kept. */
    private void homeFitsAPhoneScreen() throws Exception {
        browser.viewport(375, 812);
        assertEquals(EN.get("learner.home.title"), browser.pageTitle());

        Path shot = browser.screenshot("learner-home-375.png");
        assertTrue(Files.size(shot) > 0, shot.toString());
        System.out.println("Screenshot of the learner home at 375x812: " + shot.toAbsolutePath());

        long scrollWidth = browser.number("return document.documentElement.scrollWidth");
        long innerWidth = browser.number("return window.innerWidth");
        assertTrue(scrollWidth <= innerWidth + 1, "horizontal scrollbar at " + innerWidth + " px: the page is "
                + scrollWidth + " px wide (widest: " + browser.js(WIDEST_ELEMENT) + ")");
    }

    private void tickConsent() {
        By state = By.id("reg:consent_input");
        if (!browser.driver.findElement(state).isSelected()) {
            browser.visible(By.cssSelector("#reg\\:consent .ui-chkbox-box")).click();
            browser.wait.until(d -> d.findElement(state).isSelected());
        }
        assertTrue(browser.driver.findElement(state).isSelected(), "consent ticked");
    }

    /** Names the element that sticks out furthest to the right, to make a failure easy to fix. */
    private static final String WIDEST_ELEMENT = """
            let widest = null, right = 0;
            for (const e of document.querySelectorAll('body *')) {
              const r = e.getBoundingClientRect().right;
              if (r > right) { right = r; widest = e; }
            }
            return widest ? widest.tagName.toLowerCase() + (widest.id ? '#' + widest.id : '')
                + (widest.className && widest.className.baseVal === undefined ? '.' + widest.className.trim()
                .replace(/\\s+/g, '.') : '') + ' right=' + Math.round(right) : 'none';
            """;
}
