package svo.geo;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import svo.BadInputException;
import svo.store.Jdbc;
import svo.store.Store;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static svo.geo.GeoJsonFixtures.BNG;
import static svo.geo.GeoJsonFixtures.collection;
import static svo.geo.GeoJsonFixtures.square;
import static svo.geo.GeoJsonFixtures.write;

class PopulationImportTest {
    @TempDir
    Path dir;

    final Store store = Store.inMemory();

    @AfterEach
    void close() {
        store.close();
    }

    private ImportSummary importPopulation(Integer year, Path... files) {
        return store.inTransaction(c -> PopulationImport.run(c, List.of(files), year));
    }

    private long count(String sql, Object... params) {
        return Jdbc.count(store.connection(), sql, params);
    }

    /** District D1 (E06000901) holding LSOAs L1 and L2 (named "Dee 001A" and "Dee 001B"). */
    private void geography() {
        store.inTransaction(c -> {
            AreaImport.run(c, List.of(write(dir, "d.json", collection(BNG,
                    square("\"LAD13CD\": \"E06000901\", \"LAD13NM\": \"Dee\"", 430_000, 330_000, 10_000)))),
                    AreaImport.Options.of(Level.DISTRICT));
            return AreaImport.run(c, List.of(write(dir, "l.json", collection(BNG,
                    square("\"LSOA11CD\": \"E01000001\", \"LSOA11NM\": \"Dee 001A\"", 430_000, 330_000, 1000),
                    square("\"LSOA11CD\": \"E01000002\", \"LSOA11NM\": \"Dee 001B\"", 431_000, 330_000, 1000)))),
                    AreaImport.Options.of(Level.LSOA));
        });
    }

    @Test
    void the_canonical_layout_gets_totals_over_all_ages_and_both_sexes_added_where_missing() {
        geography();
        importPopulation(null, write(dir, "pop.csv", """
                area_code,year,age_band,sex,count
                E01000001,2022,0-15,M,100
                E01000001,2022,0-15,F,90
                E01000001,2022,16+,M,"1,200"
                E01000001,2022,16+,F,1300
                E01000002,2022,all,all,500
                """));
        assertThat(count("SELECT count FROM population WHERE area_code = 'E01000001' AND age_band = '0-15' AND sex = 'all'")).isEqualTo(190);
        assertThat(count("SELECT count FROM population WHERE area_code = 'E01000001' AND age_band = 'all' AND sex = 'M'")).isEqualTo(1300);
        assertThat(count("SELECT count FROM population WHERE area_code = 'E01000001' AND age_band = 'all' AND sex = 'all'")).isEqualTo(2690);
        assertThat(count("SELECT count FROM district_population WHERE district_code = 'E06000901' AND year = 2022 "
                + "AND age_band = 'all' AND sex = 'all'")).isEqualTo(3190);
        assertThat(count("SELECT count(*) FROM population WHERE district_code = 'E06000901'")).isEqualTo(count("SELECT count(*) FROM population"));
    }

    @Test
    void a_districts_own_population_is_used_in_place_of_the_sum_of_its_lsoas() {
        geography();
        importPopulation(null, write(dir, "pop.csv", """
                area_code,year,age_band,sex,count
                E01000001,2022,all,all,2000
                E01000002,2022,all,all,500
                E06000901,2022,all,all,2600
                """));
        assertThat(count("SELECT count FROM district_population WHERE district_code = 'E06000901' AND year = 2022 "
                + "AND age_band = 'all'")).isEqualTo(2600);
        assertThat(Jdbc.query(store.connection(), "SELECT basis FROM district_population", rs -> rs.getString(1))).containsExactly("given");
    }

    @Test
    void a_census_2021_file_is_read_with_its_age_groups_and_its_new_lsoa_codes_placed_by_name() {
        geography();
        ImportSummary s = importPopulation(null, write(dir, "census.csv", """
                lsoa21_code,lsoa21_name,age_group,usual_residents
                E01000001,Dee 001A,Aged 15 years and under,300
                E01000001,Dee 001A,Aged 16 to 24 years,200
                E01000001,Dee 001A,Aged 65 years and over,100
                E01099001,Dee 001C,Aged 15 years and under,40
                E01099002,Dee 001D,Aged 15 years and under,60
                """));
        assertThat(Jdbc.query(store.connection(), "SELECT DISTINCT age_band FROM population ORDER BY 1", rs -> rs.getString(1)))
                .containsExactly("0-15", "16-24", "65+", "all");
        assertThat(count("SELECT count(*) FROM population WHERE year = 2021 AND sex = 'all'")).isEqualTo(8);
        // E01000002 (Dee 001B) has no 2021 row: it was split into the new Dee 001C and 001D.
        assertThat(count("SELECT count FROM area_population WHERE area_code = 'E01000002' AND age_band = 'all'")).isEqualTo(100);
        assertThat(count("SELECT sum(count) FROM district_population WHERE age_band = 'all'")).isEqualTo(700);
        assertThat(s.notes()).anyMatch(n -> n.contains("split"));
        importPopulation(2022, dir.resolve("census.csv"));
        assertThat(Jdbc.query(store.connection(), "SELECT DISTINCT year FROM population ORDER BY 1", rs -> rs.getInt(1)))
                .containsExactly(2021, 2022);
    }

    @Test
    void an_lsoa_loaded_before_its_district_boundaries_is_placed_when_they_arrive() {
        importPopulation(null, write(dir, "census.csv", """
                lsoa21_code,lsoa21_name,age_group,usual_residents
                E01099001,Dee 001C,Aged 15 years and under,40
                """));
        assertThat(count("SELECT count(*) FROM district_population")).isZero();
        geography();
        assertThat(count("SELECT count FROM district_population WHERE district_code = 'E06000901' AND age_band = 'all'")).isEqualTo(40);
    }

    @Test
    void importing_a_year_again_replaces_that_years_rows_and_keeps_the_others() {
        importPopulation(null, write(dir, "a.csv", "area_code,year,age_band,sex,count\nE01000001,2021,all,all,10\nE01000001,2020,all,all,9\n"));
        importPopulation(null, write(dir, "b.csv", "area_code,year,age_band,sex,count\nE01000002,2021,all,all,20\n"));
        assertThat(Jdbc.query(store.connection(), "SELECT area_code || ' ' || year || ' ' || count FROM population ORDER BY year, area_code",
                rs -> rs.getString(1))).containsExactly("E01000001 2020 9", "E01000002 2021 20");
        assertThat(Jdbc.query(store.connection(), "SELECT file_name || ' ' || status FROM batch ORDER BY batch_id",
                rs -> rs.getString(1))).containsExactly("a.csv active", "b.csv active");
        importPopulation(null, write(dir, "c.csv", "area_code,year,age_band,sex,count\nE01000003,2020,all,all,30\n"));
        assertThat(Jdbc.query(store.connection(), "SELECT file_name || ' ' || status FROM batch ORDER BY batch_id",
                rs -> rs.getString(1))).containsExactly("a.csv superseded", "b.csv active", "c.csv active");
    }

    @Test
    void bad_rows_are_refused_with_line_and_column_and_nothing_changes() {
        importPopulation(null, write(dir, "good.csv", "area_code,year,age_band,sex,count\nE01000001,2021,all,all,10\n"));
        Object[][] cases = {
                {"area_code,year,age_band,sex,count\nE01000001,2021,all,all,ten\n", "line 2, column count: \"ten\" is not valid"},
                {"area_code,year,age_band,sex,count\nE01000001,2021,all,all,10\nE01000002,2021,all,x,5\n", "line 3, column sex"},
                {"area_code,year,age_band,sex,count\nE01000001,2021,16 to 24,all,5\n", "column age_band: \"16 to 24\""},
                {"area_code,year,age_band,sex,count\nE01000001,2021,all,all,-5\n", "0 or more"},
                {"area_code,year,age_band,sex,count\nE01000001,2021,all,all,5\nE01000001,2021,all,all,6\n", "line 3", "given twice", "line 2"},
                {"code,people\nE01000001,5\n", "line 1", "not a population layout"},
                {"lsoa21_code,lsoa21_name,age_group,usual_residents\nE01000001,A,Teenagers,5\n", "column age_group: \"Teenagers\""},
        };
        for (Object[] c : cases) {
            Path f = write(dir, "bad.csv", (String) c[0]);
            String[] parts = java.util.Arrays.copyOfRange(c, 1, c.length, String[].class);
            assertThatThrownBy(() -> importPopulation(null, f)).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("bad.csv").hasMessageContainingAll(parts);
            assertThat(Jdbc.query(store.connection(), "SELECT area_code || count FROM population", rs -> rs.getString(1)))
                    .containsExactly("E01000001" + 10);
            assertThat(count("SELECT count(*) FROM batch")).isEqualTo(1);
        }
    }

    @Test
    void age_groups_of_the_census_are_turned_into_bands() {
        assertThat(PopulationImport.censusBand("Aged 15 years and under")).isEqualTo("0-15");
        assertThat(PopulationImport.censusBand("Aged 16 to 24 years")).isEqualTo("16-24");
        assertThat(PopulationImport.censusBand("Aged 65 years and over")).isEqualTo("65+");
        assertThat(PopulationImport.censusBand("Aged 4 years and under")).isEqualTo("0-4");
        assertThat(PopulationImport.censusBand("Total")).isEqualTo("all");
        assertThat(PopulationImport.censusBand("Children")).isNull();
    }
}
