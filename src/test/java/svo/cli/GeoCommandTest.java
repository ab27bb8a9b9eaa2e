package svo.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class GeoCommandTest {
    @TempDir
    static Path dir;
    static Path store;

    record Run(int code, String out, String err) {}

    static Run svo(String... args) {
        CommandLine cl = SvoCommand.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void loadReference() {
        store = dir.resolve("svo.duckdb");
        Run r = svo("geo", "load-reference", "--store", store.toString(), "../shared/data");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("topo_lad_england.json", "batch 1: 9 read, 9 loaded, 0 rejected",
                "gias_20250524_open_establishments_derbyshire_pfa.csv", "Loaded in");
    }

    @Test
    void geo_list_shows_the_districts_with_area_and_2021_population() {
        Run r = svo("geo", "list", "--level", "district", "--store", store.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("E06000015  Derby", "city", "261,385 (2021)", "9 district areas",
                "population 1,056,021");
        Run csv = svo("geo", "list", "--level", "lsoa", "--format", "csv", "--store", store.toString());
        assertThat(csv.out().lines()).hasSize(643).first().isEqualTo("code,name,parent_code,city_county,area_km2,population,population_year");
    }

    @Test
    void geo_list_writes_json_for_machines() throws Exception {
        Run r = svo("geo", "list", "--level", "ward", "--format", "json", "--store", store.toString());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.size()).isEqualTo(194);
        assertThat(json.get(0).get("parent_code").asText()).startsWith("E0");
        assertThat(json.get(0).get("area_km2").asDouble()).isPositive();
    }

    @Test
    void geo_assign_reports_each_table_of_located_records() {
        Run r = svo("geo", "assign", "--store", store.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("occurrence_all: 0 rows", "police_uk_crime_all: 0 rows", "stop_search_all: 0 rows");
    }

    @Test
    void a_bad_boundary_file_exits_2_with_the_message_and_no_stack_trace() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"type\": \"FeatureCollection\", \"features\": []}");
        Run r = svo("geo", "import-areas", "--level", "lsoa", bad.toString(), "--store", store.toString());
        assertThat(r.code()).isEqualTo(SvoCommand.BAD_INPUT);
        assertThat(r.err()).startsWith("error: bad.json: the GeoJSON file has no features.").doesNotContain("Exception");
        assertThat(svo("geo", "list", "--level", "lsoa", "--format", "csv", "--store", store.toString()).out().lines()).hasSize(643);
    }

    @Test
    void an_unknown_level_or_format_exits_2_naming_the_choices() {
        Run r = svo("geo", "list", "--level", "county", "--store", store.toString());
        assertThat(r.code()).isEqualTo(SvoCommand.BAD_INPUT);
        assertThat(r.err()).contains("level: \"county\" is not valid (expected one of district, ward, lsoa, neighbourhood, nte)");
        Run f = svo("geo", "list", "--level", "lsoa", "--format", "xml", "--store", store.toString());
        assertThat(f.err()).contains("--format: \"xml\"", "table, csv or json");
    }

    @Test
    void every_geo_command_has_help() {
        for (String sub : new String[] {"import-areas", "import-schools", "import-population", "import-imd", "load-reference",
                "assign", "list", "bench"}) {
            Run r = svo("geo", sub, "--help");
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("Usage: svo geo " + sub);
        }
    }
}
