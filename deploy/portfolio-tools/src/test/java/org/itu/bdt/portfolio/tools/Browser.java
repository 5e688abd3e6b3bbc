package org.itu.bdt.portfolio.tools;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A headless Chromium of the system (Debian's {@code chromium} and {@code chromium-driver}), driven by Selenium. The
 * driver and the browser are named explicitly ({@code /usr/bin/chromedriver}, {@code /usr/bin/chromium}, or the
 * environment's {@code CHROMEDRIVER} and {@code CHROMIUM}), so that Selenium Manager never downloads either. Each
 * browser has a fresh profile, deleted at {@link #close()}, a 1400×1000 window and the given language (the
 * {@code Accept-Language} it sends and {@code navigator.language}). The driver's log is in target/e2e-logs.
 */
final class Browser implements AutoCloseable {

    /** How long a wait lasts unless told otherwise: the first page of a fresh profile compiles its scripts. */
    static final Duration WAIT = Duration.ofSeconds(30);
    /** The viewport, hence the screenshots. */
    static final Dimension VIEWPORT = new Dimension(1400, 1000);
    private static final Set<String> REPORTED_IMPACTS = Set.of("serious", "critical");

    private final Path profile;
    private final Path downloads;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    /** A fresh headless browser; {@code language} as in {@code Accept-Language}: en, fr, zh, ... */
    Browser(String language) throws IOException {
        profile = Files.createTempDirectory("chromium-profile-");
        Path log = Path.of("target/e2e-logs/chromedriver.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("CHROMIUM", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + VIEWPORT.width + "," + VIEWPORT.height,
                "--user-data-dir=" + profile, "--lang=" + language);
        downloads = Files.createDirectories(profile.resolve("downloads"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language,
                "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(executable("CHROMEDRIVER", "/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .withLogFile(log.toFile())
                .withAppendLog(true)
                .build();
        ChromeDriver started = null;
        try {
            started = new ChromeDriver(service, options);
            // the window's size counts what headless Chromium draws as its frame: make the viewport 1400×1000
            Number frame = (Number) started.executeScript("return window.outerHeight - window.innerHeight");
            started.manage().window().setSize(new Dimension(VIEWPORT.width, VIEWPORT.height + frame.intValue()));
        } catch (RuntimeException e) {
            if (started != null) {
                started.quit();
            }
            service.stop();
            deleteProfile();
            throw e;
        }
        driver = started;
    }

    /**
     * Whether the browser has left Keycloak's form. While the form's page unloads, Chromium may answer that its
     * elements belong to no document: that is not yet an answer.
     */
    private static boolean leftTheLoginForm(WebDriver browser) {
        try {
            return browser.findElements(By.id("kc-login")).isEmpty();
        } catch (WebDriverException e) {
            return false;
        }
    }

    /** The file a click saved (its download finished), waiting for it; the name ends with {@code suffix}. */
    Path downloaded(String suffix) {
        return waitUntil(browser -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(file -> file.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    WebDriver driver() {
        return driver;
    }

    /**
     * Signs everyone out as a fresh browser would be: no cookie of any site, nothing stored by the sites of the
     * given addresses, no download. The cache stays, so the next pages load without compiling their scripts again.
     */
    void forgetSignIns(String... addresses) throws IOException {
        open("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        for (String address : addresses) {
            URI uri = URI.create(address);
            driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin",
                    uri.getScheme() + "://" + uri.getAuthority(), "storageTypes", "all"));
        }
        try (Stream<Path> files = Files.list(downloads)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    Browser open(String url) {
        driver.get(url);
        return this;
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    /**
     * Signs in on Keycloak's login form, which the page shows by itself (it redirects there when nobody is signed
     * in), and waits until the browser has left it.
     */
    Browser signIn(String username, String password) {
        WebElement user = waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        user.clear();
        user.sendKeys(username);
        WebElement secret = driver.findElement(By.id("password"));
        secret.clear();
        secret.sendKeys(password);
        WebElement login = driver.findElement(By.id("kc-login"));
        login.click();
        try {
            waitUntil(browser -> leftTheLoginForm(browser));
        } catch (TimeoutException e) {
            throw new AssertionError(username + " could not sign in, still on " + currentUrl() + ": "
                    + driver.findElements(By.cssSelector("#input-error, .kc-feedback-text, .pf-v5-c-alert__title"))
                    .stream().map(WebElement::getText).toList(), e);
        }
        return this;
    }

    /** The first element the selector finds once there is one. */
    WebElement waitFor(String cssSelector) {
        return waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector(cssSelector)));
    }

    <T> T waitUntil(Function<? super WebDriver, T> condition) {
        return waitUntil(condition, WAIT);
    }

    <T> T waitUntil(Function<? super WebDriver, T> condition, Duration timeout) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(50)).until(condition);
    }

    /** Runs a script in the page: {@code return ...} answers; arguments as {@code arguments[0]}, ... */
    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The page's text as a user sees it ({@code document.body.innerText}). */
    String bodyText() {
        return (String) script("return document.body.innerText");
    }

    /** The page's DOM as it is now, serialised. */
    String pageSource() {
        return driver.getPageSource();
    }

    /** Each row's cells (th and td), each cell's visible text trimmed. */
    @SuppressWarnings("unchecked")
    List<List<String>> rows(String rowSelector) {
        return (List<List<String>>) script("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(row => Array.from(row.cells).map(cell => cell.innerText.trim()))", rowSelector);
    }

    /** Waits until the page's text has not changed for half a second (at most {@link #WAIT}). */
    void awaitSettled() {
        String[] last = {bodyText()};
        long[] since = {System.nanoTime()};
        waitUntil(browser -> {
            String now = bodyText();
            if (!now.equals(last[0])) {
                last[0] = now;
                since[0] = System.nanoTime();
                return false;
            }
            return System.nanoTime() - since[0] > TimeUnit.MILLISECONDS.toNanos(500);
        });
    }

    /** A PNG of the viewport (1400×1000). */
    Path screenshot(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** The page as Chromium prints it (its print style sheet), on A4 with backgrounds. */
    Path printToPdf(Path file) throws IOException {
        PrintOptions options = new PrintOptions();
        options.setPageSize(PageSize.ISO_A4);
        options.setBackground(true);
        Pdf pdf = ((PrintsPage) driver).print(options);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(pdf.getContent()));
        return file;
    }

    /** A PDF's text as {@code pdftotext -layout} reads it (Debian's poppler-utils). */
    static String pdfText(Path pdf) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pdftotext could not read " + pdf + " (exit " + process.exitValue() + ")");
        }
        return text;
    }

    /**
     * The serious and critical violations axe-core finds on the page as it is now, one line each: rule, impact,
     * help, and the elements. axe-core comes with deque's library (no network).
     */
    List<String> axeViolations() {
        Results results = new AxeBuilder().analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed: " + results.getErrorMessage());
        }
        List<String> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (rule.getImpact() != null && REPORTED_IMPACTS.contains(rule.getImpact())) {
                violations.add(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(CheckedNode::getTarget).toList());
            }
        }
        return violations;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteProfile();
        }
    }

    /** Best effort: a file Chromium still writes as it exits leaves its folder in the temporary directory. */
    private void deleteProfile() {
        try (Stream<Path> paths = Files.walk(profile)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException leftOver) {
            // nothing depends on it
        }
    }

    private static File executable(String variable, String otherwise) {
        File file = new File(System.getenv().getOrDefault(variable, otherwise));
        if (!file.canExecute()) {
            throw new IllegalStateException(file + " is missing: install Debian's chromium and chromium-driver"
                    + " (deploy/local/portfolio.sh test does), or name them in CHROMIUM and CHROMEDRIVER");
        }
        return file;
    }
}
