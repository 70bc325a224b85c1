package net.safeskill.lms.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the browser journey: the Debian {@code chromium} and {@code chromium-driver} packages,
 * nothing downloaded (no Selenium Manager), a throw-away profile, explicit waits, screenshots under
 * {@code target/screenshots} and the UI texts straight from the application's message bundles.
 */
final class BrowserSupport implements AutoCloseable {

    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final Path profile;

    private BrowserSupport(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        this.wait = new WebDriverWait(driver, TIMEOUT);
    }

    /** @return why the browser cannot start here, or {@code null} when Chromium and its driver are installed */
    static String missingBrowser() {
        if (!CHROMEDRIVER.canExecute()) {
            return CHROMEDRIVER + " not found: chromium-driver not installed — browser journey SKIPPED";
        }
        if (!CHROMIUM.canExecute()) {
            return CHROMIUM + " not found: chromium not installed — browser journey SKIPPED";
        }
        return null;
    }

    /**
     * Starts the browser for a journey class's {@code @BeforeAll}; without Chromium the journey is skipped with a
     * message, except in CI ({@code CI=true}) where that is an error.
     */
    static BrowserSupport startOrSkip() throws IOException {
        String missing = missingBrowser();
        if (missing != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                org.junit.jupiter.api.Assertions.fail("CI=true but " + missing.replace(" — browser journey SKIPPED", "")
                        + ": install the chromium and chromium-driver packages");
            }
            System.out.println(missing);
            org.junit.jupiter.api.Assumptions.assumeTrue(false, missing);
        }
        return start();
    }

    static BrowserSupport start() throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.getAbsolutePath());
        Path profile = Files.createTempDirectory("lms-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-US",
                "--autoplay-policy=no-user-gesture-required", "--mute-audio",
                "--user-data-dir=" + profile.toAbsolutePath());
        // the browser asks for English: the platform must answer in Chinese all the same
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        try {
            return new BrowserSupport(new ChromeDriver(service, options), profile);
        } catch (RuntimeException e) {
            deleteQuietly(profile);
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    // --- page interaction -------------------------------------------------------------------------------------

    WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void type(String id, String text) {
        WebElement field = visible(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    String value(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    /** Clicks something that makes a full page load (a non-Ajax Faces POST or a link) and waits for the new page. */
    void clickAndWaitForNewPage(By by) {
        wait.until(d -> "complete".equals(js("return document.readyState")));
        WebElement[] oldPage = new WebElement[1];
        // a page that was still replacing itself (a redirect, a late script) can detach the element between finding
        // and clicking it: find it again then, on the page as it is now
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            try {
                oldPage[0] = d.findElement(By.tagName("html"));
                WebElement target = d.findElement(by);
                if (!target.isDisplayed() || !target.isEnabled()) {
                    return false;
                }
                target.click();
                return true;
            } catch (org.openqa.selenium.NoSuchElementException e) {
                return false;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return false;
                }
                throw e;
            }
        });
        wait.until(d -> {
            try {
                oldPage[0].isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                // Chromium's way of saying the old page is gone while the new one is being attached
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
        wait.until(d -> "complete".equals(js("return document.readyState")));
    }

    /** The text of the {@code p:message} (error) rendered in the same {@code .field} block as the input. */
    String fieldError(String inputId) {
        return visible(By.xpath("//*[@id='" + inputId + "']/ancestor::div[contains(concat(' ', @class, ' '),"
                + " ' field ')][1]//*[contains(concat(' ', @class, ' '), ' ui-message-error ')]")).getText().trim();
    }

    /** Logs in through the login page (demo password unless given) and waits for the role's home page. */
    void logIn(java.net.URL base, String user, String password) {
        driver.manage().deleteAllCookies();
        driver.get(base + "login.xhtml");
        type("login:identifier", user);
        type("login:password", password);
        clickAndWaitForNewPage(By.id("login:submit"));
    }

    /** Sends a file to a PrimeFaces simple file upload (its hidden {@code <input type=file>}) in a form. */
    void attach(String formId, Path file) {
        driver.findElement(By.cssSelector("form[id='" + formId + "'] input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
    }

    /** The text of the page's global messages (p:messages at the top). */
    String globalMessages() {
        return visible(By.id("messages")).getText().trim();
    }

    String pageTitle() {
        return visible(By.cssSelector("h1.page-title")).getText().trim();
    }

    String htmlLang() {
        return driver.findElement(By.tagName("html")).getDomProperty("lang");
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    long number(String script, Object... args) {
        return ((Number) js(script, args)).longValue();
    }

    /** Resizes the window so that the page's layout viewport is {@code width} x {@code height} CSS pixels. */
    void viewport(int width, int height) {
        WebDriver.Window window = driver.manage().window();
        window.setSize(new Dimension(width, height));
        long innerWidth = number("return window.innerWidth");
        long innerHeight = number("return window.innerHeight");
        if (innerWidth != width || innerHeight != height) {
            // the window's own frame (even headless Chromium has one) takes room: grow the window by that much
            window.setSize(new Dimension((int) (2L * width - innerWidth), (int) (2L * height - innerHeight)));
        }
        if (number("return window.innerWidth") != width || number("return window.innerHeight") != height) {
            // a minimum window size got in the way: emulate the phone's viewport instead
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                    "deviceScaleFactor", 1, "mobile", true));
        }
        wait.until(d -> number("return window.innerWidth") == width && number("return window.innerHeight") == height);
    }

    Path screenshot(String name) throws IOException {
        Path dir = screenshotDir();
        Files.createDirectories(dir);
        Path target = dir.resolve(name);
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    /** Keeps what the browser showed when a step failed: a screenshot and the page source. */
    void keepEvidence(String name) {
        try {
            screenshot(name + ".png");
            Files.writeString(screenshotDir().resolve(name + ".html"), driver.getPageSource(),
                    StandardCharsets.UTF_8);
            System.out.println("Browser journey failed at " + driver.getCurrentUrl() + "; evidence in "
                    + screenshotDir().resolve(name + ".png"));
        } catch (IOException | RuntimeException e) {
            System.out.println("Could not keep browser evidence: " + e);
        }
    }

    static Path screenshotDir() {
        return Paths.get(System.getProperty("basedir", ".")).resolve("target").resolve("screenshots");
    }

    // --- texts --------------------------------------------------------------------------------------------------

    /** One of the application's message bundles, read as the application reads it (UTF-8). */
    static final class Bundle {
        private final Properties texts = new Properties();
        private final Locale locale;

        Bundle(String resource, Locale locale) {
            this.locale = locale;
            try (InputStream in = BrowserSupport.class.getResourceAsStream("/" + resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is not on the test classpath");
                }
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static Bundle chinese() {
            return new Bundle("messages_zh_CN.properties", Locale.SIMPLIFIED_CHINESE);
        }

        static Bundle english() {
            return new Bundle("messages_en.properties", Locale.ENGLISH);
        }

        String get(String key, Object... args) {
            String pattern = texts.getProperty(key);
            if (pattern == null) {
                throw new IllegalArgumentException("no message " + key + " for " + locale);
            }
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
