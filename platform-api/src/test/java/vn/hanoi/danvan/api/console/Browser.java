package vn.hanoi.danvan.api.console;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The machine's own Chromium, headless, driven through its chromedriver: nothing is downloaded
 * at test time ({@code -Ddanvan.test.chromium=…} and {@code -Ddanvan.test.chromedriver=…} point
 * elsewhere). Where either is missing the browser tests are skipped with a message saying so
 * (Debian: {@code apt-get install chromium chromium-driver}). Each browser gets a fresh profile
 * and download folder, removed again on {@link #close()}.
 */
public final class Browser implements AutoCloseable {

    /** Where the screenshots of the main screens go: a build artifact. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;
    private final String base;

    private Browser(ChromeDriver driver, Path profile, Path downloads, String base) {
        this.driver = driver;
        this.profile = profile;
        this.downloads = downloads;
        this.base = base;
    }

    private static Optional<Path> chromium() {
        return installed(
                "danvan.test.chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    }

    private static Optional<Path> chromedriver() {
        return installed("danvan.test.chromedriver", "/usr/bin/chromedriver");
    }

    static final String NOT_INSTALLED = "No Chromium and chromedriver on this machine: the console's browser tests"
            + " are skipped (Debian: apt-get install chromium chromium-driver).";

    static boolean installed() {
        return chromium().isPresent() && chromedriver().isPresent();
    }

    /** A browser on the console at this port; skips the test where no Chromium is installed. */
    public static Browser open(int port) throws IOException {
        assumeTrue(installed(), NOT_INSTALLED);
        Optional<Path> binary = chromium();
        Optional<Path> chromedriver = chromedriver();
        Path profile = Files.createTempDirectory("danvan-chromium-");
        Path downloads = Files.createTempDirectory("danvan-downloads-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary.get().toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--lang=vi",
                "--window-size=1400,1000",
                "--user-data-dir=" + profile);
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "download.default_directory",
                        downloads.toString(),
                        "download.prompt_for_download",
                        false,
                        "intl.accept_languages",
                        "vi-VN,vi"));
        // The page's console errors are printed when the browser closes, for whoever reads a failure.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.WARNING);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.get().toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand(
                "Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        return new Browser(driver, profile, downloads, "http://localhost:" + port);
    }

    /** The program the system property names, else the first of the usual places that has it. */
    private static Optional<Path> installed(String property, String... usualPlaces) {
        String chosen = System.getProperty(property, "");
        return (chosen.isBlank() ? Stream.of(usualPlaces) : Stream.of(chosen))
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst();
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a console route, e.g. {@code #/inbox}. */
    public void go(String hash) {
        driver.get(base + "/" + hash);
    }

    /** Signs in through the console's dev sign-in page as a demo user. */
    public void signIn(String username) {
        go("#/signin");
        WebElement other = visible(By.name("other"));
        other.clear();
        other.sendKeys(username);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        visible(By.id("who"));
        waitFor(d -> !d.findElement(By.id("who")).getText().isBlank());
    }

    public WebElement visible(By by) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Waits until the condition holds. The console redraws a screen when its data changes (a live
     * notice, a saved form): an element found a moment ago may be gone, so the condition is asked
     * again rather than failing on it.
     */
    public <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE)
                .ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    /** Clicks the element once it shows, finding it again if the screen is redrawn meanwhile. */
    public void click(By by) {
        waitFor(d -> {
            WebElement element = d.findElement(by);
            if (!element.isDisplayed()) {
                return false;
            }
            element.click();
            return true;
        });
    }

    /** Waits until the main heading reads this. */
    public void heading(String text) {
        waitFor(ExpectedConditions.textToBe(By.cssSelector("main h1"), text));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public void type(WebElement field, String text) {
        field.clear();
        field.sendKeys(text);
    }

    /** The form controls on the page that no label names: each should have one. */
    @SuppressWarnings("unchecked")
    public List<String> unlabelledControls() {
        return (List<String>) driver.executeScript("""
                return [...document.querySelectorAll('input, select, textarea')]
                  .filter((control) => control.type !== 'hidden' && control.labels.length === 0
                    && !control.getAttribute('aria-label') && !control.getAttribute('aria-labelledby'))
                  .map((control) => control.name || control.outerHTML);
                """);
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** Everything the page shows and holds, for assertions about what must never appear. */
    public String page() {
        return driver.getPageSource();
    }

    /** A downloaded file once it is complete. */
    public Path downloaded(String name) {
        Path file = downloads.resolve(name);
        waitFor(d -> Files.exists(file) && !Files.exists(downloads.resolve(name + ".crdownload")));
        return file;
    }

    public void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.manage().logs().get(LogType.BROWSER).forEach(entry -> System.out.println("[browser] " + entry));
        } finally {
            driver.quit();
        }
        for (Path folder : List.of(profile, downloads)) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary folder left behind is harmless
            }
        }
    }
}
