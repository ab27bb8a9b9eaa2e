package svo.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import svo.analysis.AnalysisCatalog;
import svo.security.Role;
import svo.store.Jdbc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application in headless Chromium, as an analyst uses it: sign in, upload a file with a bad row and see
 * the row's line, run an analysis and see its table and chart, download CSV. Screenshots go to
 * {@code target/screenshots/} for review.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
    static final Path SHOTS = Path.of("target/screenshots");

    @TempDir
    static Path dir;

    static WebTestServer server;
    static Playwright playwright;
    static Browser browser;
    static BrowserContext context;
    static Page page;

    @BeforeAll
    static void start() throws IOException {
        Files.createDirectories(SHOTS);
        List<svo.analysis.Analysis> analyses = new java.util.ArrayList<>(List.of(new DistrictCounts()));
        analyses.addAll(AnalysisCatalog.standard().all());
        server = WebTestServer.start(dir, AnalysisCatalog.of(analyses));
        server.user(Role.ANALYST);
        server.user(Role.ADMIN);
        Jdbc.update(server.store.connection(), "INSERT INTO store_setting VALUES ('synthetic', 'true')");
        // The real Derbyshire reference data (boundaries, population, schools, IMD): pages show district names,
        // the explorer offers each district, and the maps have boundaries and populations to draw.
        server.store.inTransaction(c -> svo.geo.ReferenceData.load(c, Path.of("../shared/data"),
                svo.geo.ReferenceData.Partnership.DERBYSHIRE));
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setAcceptDownloads(true));
        page = context.newPage();
        page.setDefaultTimeout(20_000);
    }

    @AfterAll
    static void stop() {
        if (context != null) context.close();
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        if (server != null) server.close();
    }

    static String url(String path) {
        return "http://127.0.0.1:" + server.app.port() + path;
    }

    static void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Test
    @Order(1)
    void an_analyst_signs_in_and_lands_on_the_overview() {
        page.navigate(url("/explorer"));
        assertThat(page).hasURL(Pattern.compile(".*/signin\\?next=%2Fexplorer$"));
        page.getByLabel("Username").fill("analyst-user");
        page.getByLabel("Password").fill("not the password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.locator(".error")).containsText("Wrong username or password");
        shot("01-sign-in-refused");
        page.getByLabel("Password").fill(WebTestServer.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).hasURL(Pattern.compile(".*/explorer$"));
        page.navigate(url("/home"));
        assertThat(page.locator("h1")).hasText("Overview");
        assertThat(page.locator(".synthetic")).containsText("Synthetic data");
        assertThat(page.locator(".who")).containsText("Test Analyst");
        shot("02-overview-empty");
    }

    @Test
    @Order(2)
    void uploading_a_file_with_one_bad_row_in_lenient_mode_loads_the_rest_and_shows_the_line() throws IOException {
        Path csv = dir.resolve("occurrences 2024-25.csv");
        Files.writeString(csv, occurrences(7), StandardCharsets.UTF_8);
        page.navigate(url("/upload"));
        page.locator("#dataset").selectOption("occurrences");
        page.locator("#file").setInputFiles(csv);
        page.getByText("Lenient").click();
        page.locator("#source").fill("Derbyshire Constabulary");
        shot("03-upload-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and import")).click();
        assertThat(page).hasURL(Pattern.compile(".*/imports/[0-9a-f]{32}$"));
        assertThat(page.locator(".notice")).containsText("Loaded as batch", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        assertThat(page.locator(".notice")).containsText("49 rows read, 48 loaded, 1 rejected");
        Locator reject = page.locator(".rejects tbody tr");
        assertThat(reject).hasCount(1);
        assertThat(reject.locator("td").nth(0)).hasText("7");
        assertThat(reject.locator("td").nth(1)).hasText("committed_from");
        assertThat(reject.locator("td").nth(2)).hasText("31/02/2025");
        shot("04-upload-lenient-result");
    }

    @Test
    @Order(3)
    void uploading_in_strict_mode_loads_nothing_and_names_the_bad_line() throws IOException {
        Path csv = dir.resolve("occurrences-correction.csv");
        Files.writeString(csv, occurrences(12).replace("EX-", "FIX-"), StandardCharsets.UTF_8);
        long before = Jdbc.count(server.store.connection(), "SELECT count(*) FROM occurrence");
        page.navigate(url("/upload"));
        page.locator("#dataset").selectOption("occurrences");
        page.locator("#file").setInputFiles(csv);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and import")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Nothing was loaded")))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        assertThat(page.locator(".error")).containsText("line 12, column committed_from");
        assertThat(Jdbc.count(server.store.connection(), "SELECT count(*) FROM occurrence")).isEqualTo(before);
        shot("05-upload-strict-refused");
    }

    @Test
    @Order(4)
    void the_overview_shows_what_is_loaded_and_its_quality() {
        page.navigate(url("/home"));
        assertThat(page.locator("table").first()).containsText("occurrences");
        assertThat(page.locator(".cards")).containsText("48");
        assertThat(page.locator("table.quality")).containsText("Placed in a district");
        shot("06-overview");
    }

    @Test
    @Order(5)
    void running_an_analysis_shows_its_table_and_chart_and_offers_csv() {
        page.navigate(url("/explorer"));
        page.locator("#analysis").selectOption("test.district-counts");
        page.locator("#period").fill("FY2024");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run")).click();
        assertThat(page.locator(".result-head h2")).containsText("Occurrences by district");
        assertThat(page.locator(".result-head .scope")).containsText("2024/25, all areas");
        assertThat(page.locator(".result-head .scope")).containsText("svb-2024 v1.0");
        Locator rows = page.locator("table.data tbody tr");
        assertThat(rows).hasCount(5);
        assertThat(rows.first().locator("th")).hasText("Derby");
        assertThat(rows.first().locator("td").first()).hasText(Long.toString(COUNTED_IN_DERBY));
        Locator bars = page.locator("svg.chart rect.bar");
        assertThat(bars).hasCount(10);
        shot("07-explorer");

        Download download = page.waitForDownload(() -> page.getByText("Download CSV").click());
        String csv = readDownload(download);
        assertThat(csv).startsWith("\uFEFFdistrict,occurrences,knife,knife_pct");
        assertThat(csv).contains("Derby," + COUNTED_IN_DERBY + ",");
        assertThat(server.app.audit().recent("export", "analyst-user", 5)).isNotEmpty();

        page.locator("#area").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Amber Valley"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run")).click();
        assertThat(page.locator(".result-head .scope")).containsText("2024/25, Amber Valley");
        assertThat(page.locator("table.data tbody tr")).hasCount(1);
        assertThat(page.locator("table.data tbody tr th")).hasText("Amber Valley");
        shot("07b-explorer-one-district");
    }

    @Test
    @Order(5)
    void an_sna_table_runs_on_the_uploaded_records_with_its_chart() {
        page.navigate(url("/explorer"));
        page.locator("#analysis").selectOption("trend.offence-type");
        page.locator("#period").fill("FY2024");
        page.locator("#area").selectOption("all");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run")).click();
        assertThat(page.locator(".result-head h2")).containsText("SNA 2025");
        assertThat(page.locator(".result-head .scope")).containsText("svb-2024 v1.0, 2024/25, all areas");
        assertThat(page.locator("table.data").first()).containsText("Robbery");
        org.assertj.core.api.Assertions.assertThat(page.locator("svg.chart rect.bar").count()).isGreaterThan(0);
        shot("07c-explorer-sna-table");
    }

    @Test
    @Order(6)
    void a_rate_map_by_district_is_drawn_from_the_records_and_can_be_downloaded() {
        page.navigate(url("/maps"));
        page.locator("#map").selectOption("rates");
        page.locator("#level").selectOption("district");
        page.locator("#period").fill("FY2024");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Draw")).click();
        Locator map = page.locator("figure.map-box svg");
        assertThat(map).isVisible();
        assertThat(map).hasAttribute("role", "img");
        org.assertj.core.api.Assertions.assertThat(page.locator("figure.map-box svg path").count()).isGreaterThanOrEqualTo(9);
        assertThat(page.locator("figure.map-box")).containsText("Rate per 1,000 population");
        shot("08a-map-rates");
        Download download = page.waitForDownload(() -> page.getByText("Download SVG").click());
        org.assertj.core.api.Assertions.assertThat(readDownload(download)).startsWith("<svg");
    }

    @Test
    @Order(6)
    void a_bad_period_is_explained_on_the_page() {
        page.navigate(url("/explorer?analysis=test.district-counts&period=2024"));
        assertThat(page.locator(".error")).containsText("FY2024");
        shot("08-explorer-bad-period");
    }

    @Test
    @Order(7)
    void an_administrator_sees_users_and_the_audit_log_of_what_happened() {
        context.clearCookies();
        page.navigate(url("/signin"));
        page.getByLabel("Username").fill("admin-user");
        page.getByLabel("Password").fill(WebTestServer.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).hasURL(Pattern.compile(".*/admin/users$"));
        assertThat(page.locator("table.users")).containsText("analyst-user");
        shot("09-admin-users");
        page.navigate(url("/admin/audit"));
        assertThat(page.locator(".notice")).containsText("Chain intact");
        Locator table = page.locator("table.audit");
        assertThat(table).containsText("signin.failure");
        assertThat(table).containsText("signin.success");
        assertThat(table).containsText("import");
        assertThat(table).containsText("export");
        shot("10-admin-audit");
        page.navigate(url("/admin/system"));
        assertThat(page.locator("dl.facts")).containsText("Pseudonymisation key");
        assertThat(page.locator("dl.facts")).containsText("chain intact");
        shot("10b-admin-system");
        page.navigate(url("/upload"));
        assertThat(page.locator("h1")).hasText("Not allowed");
    }

    @Test
    @Order(8)
    void a_board_member_sees_only_the_dashboard_and_reports_and_the_public_sees_only_the_summary() {
        server.user(Role.BOARD);
        context.clearCookies();
        page.navigate(url("/signin"));
        page.getByLabel("Username").fill("board-user");
        page.getByLabel("Password").fill(WebTestServer.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));
        assertThat(page.locator("nav a")).hasText(new String[]{"Reports", "Dashboard"});
        assertThat(page.locator("main")).containsText("not available yet");
        shot("11-board-dashboard");
        page.navigate(url("/explorer"));
        assertThat(page.locator("h1")).hasText("Not allowed");
        shot("12-board-refused");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL(Pattern.compile(".*/signin\\?out=1$"));
        assertThat(page.locator(".notice")).containsText("You have signed out");
        page.navigate(url("/"));
        assertThat(page).hasURL(Pattern.compile(".*/public$"));
        shot("13-public-summary");
    }

    private static String readDownload(Download d) {
        try {
            return Files.readString(d.path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Derby's occurrences that svb-2024 counts: of the generator's offences, robbery, GBH with intent and
     * possession of a bladed article are in; ABH and common assault are not.
     */
    static final long COUNTED_IN_DERBY = java.util.stream.IntStream.rangeClosed(1, 15).filter(n -> n % 5 != 2 && n % 5 != 4).count();

    /** 48 good occurrences in five districts in 2024/25; the row on file line {@code badLine} has an impossible date. */
    static String occurrences(int badLine) {
        String[] districts = {"E06000015", "E07000032", "E07000034", "E07000035", "E07000039"};
        int[] perDistrict = {15, 11, 9, 8, 5};
        String[] offences = {"robbery_personal", "gbh_with_intent", "abh", "possession_bladed_article", "common_assault"};
        StringBuilder sb = new StringBuilder("occurrence_id,recorded_date,committed_from,offence,knife,firearm,other_weapon,"
                + "domestic_abuse,district_code,outcome_category\n");
        List<String> rows = new ArrayList<>();
        int n = 0;
        for (int d = 0; d < districts.length; d++) {
            for (int i = 0; i < perDistrict[d]; i++) {
                n++;
                int month = 4 + (n % 12);
                int year = month > 12 ? 2025 : 2024;
                month = month > 12 ? month - 12 : month;
                String date = String.format("%d-%02d-%02d", year, month, 1 + (n * 7) % 27);
                boolean knife = (n % 3 == 0);
                rows.add(String.format("EX-%04d,%s,%sT21:30,%s,%s,N,N,N,%s,%s", n, date, date, offences[n % offences.length],
                        knife ? "Y" : "N", districts[d], n % 4 == 0 ? "positive" : "open"));
            }
        }
        int extra = n + 1;
        rows.add(badLine - 2, String.format("EX-%04d,2025-03-01,31/02/2025,abh,N,N,N,N,E06000015,open", extra));
        for (String r : rows) sb.append(r).append('\n');
        return sb.toString();
    }
}
