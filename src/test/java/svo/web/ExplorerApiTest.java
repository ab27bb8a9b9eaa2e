package svo.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import svo.analysis.AnalysisCatalog;
import svo.security.Role;
import svo.testing.TestImports;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The explorer's JSON API: the same Result the command line prints, with scope, tables, figures and notes. */
class ExplorerApiTest {
    @TempDir
    static Path dir;

    static WebTestServer server;
    static WebTestServer.Account analyst;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        List<svo.analysis.Analysis> analyses = new java.util.ArrayList<>(List.of(new DistrictCounts()));
        analyses.addAll(svo.analysis.places.PlacesAnalyses.all());
        analyses.add(new svo.analysis.police.Outcomes());
        server = WebTestServer.start(dir, AnalysisCatalog.of(analyses));
        analyst = server.session(Role.ANALYST);
        TestImports.load(server.store, "occurrences", """
                occurrence_id,recorded_date,committed_from,offence,knife,firearm,other_weapon,domestic_abuse,district_code
                A1,2024-05-01,2024-05-01T22:10,robbery_personal,Y,N,N,N,E06000015
                A2,2024-06-01,2024-06-01T22:10,gbh_with_intent,N,N,N,N,E06000015
                A3,2024-07-01,2024-07-01T22:10,possession_bladed_article,Y,N,N,N,E07000032
                A4,2023-07-01,2023-07-01T22:10,gbh_with_intent,Y,N,N,N,E07000032
                A5,2024-08-01,2024-08-01T22:10,abh,N,N,N,N,E06000015
                """);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_api_lists_the_analyses_on_offer() throws Exception {
        JsonNode list = JSON.readTree(server.getJson("/api/analyses", analyst).body());
        assertThat(list.get("analyses")).hasSizeGreaterThan(1);
        assertThat(list.get("analyses").get(0).get("id").asText()).isEqualTo("test.district-counts");
        assertThat(list.findValuesAsText("id")).contains("hotspots.wards", "nte");
        assertThat(list.get("analyses").get(0).get("datasets").get(0).asText()).isEqualTo("occurrences");
    }

    @Test
    void a_run_returns_scope_tables_with_typed_columns_figures_and_notes() throws Exception {
        var r = server.getJson("/api/analyses/test.district-counts?period=FY2023-FY2024&area=all", analyst);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode j = JSON.readTree(r.body());
        assertThat(j.get("analysis").asText()).isEqualTo("test.district-counts");
        JsonNode scope = j.get("scope");
        assertThat(scope.get("period").asText()).isEqualTo("FY2023-FY2024");
        assertThat(scope.get("periods").get(1).get("label").asText()).isEqualTo("2024/25");
        assertThat(scope.get("periods").get(1).get("start").asText()).isEqualTo("2024-04-01");
        assertThat(scope.get("periods").get(1).get("end").asText()).isEqualTo("2025-03-31");
        assertThat(scope.get("area").get("kind").asText()).isEqualTo("ALL");
        assertThat(scope.get("definition").asText()).as("the partnership's definition by default").isEqualTo("svb-2024 v1.0");
        assertThat(scope.get("describe").asText()).isEqualTo("svb-2024 v1.0, 2023/24 to 2024/25, all areas");
        JsonNode table = j.get("tables").get(0);
        assertThat(table.get("columns").get(1).get("kind").asText()).isEqualTo("COUNT");
        assertThat(table.get("columns").get(3).get("basis").asText()).isEqualTo("occurrences");
        assertThat(table.get("rows")).hasSize(3);
        assertThat(table.get("rows").get(0).get(0).asText()).isEqualTo("E07000032");
        assertThat(table.get("rows").get(0).get(1).asLong()).isEqualTo(1);
        assertThat(table.get("rows").get(1).get(0).asText()).isEqualTo("E06000015");
        assertThat(table.get("rows").get(1).get(1).asLong()).as("the ABH is outside svb-2024").isEqualTo(2);
        assertThat(j.get("figures").get("occurrences").asLong()).isEqualTo(4);
        assertThat(j.get("notes").get(0).asText()).contains("Test analysis");
    }

    @Test
    void bad_parameters_are_a_400_that_names_the_parameter_and_what_it_accepts() throws Exception {
        var period = server.getJson("/api/analyses/test.district-counts?period=2024", analyst);
        assertThat(period.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(period.body()).get("error").asText()).contains("--period").contains("FY2024");
        var area = server.getJson("/api/analyses/test.district-counts?period=FY2024&area=Atlantis", analyst);
        assertThat(area.statusCode()).isEqualTo(400);
        assertThat(area.body()).contains("--area").contains("Atlantis").contains("no districts are loaded");
        var comparison = server.getJson("/api/analyses/test.district-counts?period=FY2024&comparison=sideways", analyst);
        assertThat(comparison.statusCode()).isEqualTo(400);
        var definition = server.getJson("/api/analyses/test.district-counts?period=FY2024&definition=svb-1999", analyst);
        assertThat(definition.statusCode()).isEqualTo(400);
        assertThat(definition.body()).contains("svb-2024").contains("ho-serious-violence");
    }

    @Test
    void another_definition_or_a_family_as_in_force_counts_by_its_own_rules() throws Exception {
        JsonNode ho = JSON.readTree(server.getJson("/api/analyses/test.district-counts?period=FY2024&definition=ho-serious-violence", analyst).body());
        assertThat(ho.get("scope").get("definition").asText()).isEqualTo("ho-serious-violence v1.0");
        assertThat(ho.get("tables").get(0).get("rows").get(0).get(1).asLong()).as("violence with injury includes ABH").isEqualTo(3);
        JsonNode family = JSON.readTree(server.getJson("/api/analyses/test.district-counts?period=FY2024&definition=svb&in_force=1", analyst).body());
        assertThat(family.get("scope").get("as_in_force").asBoolean()).isTrue();
        assertThat(family.get("tables").get(0).get("rows").get(0).get(1).asLong()).as("ABH is out before October 2025").isEqualTo(2);
        JsonNode list = JSON.readTree(server.getJson("/api/analyses", analyst).body());
        assertThat(list.get("definitions").get(0).asText()).isEqualTo("svb-2024");
    }

    @Test
    void an_analysis_takes_its_own_options_from_the_query_or_the_options_field_and_checks_them() throws Exception {
        var ok = server.getJson("/api/analyses/outcomes?period=FY2024&top=3", analyst);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(JSON.readTree(ok.body()).get("scope").get("parameters").get("top").asText()).isEqualTo("3");
        var bad = server.getJson("/api/analyses/outcomes?period=FY2024&top=lots", analyst);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("top").contains("lots");
        var unknown = server.getJson("/api/analyses/outcomes?period=FY2024&colour=red", analyst);
        assertThat(unknown.statusCode()).as("an option the analysis does not declare").isEqualTo(400);
        assertThat(unknown.body()).contains("colour=red").contains("top");
        String page = server.get("/explorer?analysis=outcomes&period=FY2024&options=top%3Dlots", analyst).body();
        assertThat(page).contains("lots");
        String garbled = server.get("/explorer?analysis=outcomes&period=FY2024&options=top", analyst).body();
        assertThat(garbled).contains("name=value pairs");
    }

    @Test
    void an_unknown_analysis_is_a_404_naming_it() {
        var r = server.getJson("/api/analyses/trend.nothing", analyst);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("trend.nothing");
    }

    @Test
    void the_csv_download_is_the_table_as_stored_and_is_audited() {
        var r = server.get("/api/analyses/test.district-counts/csv?period=FY2024", analyst);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"test.district-counts-by_district-FY2024-all-areas.csv\"");
        assertThat(r.body()).isEqualTo("\uFEFFdistrict,occurrences,knife,knife_pct\r\nE06000015,2,1,50.0\r\nE07000032,1,1,100.0\r\n");
        var audit = server.app.audit().recent("export", "analyst-user", 1).get(0);
        assertThat(audit.target()).isEqualTo("test.district-counts");
        assertThat(audit.detail()).contains("by_district").contains("2024/25");
    }

    @Test
    void with_no_analyses_in_the_catalogue_the_explorer_says_so_plainly(@TempDir Path other) {
        try (WebTestServer empty = WebTestServer.start(other, AnalysisCatalog.of(List.of()))) {
            String html = empty.get("/explorer", empty.session(Role.ANALYST)).body();
            assertThat(html).contains("No analyses are available yet");
            assertThat(html).doesNotContain("<table");
        }
    }
}
