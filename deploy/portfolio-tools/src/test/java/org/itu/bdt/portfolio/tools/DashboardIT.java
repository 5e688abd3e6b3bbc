package org.itu.bdt.portfolio.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard (issue 11) in a headless Chromium, against the running system with the reference portfolio loaded:
 * Figures 1 and 4 as printed, its charts, live updates without a reload, the report of 2024 on screen and on paper,
 * French and Chinese, accessibility (axe-core), and a partner's view that shows nothing of other partners.
 *
 * <p>The page's DOM contract: {@code body[data-ready="true"]} once the signed-in page has drawn its first data; the
 * tab is the URL's hash ({@code #portfolio}, {@code #ictdf}, {@code #monitoring}, {@code #report}, {@code #partner});
 * {@code table#figure1} rows {@code tr[data-region]} and {@code tfoot tr[data-region="TOTAL"]}; {@code table#figure4}
 * rows {@code tr[data-project]}; charts {@code [data-chart]} with {@code data-rendered="true"}; {@code #last-updated}
 * with {@code data-updated}; {@code #live-status[data-state]}; {@code #report-text}; {@code table#partner-projects}.
 *
 * <p>The tests read the 2024 figures (which no test changes) or compare with what the page showed before, so they
 * hold before and after {@link PortfolioEndToEndIT}, which signs agreements today and restarts reporting-service.
 * Screenshots go to {@code target/screenshots}, or to the folder the system property {@code dashboard.screenshots}
 * names (relative to the repository's root), e.g. {@code -Ddashboard.screenshots=docs/images}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(RunningPortfolio.Extension.class)
class DashboardIT {

    private static final String YEAR_END = "2024-12-31";
    private static final Duration LIVE = Duration.ofSeconds(2);
    private static final List<String> INTERNAL_TABS = List.of("portfolio", "ictdf", "monitoring", "report");
    /** The group separators a locale may print: no-break space, narrow no-break space, thin and figure spaces. */
    private static final Pattern SPACES = Pattern.compile("[\\u00a0\\u202f\\u2009\\u2007\\s]+");

    private RunningPortfolio system;
    private Path screenshots;
    private Path target;
    /** The English browser of every test but the French and Chinese one, signed out before each. */
    private Browser english;

    @BeforeAll
    void useTheRunningSystemAndOneBrowser(RunningPortfolio system) throws IOException {
        this.system = system;
        target = system.root.resolve("deploy/portfolio-tools/target");
        String folder = System.getProperty("dashboard.screenshots", "");
        screenshots = folder.isBlank() ? target.resolve("screenshots") : system.root.resolve(folder);
        english = new Browser("en");
    }

    @AfterAll
    void closeTheBrowser() {
        if (english != null) {
            english.close();
        }
    }

    /**
     * The harness itself, on a page that exists whatever the dashboard's state: the viewer signs in at Keycloak's
     * account console (which may only say that something went wrong: the realm gives its users no account roles),
     * and the browser screenshots the page, prints it to a PDF that pdftotext reads, and runs axe-core, whose filter
     * a page with an image without alternative text proves.
     */
    @Test
    @Order(0)
    void theBrowserSignsInAtKeycloakTakesAScreenshotPrintsAPdfAndRunsAxe() throws Exception {
        Browser browser = signedOut();
        browser.open(system.keycloak().realmUrl() + "/account");
        browser.signIn("viewer", "viewer");
        browser.waitUntil(page -> page.getCurrentUrl().endsWith("/account") && !browser.bodyText().isBlank());
        browser.awaitSettled();

        BufferedImage screenshot = ImageIO.read(browser.screenshot(target.resolve("browser/account.png")).toFile());
        assertThat(screenshot.getWidth()).isEqualTo(1400);
        assertThat(screenshot.getHeight()).isEqualTo(1000);
        List<String> lines = browser.bodyText().lines().map(String::strip).filter(line -> line.length() > 12)
                .toList();
        String pdf = spaces(Browser.pdfText(browser.printToPdf(target.resolve("browser/account.pdf"))));
        assertThat(lines).anySatisfy(line -> assertThat(pdf).contains(spaces(line)));
        assertThat(browser.axeViolations()).isNotNull();

        browser.open("data:text/html;charset=utf-8,<!doctype html><html lang=en><title>axe</title>"
                + "<main><h1>axe</h1><img src=missing.png></main></html>");
        assertThat(browser.axeViolations()).anySatisfy(violation -> assertThat(violation).startsWith("image-alt"));
    }

    @Test
    @Order(1)
    void afterSigningInTheViewerComesBackToTheUrlAndTabItAskedFor() throws Exception {
        Browser browser = signedIn("viewer", "asOf=" + YEAR_END, "portfolio");
        assertThat(browser.currentUrl()).endsWith("#portfolio").contains("asOf=" + YEAR_END);
        assertThat(browser.driver().findElement(By.cssSelector("section#portfolio")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.id("signed-in-as")).getText()).containsIgnoringCase("viewer");
    }

    @Test
    @Order(2)
    void withTheReferencePortfolioTheViewerSeesFigure1AsPrinted() throws Exception {
        Browser browser = signedIn("viewer", "asOf=" + YEAR_END, "portfolio");
        List<List<String>> expected = new ArrayList<>();
        for (List<String> row : csv("expected_figure1.csv")) {
            expected.add(List.of(row.get(0), row.get(1), thousands(row.get(2), Locale.ENGLISH),
                    thousands(row.get(3), Locale.ENGLISH), thousands(row.get(4), Locale.ENGLISH)));
        }
        List<List<String>> regions = expected.subList(0, expected.size() - 1);
        List<String> total = expected.get(expected.size() - 1);

        browser.waitUntil(page -> !browser.rows("table#figure1 tbody tr[data-region]").isEmpty());
        assertThat(browser.rows("table#figure1 tbody tr[data-region]")).containsExactlyElementsOf(regions);
        assertThat(browser.rows("table#figure1 tfoot tr[data-region='TOTAL']")).containsExactly(total);
        assertThat(browser.rows("table#figure1 thead tr")).isNotEmpty();
    }

    /** External, ITU and total in thousand CHF without decimals, partners joined by "; ". */
    @Test
    @Order(3)
    void withTheReferencePortfolioTheViewerSeesFigure4AsPrinted() throws Exception {
        Browser browser = signedIn("viewer", "asOf=" + YEAR_END + "&year=2024", "portfolio");
        List<List<String>> expected = new ArrayList<>();
        List<String> total = null;
        for (List<String> row : csv("expected_figure4.csv")) {
            List<String> cells = List.of(row.get(0), row.get(1), row.get(2), row.get(3),
                    whole(row.get(4), Locale.ENGLISH), whole(row.get(5), Locale.ENGLISH),
                    whole(row.get(6), Locale.ENGLISH), row.get(7));
            if (row.get(0).equals("Total")) {
                total = cells;
            } else {
                expected.add(cells);
            }
        }

        browser.waitUntil(page -> !browser.rows("table#figure4 tbody tr[data-project]").isEmpty());
        assertThat(browser.rows("table#figure4 tbody tr[data-project]")).containsExactlyElementsOf(expected);
        assertThat(browser.rows("table#figure4 tfoot tr")).containsExactly(total);
    }

    @Test
    @Order(4)
    void everyChartOnThePortfolioTabIsDrawnOnACanvas() throws Exception {
        Browser browser = signedIn("viewer", "asOf=" + YEAR_END, "portfolio");
        awaitChartsDrawn(browser);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> charts = (List<Map<String, Object>>) browser.script(
                "return Array.from(document.querySelectorAll('section#portfolio [data-chart]')).map(chart => {"
                + " const canvas = chart.querySelector('canvas');"
                + " const box = canvas ? canvas.getBoundingClientRect() : {width: 0, height: 0};"
                + " return {chart: chart.dataset.chart, rendered: chart.dataset.rendered,"
                + "   width: box.width, height: box.height, pixels: canvas ? canvas.width * canvas.height : 0}; })");
        assertThat(charts).extracting(chart -> chart.get("chart"))
                .contains("figure1", "figure2", "figure3");
        assertThat(charts).allSatisfy(chart -> {
            assertThat(chart.get("rendered")).as(chart.toString()).isEqualTo("true");
            assertThat(((Number) chart.get("width")).doubleValue()).as(chart.toString()).isPositive();
            assertThat(((Number) chart.get("height")).doubleValue()).as(chart.toString()).isPositive();
            assertThat(((Number) chart.get("pixels")).longValue()).as(chart.toString()).isPositive();
        });
        browser.screenshot(screenshots.resolve("dashboard-portfolio.png"));
    }

    /** CHF 1,000,000.00 is 1,000.0 thousand: Europe's partner funding and the total move by exactly that. */
    @Test
    @Order(5)
    void anAgreementSignedThroughTheApiUpdatesFigure1WithinTwoSecondsWithoutAReload() throws Exception {
        String today = LocalDate.now().toString();
        Browser browser = signedIn("viewer", "asOf=" + today, "portfolio");
        browser.waitFor("#live-status[data-state='live']");
        browser.waitUntil(page -> !browser.rows("table#figure1 tr[data-region='EUROPE']").isEmpty());
        browser.script("window.__noReload = 1");
        List<String> europe = browser.rows("table#figure1 tr[data-region='EUROPE']").get(0);
        List<String> total = browser.rows("table#figure1 tfoot tr[data-region='TOTAL']").get(0);
        String updated = lastUpdated(browser);
        String europePartner = plus(europe.get(2), "1000.0");
        String europeTotal = plus(europe.get(4), "1000.0");
        String totalPartner = plus(total.get(2), "1000.0");

        PortfolioApi.Response signed = system.api().signAgreement(PortfolioApi.JSON.createObjectNode()
                .put("projectNumber", "7MNE24002")
                .put("partnerId", "CH-OFCOM")
                .put("fundingSource", "PARTNER")
                .put("currency", "CHF")
                .put("originalAmount", new BigDecimal("1000000.00"))
                .put("signedOn", today));
        assertThat(signed.status()).as(signed.body()).isEqualTo(201);

        browser.waitUntil(page -> {
            List<String> row = browser.rows("table#figure1 tr[data-region='EUROPE']").get(0);
            return row.get(2).equals(europePartner) && row.get(4).equals(europeTotal)
                    && browser.rows("table#figure1 tfoot tr[data-region='TOTAL']").get(0).get(2)
                    .equals(totalPartner);
        }, LIVE);
        assertThat(browser.script("return window.__noReload")).isEqualTo(1L);
        assertThat(lastUpdated(browser)).isNotEqualTo(updated);
    }

    /** 105 projects ongoing at the end of 2024, 37 of them new, worth CHF 28.6 million. */
    @Test
    @Order(6)
    void theReportOf2024Says105Projects37NewAnd28Point6MillionOnScreenAndOnPaper() throws Exception {
        Browser browser = signedIn("viewer", "year=2024&asOf=" + YEAR_END, "report");
        String text = browser.waitUntil(page -> {
            String shown = page.findElement(By.id("report-text")).getText();
            return shown.contains("28.6") ? shown : null;
        });
        assertThat(text).containsPattern("\\b105\\b").containsPattern("\\b37\\b").contains("28.6");
        browser.screenshot(screenshots.resolve("dashboard-report.png"));

        String pdf = Browser.pdfText(browser.printToPdf(target.resolve("browser/report-2024.pdf")));
        assertThat(pdf).containsPattern("\\b105\\b").containsPattern("\\b37\\b").contains("28.6");
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"fr", "zh"})
    @Order(7)
    void inFrenchAndChineseTheLabelsAreTranslatedAndTheNumbersFormattedForTheLanguage(String language)
            throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        try (Browser browser = new Browser(language)) {
            signIn(browser, "viewer", "lang=" + language + "&asOf=" + YEAR_END, "portfolio");
            browser.waitUntil(page -> !browser.rows("table#figure1 tr[data-region='AFRICA']").isEmpty());
            assertThat(browser.script("return document.documentElement.lang")).isEqualTo(language);
            assertThat(browser.script("return document.querySelector('select#language').value")).isEqualTo(language);
            List<String> africa = spaces(browser.rows("table#figure1 tr[data-region='AFRICA']").get(0));
            List<String> total = spaces(browser.rows("table#figure1 tfoot tr[data-region='TOTAL']").get(0));
            assertThat(africa.get(2)).isEqualTo(thousands("26548.5", locale));
            assertThat(total.get(4)).isEqualTo(thousands("90460.0", locale));
            List<String> header = browser.rows("table#figure1 thead tr").get(0);

            browser.open(dashboard("lang=en&asOf=" + YEAR_END, "portfolio"));
            awaitReady(browser);
            List<String> english = browser.rows("table#figure1 thead tr").get(0);
            assertThat(header.get(0)).isNotEqualTo(english.get(0));
            assertThat(header).isNotEqualTo(english);
            assertThat(english.get(0)).isEqualTo("Region");
        }
    }

    @Test
    @Order(8)
    void axeFindsNoSeriousOrCriticalViolationOnThePortfolioTabOrTheReport() throws Exception {
        Browser browser = signedIn("viewer", "asOf=" + YEAR_END, "portfolio");
        awaitChartsDrawn(browser);
        List<String> violations = new ArrayList<>();
        browser.axeViolations().forEach(violation -> violations.add("#portfolio: " + violation));

        browser.open(dashboard("year=2024&asOf=" + YEAR_END, "report"));
        awaitReady(browser);
        browser.waitUntil(page -> !page.findElement(By.id("report-text")).getText().isBlank());
        browser.axeViolations().forEach(violation -> violations.add("#report: " + violation));

        assertThat(violations).isEmpty();
    }

    /**
     * The European Commission's user: its own partner tab only, and in the text and the DOM of every tab it can
     * open, no other reference partner's name or id.
     */
    @Test
    @Order(9)
    void aPartnerUserSeesOnlyItsPartnerViewAndNothingOfAnotherPartner() throws Exception {
        List<String> others = new ArrayList<>();
        for (Map<String, String> partner : system.portfolio().partners()) {
            if (!partner.get("partner_id").equals("EC")) {
                others.add(partner.get("partner_id"));
                others.add(partner.get("name"));
            }
        }
        Pattern otherPartner = Pattern.compile(others.stream().map(Pattern::quote)
                .map(name -> "(?<![\\p{Alnum}-])" + name + "(?![\\p{Alnum}-])")
                .reduce((left, right) -> left + "|" + right).orElseThrow());

        Browser browser = signedIn("partner-ec", "asOf=" + YEAR_END, "");
        browser.waitUntil(page -> !browser.rows("table#partner-projects tbody tr").isEmpty());
        assertThat(browser.driver().findElement(By.cssSelector("section#partner")).isDisplayed()).isTrue();
        assertThat(String.join("\n", browser.rows("table#partner-projects tbody tr").stream()
                .map(row -> String.join(" ", row)).toList())).contains("9RAF24107");
        for (String tab : INTERNAL_TABS) {
            assertThat(browser.script("const section = document.querySelector('section#' + arguments[0]);"
                    + " return section === null || (section.offsetParent === null"
                    + "   && section.querySelectorAll('tbody tr, canvas').length === 0)", tab))
                    .as("section#%s is absent for a partner", tab).isEqualTo(true);
            assertThat(browser.script("return Array.from(document.querySelectorAll("
                    + "'a[href=\"#' + arguments[0] + '\"], [aria-controls=\"' + arguments[0] + '\"]'))"
                    + ".filter(link => link.offsetParent !== null).length", tab))
                    .as("a visible link to #%s", tab).isEqualTo(0L);
        }

        for (String tab : List.of("partner", "portfolio", "ictdf", "monitoring", "report")) {
            browser.script("window.location.hash = arguments[0]", "#" + tab);
            browser.awaitSettled();
            assertThat(otherPartner.matcher(browser.bodyText()).results().map(found -> found.group()).toList())
                    .as("other partners in the text of #%s", tab).isEmpty();
            assertThat(otherPartner.matcher(browser.pageSource()).results().map(found -> found.group()).toList())
                    .as("other partners in the page source of #%s", tab).isEmpty();
        }
    }

    /**
     * Figure 1's CSV button saves the service's own rendering, as printed; the ICT-DF movements, which no service
     * renders as a file, come as a workbook the page writes from the exact amounts.
     */
    @Test
    @Order(10)
    void theDownloadButtonsSaveFigure1AsPrintedAndTheIctDfMovementsAsAWorkbook() throws Exception {
        Browser browser = signedIn("viewer", "asOf=" + YEAR_END, "portfolio");
        browser.waitFor("button[data-download='figure1'][data-format='csv']").click();
        assertThat(Files.readString(browser.downloaded(".csv")))
                .isEqualTo(Files.readString(system.root.resolve("deploy/reference-data/expected_figure1.csv")));

        browser.script("window.location.hash = '#ictdf'");
        browser.waitUntil(page -> !browser.rows("table#ictdf-movements tbody tr").isEmpty());
        browser.waitFor("button[data-download='ictdf-movements'][data-format='xlsx']").click();
        try (ZipFile workbook = new ZipFile(browser.downloaded(".xlsx").toFile())) {
            String sheet = new String(workbook.getInputStream(workbook.getEntry("xl/worksheets/sheet1.xml"))
                    .readAllBytes(), StandardCharsets.UTF_8);
            assertThat(sheet).contains(">ICTDF-EWCF-2023<", "<v>3000000</v>", ">TRANSFER_IN<");
            assertThat(workbook.getEntry("xl/workbook.xml")).isNotNull();
        }
    }

    /** Europe's partner funding at the end of 2024 opens Montenegro's agreements: currency, rate and its source. */
    @Test
    @Order(11)
    void aNumberOpensTheAgreementsBehindItWithTheirCurrencyRateAndRateSource() throws Exception {
        Browser browser = signedIn("viewer", "asOf=" + YEAR_END, "portfolio");
        browser.waitFor("table#figure1 tr[data-region='EUROPE'] td:nth-of-type(2) button.drill").click();

        browser.waitUntil(page -> !browser.rows("#drill-down tr[data-agreement='7MNE24002-01']").isEmpty());
        assertThat(browser.driver().findElement(By.id("drill-down")).isDisplayed()).isTrue();
        assertThat(browser.rows("#drill-down tr[data-agreement='7MNE24002-01']").get(0)).containsExactly(
                "7MNE24002-01", "7MNE24002", "Digital transformation of local self-government in Montenegro",
                "Europe", "Government of Montenegro", "12 Sept 2024", "EUR", "51,000.00", "0.941278",
                "UN operational rates of exchange 2024-09", "48,005.18");
        assertThat(browser.rows("#drill-down tbody tr[data-agreement]")).hasSizeGreaterThan(1);

        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.waitUntil(page -> !page.findElement(By.id("drill-down")).isDisplayed());
    }

    /** Europe alone: its row of Figure 1 (no total), Montenegro's project in Figure 4, Europe's new projects. */
    @Test
    @Order(12)
    void choosingARegionNarrowsEveryFigureToIt() throws Exception {
        Browser browser = signedIn("viewer", "asOf=" + YEAR_END, "portfolio");
        new Select(browser.waitFor("select#region-filter")).selectByValue("EUROPE");

        browser.waitUntil(page -> browser.rows("table#figure1 tbody tr[data-region]").size() == 1);
        assertThat(browser.rows("table#figure1 tbody tr[data-region]").get(0))
                .containsExactly("Europe", "4", "4,034.6", "44.2", "4,078.8");
        assertThat(browser.rows("table#figure1 tfoot tr")).isEmpty();
        browser.waitUntil(page -> browser.rows("table#figure4 tbody tr[data-project]").size() == 1);
        assertThat(browser.rows("table#figure4 tbody tr[data-project]").get(0)).startsWith("7MNE24002");
        long europeNew2024 = system.api().reportJson("signed-per-year/2024/projects?asOf=" + YEAR_END)
                .get("projects").findValuesAsText("region").stream().filter("EUROPE"::equals).count();
        browser.waitUntil(page -> browser.rows("table#figure2 tr[data-year='2024']").get(0).get(1)
                .equals(Long.toString(europeNew2024)));
    }

    /**
     * reporting-service restarts under the page: it says it is reconnecting, then live again by itself, and the
     * next agreement moves Figure 1 as before, without a reload.
     */
    @Test
    @Order(13)
    void afterARestartOfReportingServiceThePageReconnectsByItselfAndFollowsAgain() throws Exception {
        String today = LocalDate.now().toString();
        Browser browser = signedIn("viewer", "asOf=" + today, "portfolio");
        browser.waitFor("#live-status[data-state='live']");
        browser.script("window.__noReload = 1");

        system.reportingService().close();
        browser.waitFor("#live-status[data-state='connecting']");
        system.reportingService().start().awaitReady(Duration.ofSeconds(120));
        browser.waitFor("#live-status[data-state='live']");

        String before = browser.rows("table#figure1 tr[data-region='EUROPE']").get(0).get(4);
        String after = plus(before, "0.5");
        assertThat(system.api().signAgreement(PortfolioApi.JSON.createObjectNode()
                .put("projectNumber", "7MNE24002")
                .put("fundingSource", "ITU")
                .put("currency", "CHF")
                .put("originalAmount", new BigDecimal("500.00"))
                .put("signedOn", today)).status()).isEqualTo(201);
        // the restarted consumers first rejoin their group and get their partitions back (seconds on a busy
        // machine): what this test asks is that the page follows again without a reload, not the freshness
        browser.waitUntil(page -> browser.rows("table#figure1 tr[data-region='EUROPE']").get(0).get(4)
                .equals(after), Duration.ofSeconds(30));
        assertThat(browser.script("return window.__noReload")).isEqualTo(1L);
        assertThat(browser.driver().findElement(By.id("message")).isDisplayed()).isFalse();
    }

    /** The capital account's two transfers in and its balance over time, drawn. */
    @Test
    @Order(14)
    void theIctDfTabShowsTheTransfersInTheAllocationsOutAndTheBalanceOverTime() throws Exception {
        Browser browser = signedIn("viewer", "", "ictdf");
        browser.waitUntil(page -> !browser.rows("table#ictdf-movements tr[data-reference='ICTDF-EWCF-2023']")
                .isEmpty());
        assertThat(browser.rows("table#ictdf-movements tr[data-reference='ICTDF-EWCF-2023']").get(0))
                .containsExactly("14 Jul 2023", "Transfer in", "ICTDF-EWCF-2023", "", "3,000,000.00",
                        "4,458,865.00");
        assertThat(browser.rows("table#ictdf-movements tr[data-reference='9RAF24107-02']").get(0))
                .contains("Allocation", "9RAF24107", "-970,400.00");
        browser.waitFor("[data-chart='ictdf-movements'][data-rendered='true'] canvas");
        assertThat(browser.waitFor("#ictdf-summary dd[data-field='transfersIn']").getText())
                .isEqualTo("11,000.0");
    }

    /** A locked quarter says who locked it; its figures are the report's. */
    @Test
    @Order(15)
    void theMonitoringTabShowsAQuartersReportAndMarksItLocked() throws Exception {
        PortfolioApi.Response locked = system.api().lockQuarter("2023-Q4");
        assertThat(locked.status()).as(locked.body()).isIn(201, 409);

        Browser browser = signedIn("viewer", "quarter=2023-Q4", "monitoring");
        assertThat(browser.waitFor("#quarter-lock").getText()).startsWith("Locked by");
        assertThat(new Select(browser.waitFor("select#quarter")).getFirstSelectedOption().getText())
                .isEqualTo("2023-Q4");
        JsonNode figures = system.api().reportJson("quarterly/2023-Q4").get("report").get("figures");
        assertThat(browser.rows("#quarterly-figures tr[data-figure='ongoingProjects']").get(0))
                .containsExactly("Ongoing projects", figures.get("ongoingProjects").asText());
        assertThat(browser.rows("#quarterly-figures tr[data-figure='started']").get(0))
                .containsExactly("Projects started", figures.get("started").asText());
    }

    /** The English browser, signed in afresh as the demo user on the dashboard, its first data drawn. */
    private Browser signedIn(String user, String query, String tab) throws IOException {
        return signIn(signedOut(), user, query, tab);
    }

    /** The English browser as a fresh one would be: nobody signed in at Keycloak or on the dashboard. */
    private Browser signedOut() throws IOException {
        english.forgetSignIns(system.keycloak().realmUrl(), system.dashboardUrl());
        return english;
    }

    /** Opens the dashboard, signs in as the demo user (password = user name) and waits for its first data. */
    private Browser signIn(Browser browser, String user, String query, String tab) {
        browser.open(dashboard(query, tab));
        browser.signIn(user, user);
        awaitReady(browser);
        return browser;
    }

    private String dashboard(String query, String tab) {
        return system.dashboardUrl() + (query.isEmpty() ? "" : "?" + query) + (tab.isEmpty() ? "" : "#" + tab);
    }

    private static void awaitReady(Browser browser) {
        browser.waitFor("body[data-ready='true']");
    }

    private static void awaitChartsDrawn(Browser browser) {
        browser.waitUntil(page -> (Boolean) browser.script(
                "const charts = document.querySelectorAll('section#portfolio [data-chart]');"
                + " return charts.length > 0"
                + "   && Array.from(charts).every(chart => chart.dataset.rendered === 'true')"));
    }

    private static String lastUpdated(Browser browser) {
        return browser.driver().findElement(By.id("last-updated")).getAttribute("data-updated")
                + " " + browser.driver().findElement(By.id("last-updated")).getText();
    }

    /** An English amount in thousand CHF ("4,034.6") plus some thousands, as English prints it. */
    private static String plus(String shown, String thousands) {
        return thousands(new BigDecimal(shown.replace(",", "")).add(new BigDecimal(thousands)).toPlainString(),
                Locale.ENGLISH);
    }

    /** Thousand CHF with one decimal, as the locale groups and separates them, spaces normalised. */
    private static String thousands(String amount, Locale locale) {
        return format(amount, locale, 1);
    }

    /** Thousand CHF without decimals. */
    private static String whole(String amount, Locale locale) {
        return format(amount, locale, 0);
    }

    private static String format(String amount, Locale locale, int decimals) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return spaces(format.format(new BigDecimal(amount)));
    }

    private static String spaces(String text) {
        return SPACES.matcher(text).replaceAll(" ").trim();
    }

    private static List<String> spaces(List<String> cells) {
        return cells.stream().map(DashboardIT::spaces).toList();
    }

    /** A reference CSV's rows, header left out, cells in column order. */
    private List<List<String>> csv(String file) throws IOException {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class)
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .readValues(system.root.resolve("deploy/reference-data").resolve(file).toFile())) {
            List<List<String>> all = rows.readAll();
            return all.subList(1, all.size());
        }
    }
}
