package svo.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import svo.analysis.AnalysisCatalog;
import svo.security.Role;
import svo.store.Jdbc;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploads: checked, stored under generated names outside anything served, imported in the background. */
class UploadTest {
    @TempDir
    static Path dir;

    static WebTestServer server;
    static WebTestServer.Account analyst;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        server = WebTestServer.start(dir, AnalysisCatalog.of(List.of(new DistrictCounts())), DefinitionChoices.NONE,
                WebApp.Options.plain("127.0.0.1", 0, dir.resolve("uploads")).withMaxUpload(20L * 1024 * 1024), r -> { });
        analyst = server.session(Role.ANALYST);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> upload(WebTestServer s, WebTestServer.Account a, String dataset, String mode, String fileName, byte[] content) {
        return s.send(HttpRequest.newBuilder(s.uri("/api/imports"))
                .header("Cookie", a.cookie()).header("X-CSRF-Token", a.csrf()).header("Accept", "application/json")
                .header("Content-Type", Multipart.contentType())
                .POST(Multipart.body(Map.of("dataset", dataset, "mode", mode), fileName, content)).build());
    }

    static JsonNode waitFor(WebTestServer s, WebTestServer.Account a, String job) throws Exception {
        Instant until = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(until)) {
            JsonNode j = JSON.readTree(s.getJson("/api/imports/" + job, a).body());
            if (j.get("status").asText().equals("done") || j.get("status").asText().equals("failed")) return j;
            Thread.sleep(50);
        }
        throw new AssertionError("import " + job + " did not finish");
    }

    static String csv(String idPrefix, int rows, int badLine) {
        StringBuilder sb = new StringBuilder("occurrence_id,recorded_date,committed_from,offence,knife,firearm,other_weapon,domestic_abuse,district_code\n");
        for (int i = 2; i < rows + 2; i++) {
            if (i == badLine) sb.append(idPrefix).append(i).append(",2024-06-01,2024-13-45T10:00,abh,N,N,N,N,E06000015\n");
            else sb.append(idPrefix).append(i).append(",2024-06-01,2024-06-01T10:00,abh,").append(i % 3 == 0 ? "Y" : "N").append(",N,N,N,E06000015\n");
        }
        return sb.toString();
    }

    @Test
    void a_hostile_file_name_is_stored_under_a_generated_name_and_only_ever_shown_escaped() throws Exception {
        String hostile = "../../../../tmp/evil<img src=x onerror=alert(1)>.csv";
        var r = upload(server, analyst, "occurrences", "strict", hostile, csv("HN-", 5, -1).getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(202);
        String job = JSON.readTree(r.body()).get("job").asText();
        JsonNode done = waitFor(server, analyst, job);
        assertThat(done.get("status").asText()).isEqualTo("done");
        assertThat(done.get("file").asText()).isEqualTo("evil<img src=x onerror=alert(1)>.csv");

        String page = server.get("/imports/" + job, analyst).body();
        assertThat(page).doesNotContain("<img src=x").contains("evil&lt;img src=x onerror=alert(1)&gt;.csv");
        assertThat(Path.of("/tmp/evil<img src=x onerror=alert(1)>.csv")).doesNotExist();
        try (Stream<Path> files = Files.list(dir.resolve("uploads"))) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".upload")).toList())
                    .as("the upload is deleted once imported").isEmpty();
        }
        assertThat(Jdbc.queryOne(server.store.connection(), "SELECT file_name FROM batch WHERE file_name LIKE 'evil%'",
                rs -> rs.getString(1))).hasValue("evil<img src=x onerror=alert(1)>.csv");
    }

    @Test
    void an_excel_workbook_or_a_binary_file_is_refused_with_what_to_do_instead() {
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00};
        var r = upload(server, analyst, "occurrences", "strict", "extract.csv", zip);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Excel workbook").contains("CSV UTF-8");

        var xlsx = upload(server, analyst, "occurrences", "strict", "extract.xlsx", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        assertThat(xlsx.statusCode()).isEqualTo(400);
        assertThat(xlsx.body()).contains("only CSV files");

        byte[] utf16 = "occurrence_id\n".getBytes(StandardCharsets.UTF_16LE);
        var bin = upload(server, analyst, "occurrences", "strict", "extract.csv", utf16);
        assertThat(bin.statusCode()).isEqualTo(400);
        assertThat(bin.body()).contains("NUL bytes");

        var unknown = upload(server, analyst, "everything", "strict", "extract.csv", "a\n1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("occurrences, persons");
    }

    @Test
    void a_file_over_the_size_limit_is_refused_with_the_limit(@TempDir Path other) {
        try (WebTestServer small = WebTestServer.start(other, AnalysisCatalog.standard(), DefinitionChoices.NONE,
                WebApp.Options.plain("127.0.0.1", 0, other.resolve("uploads")).withMaxUpload(1024), r -> { })) {
            var a = small.session(Role.ANALYST);
            var r = upload(small, a, "occurrences", "strict", "big.csv", csv("BG-", 200, -1).getBytes(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).isEqualTo(413);
            assertThat(r.body()).contains("larger than the upload limit of 1.0 KB");
            assertThat(Jdbc.count(small.store.connection(), "SELECT count(*) FROM batch")).isZero();
        }
    }

    @Test
    void a_lenient_upload_reports_each_bad_row_with_its_line_in_json_and_csv() throws Exception {
        var r = upload(server, analyst, "occurrences", "lenient", "lenient.csv", csv("LN-", 20, 9).getBytes(StandardCharsets.UTF_8));
        JsonNode done = waitFor(server, analyst, JSON.readTree(r.body()).get("job").asText());
        JsonNode report = done.get("report");
        assertThat(report.get("rows_read").asLong()).isEqualTo(20);
        assertThat(report.get("rows_rejected").asLong()).isEqualTo(1);
        assertThat(report.get("first_rejects").get(0).get("line").asLong()).isEqualTo(9);
        long batch = report.get("batch").asLong();
        JsonNode rejects = JSON.readTree(server.getJson("/api/batches/" + batch + "/rejects", analyst).body()).get("rejects");
        assertThat(rejects).hasSize(1);
        assertThat(rejects.get(0).get("column").asText()).isEqualTo("committed_from");
        String rejectsCsv = server.get("/batches/" + batch + "/rejects.csv", analyst).body();
        assertThat(rejectsCsv).contains("9,committed_from,2024-13-45T10:00,");
        assertThat(server.app.audit().recent("export", "analyst-user", 5)).anyMatch(e -> e.target().equals("batch " + batch));
        assertThat(server.app.audit().recent("import", "analyst-user", 10)).anyMatch(e -> e.detail().contains("lenient.csv: batch " + batch));
    }

    @Test
    void reads_carry_on_while_an_import_runs_and_two_imports_of_one_data_set_both_land() throws Exception {
        byte[] big1 = csv("BIG1-", 300_000, -1).getBytes(StandardCharsets.UTF_8);
        byte[] big2 = csv("BIG2-", 300_000, -1).getBytes(StandardCharsets.UTF_8);
        String job1 = JSON.readTree(upload(server, analyst, "occurrences", "strict", "big1.csv", big1).body()).get("job").asText();
        String job2 = JSON.readTree(upload(server, analyst, "occurrences", "strict", "big2.csv", big2).body()).get("job").asText();

        boolean readDuringImport = false;
        Instant until = Instant.now().plus(Duration.ofMinutes(2));
        while (!readDuringImport && Instant.now().isBefore(until)) {
            String before = JSON.readTree(server.getJson("/api/imports/" + job2, analyst).body()).get("status").asText();
            if (before.equals("done") || before.equals("failed")) break;
            var read = server.getJson("/api/batches", analyst);
            var home = server.get("/home", analyst);
            String after = JSON.readTree(server.getJson("/api/imports/" + job2, analyst).body()).get("status").asText();
            readDuringImport = read.statusCode() == 200 && home.statusCode() == 200 && !after.equals("done") && !after.equals("failed");
        }
        assertThat(readDuringImport).as("a read completed while an import was still running").isTrue();

        JsonNode d1 = waitFor(server, analyst, job1);
        JsonNode d2 = waitFor(server, analyst, job2);
        assertThat(d1.get("status").asText()).isEqualTo("done");
        assertThat(d2.get("status").asText()).isEqualTo("done");
        assertThat(d1.get("report").get("batch").asLong()).isNotEqualTo(d2.get("report").get("batch").asLong());
        assertThat(Jdbc.count(server.store.connection(), "SELECT count(*) FROM occurrence WHERE occurrence_id LIKE 'BIG%'")).isEqualTo(600_000);
    }

    @Test
    void the_upload_page_form_works_without_script_and_lands_on_the_import_page() throws IOException {
        var r = server.send(HttpRequest.newBuilder(server.uri("/upload"))
                .header("Cookie", analyst.cookie()).header("Content-Type", Multipart.contentType())
                .POST(Multipart.body(Map.of("_csrf", analyst.csrf(), "dataset", "occurrences", "mode", "strict"), "form.csv",
                        csv("FM-", 3, -1).getBytes(StandardCharsets.UTF_8))).build());
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location").orElseThrow()).matches("/imports/[0-9a-f]{32}");
    }
}
