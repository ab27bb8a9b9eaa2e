package svo.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import svo.BadInputException;
import svo.store.Jdbc;
import svo.store.Store;
import svo.testing.TestImports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real police.uk files in ../shared/data import as they are. */
class PoliceUkImportTest {
    static final Path STREET = Path.of("../shared/data/police_uk/derbyshire_street");
    static final Path STOP_SEARCH = Path.of("../shared/data/police_uk/derbyshire_stop_and_search");

    @TempDir
    Path dir;

    static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
    }

    @Test
    void the_five_derbyshire_street_files_load_38725_rows_strictly_and_loading_them_again_adds_nothing() throws Exception {
        try (Store store = Store.open(dir.resolve("svo.duckdb"))) {
            List<Path> files = files(STREET);
            assertThat(files).hasSize(5);
            long loaded = 0, rejected = 0;
            for (Path f : files) {
                ImportReport r = TestImports.loadFile(store, "police-uk-street", f, ImportOptions.strict());
                loaded += r.rowsLoaded();
                rejected += r.rowsRejected();
            }
            assertThat(loaded).isEqualTo(38_725);
            assertThat(rejected).isZero();
            for (Path f : files) {
                ImportReport again = TestImports.loadFile(store, "police-uk-street", f, ImportOptions.strict());
                assertThat(again.skipped()).isTrue();
                assertThat(again.rowsLoaded()).isZero();
            }
            var c = store.connection();
            assertThat(Jdbc.count(c, "SELECT count(*) FROM police_uk_crime")).isEqualTo(38_725);
            assertThat(Jdbc.count(c, "SELECT count(*) FROM batch")).isEqualTo(5);
            // SOURCES.md: Violence and sexual offences 8,111; Robbery 261; Possession of weapons 266.
            assertThat(Jdbc.count(c, "SELECT count(*) FROM police_uk_crime WHERE crime_type = 'Violence and sexual offences'")).isEqualTo(8_111);
            assertThat(Jdbc.count(c, "SELECT count(*) FROM police_uk_crime WHERE crime_type = 'Robbery'")).isEqualTo(261);
            assertThat(Jdbc.count(c, "SELECT count(*) FROM police_uk_crime WHERE crime_type = 'Possession of weapons'")).isEqualTo(266);
        }
    }

    @Test
    void a_file_with_an_impossible_month_is_refused_strictly_naming_line_and_column_and_lenient_loads_the_rest() throws Exception {
        List<String> lines = Files.readAllLines(files(STREET).get(0));
        String bad = lines.get(4).replace(",2018-03,", ",2018-13,");
        lines.set(4, bad);
        Path file = dir.resolve("2018-03-derbyshire-street.csv");
        Files.write(file, lines);
        try (Store store = Store.open(dir.resolve("svo.duckdb"))) {
            assertThatThrownBy(() -> TestImports.loadFile(store, "police-uk-street", file, ImportOptions.strict()))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("line 5, column month: '2018-13' is not a month; expected YYYY-MM")
                    .hasMessageContaining("--lenient");
            assertThat(Jdbc.count(store.connection(), "SELECT count(*) FROM batch")).isZero();
            assertThat(Jdbc.count(store.connection(), "SELECT count(*) FROM police_uk_crime_all")).isZero();
            ImportReport r = TestImports.loadFile(store, "police-uk-street", file, ImportOptions.strict().withLenient(true));
            assertThat(r.rowsLoaded()).isEqualTo(7_513);
            assertThat(r.rowsRejected()).isEqualTo(1);
            assertThat(Jdbc.query(store.connection(), "SELECT line, column_name, value FROM reject",
                    rs -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3))).containsExactly("5 month 2018-13");
        }
    }

    @Test
    void the_derbyshire_stop_and_search_files_load_with_offensive_weapon_searches_and_missing_coordinates() throws Exception {
        try (Store store = Store.open(dir.resolve("svo.duckdb"))) {
            long loaded = 0;
            for (Path f : files(STOP_SEARCH)) loaded += TestImports.loadFile(store, "police-uk-stop-search", f, ImportOptions.strict()).rowsLoaded();
            assertThat(loaded).isEqualTo(236);
            var c = store.connection();
            assertThat(Jdbc.count(c, "SELECT count(*) FROM stop_search WHERE latitude IS NULL")).isEqualTo(48);
            assertThat(Jdbc.count(c, "SELECT count(*) FROM stop_search WHERE object_of_search = 'Offensive weapons'")).isEqualTo(21);
        }
    }
}
