package svo.ingest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import svo.BadInputException;
import svo.store.Jdbc;
import svo.store.Store;
import svo.testing.TestImports;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OccurrenceImportTest {
    static final String HEADER = "occurrence_id,recorded_date,committed_from,offence,knife,firearm,other_weapon,domestic_abuse,"
            + "qualifiers,latitude,longitude,location_type,outcome_category\n";

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("svo.duckdb"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long count(String sql, Object... params) {
        return Jdbc.count(store.connection(), sql, params);
    }

    @Test
    void a_good_file_loads_every_row_with_its_group_flags_and_qualifiers() {
        ImportReport r = TestImports.load(store, "occurrences", HEADER + """
                A1,2024-05-01,2024-05-01T22:10,robbery_personal,Y,N,N,N,alcohol;nte,52.92,-1.47,street,positive
                A2,02/05/2024,2024-05-02 01:30,rape,N,N,N,Y,,,,dwelling,open
                A3,2024-05-03,2024-05-03T12:00,gbh_with_intent,N,N,Y,N,drugs,,,,
                """);
        assertThat(r.rowsRead()).isEqualTo(3);
        assertThat(r.rowsLoaded()).isEqualTo(3);
        assertThat(r.rowsRejected()).isZero();
        assertThat(r.periodFrom()).hasToString("2024-05-01");
        assertThat(r.periodTo()).hasToString("2024-05-03");
        assertThat(count("SELECT count(*) FROM occurrence WHERE offence_group = 'Robbery' AND knife AND q_alcohol AND q_nte")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM occurrence WHERE occurrence_id = 'A2' AND sexual_offence AND domestic_abuse")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM occurrence WHERE occurrence_id = 'A3' AND offence_group = 'Violence with injury' AND q_drugs")).isEqualTo(1);
        assertThat(count("SELECT rows_read - rows_loaded - rows_rejected FROM batch WHERE batch_id = ?", r.batchId())).isZero();
    }

    @Test
    void each_kind_of_bad_row_is_refused_in_strict_mode_with_its_line_and_column_and_nothing_changes() {
        String bad = HEADER + """
                B1,2024-05-01,2024-05-01T22:10,robbery_personal,Y,N,N,N,,,,,
                B2,31/02/2025,2024-05-01T22:10,robbery_personal,Y,N,N,N,,,,,
                B3,2024-05-01,2024-05-01,robbery_personal,Y,N,N,N,,,,,
                B4,2024-05-01,2024-05-01T22:10,mugging,Y,N,N,N,,,,,
                B5,2024-05-01,2024-05-01T22:10,robbery_personal,maybe,N,N,N,,,,,
                B6,2024-05-01,2024-05-01T22:10,robbery_personal,Y,N,N,N,booze,,,,
                B7,2024-05-01,2024-05-01T22:10,robbery_personal,Y,N,N,N,,95.1,-1.4,,
                B8,2024-05-01,2024-05-01T22:10,robbery_personal,Y,N,N,N,,52.9,,,
                B9,2024-05-01,2024-05-01T22:10,robbery_personal,Y,N,N,N,,,,garden,
                B1,2024-05-01,2024-05-01T22:10,robbery_personal,Y,N,N,N,,,,,
                B11,2024-05-01,2024-05-01T22:10,robbery_personal,Y,N,N
                ,2024-05-01,2024-05-01T22:10,robbery_personal,Y,N,N,N,,,,,
                """;
        assertThatThrownBy(() -> TestImports.load(store, "occurrences", bad))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("11 of 12 rows are bad, so nothing was loaded (strict mode)")
                .hasMessageContaining("line 3, column recorded_date: '31/02/2025' is not a date; expected YYYY-MM-DD or DD/MM/YYYY")
                .hasMessageContaining("line 4, column committed_from: '2024-05-01' has no time")
                .hasMessageContaining("line 5, column offence: 'mugging' is not one of")
                .hasMessageContaining("line 6, column knife: 'maybe' is not a flag; expected Y or N")
                .hasMessageContaining("line 7, column qualifiers: 'booze' is not a qualifier")
                .hasMessageContaining("line 8, column latitude: '95.1' is out of range")
                .hasMessageContaining("line 9, column longitude: is empty but latitude is given")
                .hasMessageContaining("line 10, column location_type: 'garden' is not one of")
                .hasMessageContaining("line 12: the row has 7 fields but the header has 13")
                .hasMessageContaining("--lenient");
        assertThat(count("SELECT count(*) FROM occurrence_all")).isZero();
        assertThat(count("SELECT count(*) FROM batch")).isZero();
        assertThat(count("SELECT count(*) FROM reject")).isZero();
    }

    @Test
    void lenient_mode_loads_the_good_rows_and_keeps_every_bad_one_as_a_reject() {
        ImportReport r = TestImports.load(store, "occurrences", HEADER + """
                C1,2024-05-01,2024-05-01T22:10,robbery_personal,Y,N,N,N,,,,,
                C2,2024-05-01,2024-05-01T22:10,robbery_personal,Y,N,N,N,,,,,
                C1,2024-05-02,2024-05-02T22:10,robbery_business,N,N,N,N,,,,,
                C3,2024-05-01,not a time,robbery_personal,Y,N,N,N,,,,,
                """, svo.ingest.ImportOptions.strict().withLenient(true));
        assertThat(r.rowsRead()).isEqualTo(4);
        assertThat(r.rowsLoaded()).isEqualTo(2);
        assertThat(r.rowsRejected()).isEqualTo(2);
        assertThat(Jdbc.query(store.connection(), "SELECT line || ' ' || column_name || ': ' || reason FROM reject ORDER BY line",
                rs -> rs.getString(1))).containsExactly(
                "4 occurrence_id: occurrence C1 appears again (first on line 2)",
                "5 committed_from: 'not a time' is not a date and time; expected YYYY-MM-DDTHH:MM[:SS] or DD/MM/YYYY HH:MM");
        assertThat(count("SELECT rows_rejected FROM batch")).isEqualTo(2);
    }

    @Test
    void a_header_without_a_required_column_is_refused_before_any_row_is_read() {
        assertThatThrownBy(() -> TestImports.load(store, "occurrences", "occurrence_id,recorded_date\nA,2024-01-01\n"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("line 1: the header lacks the required columns committed_from, offence, knife")
                .hasMessageContaining("docs/datasets/occurrences.md");
    }

    @Test
    void a_file_loaded_twice_is_skipped_the_second_time() {
        String csv = HEADER + "D1,2024-05-01,2024-05-01T22:10,robbery_personal,Y,N,N,N,,,,,\n";
        ImportReport first = TestImports.load(store, "occurrences", csv);
        ImportReport again = TestImports.load(store, "occurrences", csv);
        assertThat(again.skipped()).isTrue();
        assertThat(again.skippedBecauseOfBatch()).isEqualTo(first.batchId());
        assertThat(count("SELECT count(*) FROM occurrence")).isEqualTo(1);
    }

    @Test
    void an_occurrence_already_loaded_from_the_same_source_is_refused_unless_the_file_replaces_its_batch() {
        TestImports.load(store, "occurrences", HEADER + """
                E1,2024-05-01,2024-05-01T22:10,robbery_personal,Y,N,N,N,,,,,
                E2,2024-05-20,2024-05-20T22:10,robbery_personal,N,N,N,N,,,,,
                """);
        String corrected = HEADER + """
                E1,2024-05-01,2024-05-01T22:10,robbery_business,Y,N,N,N,,,,,
                E2,2024-05-20,2024-05-20T22:10,robbery_personal,N,N,N,N,,,,,
                E3,2024-05-21,2024-05-21T22:10,gbh_with_intent,N,N,N,N,,,,,
                """;
        assertThatThrownBy(() -> TestImports.load(store, "occurrences", corrected))
                .hasMessageContaining("occurrence E1 is already loaded (batch 1); to load a corrected extract of the same period use --replace");
        ImportReport r = TestImports.load(store, "occurrences", corrected, ImportOptions.strict().withReplace(true));
        assertThat(r.superseded()).containsExactly(1L);
        assertThat(count("SELECT count(*) FROM occurrence")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM occurrence WHERE occurrence_id = 'E1' AND offence = 'robbery_business'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM occurrence_all")).isEqualTo(5);
        assertThat(count("SELECT count(*) FROM batch WHERE batch_id = 1 AND status = 'superseded' AND superseded_by = ?", r.batchId())).isEqualTo(1);
    }

    @Test
    void area_names_are_turned_into_codes_when_the_geography_is_loaded_and_unknown_ones_are_refused() {
        Jdbc.execute(store.connection(), """
                INSERT INTO area(level, code, name) VALUES ('district', 'E06000015', 'Derby'), ('district', 'E07000034', 'Chesterfield')""");
        String header = "occurrence_id,recorded_date,committed_from,offence,knife,firearm,other_weapon,domestic_abuse,district_code\n";
        ImportReport r = TestImports.load(store, "occurrences", header + """
                F1,2024-05-01,2024-05-01T22:10,robbery_personal,Y,N,N,N,derby
                F2,2024-05-01,2024-05-01T22:10,robbery_personal,Y,N,N,N,E07000034
                F3,2024-05-01,2024-05-01T22:10,robbery_personal,Y,N,N,N,Atlantis
                """, ImportOptions.strict().withLenient(true));
        assertThat(r.rowsLoaded()).isEqualTo(2);
        assertThat(Jdbc.query(store.connection(), "SELECT district_code FROM occurrence ORDER BY occurrence_id", rs -> rs.getString(1)))
                .containsExactly("E06000015", "E07000034");
        assertThat(r.firstRejects().get(0).describe())
                .isEqualTo("line 4, column district_code: 'Atlantis' is not a known district code or name (see ./svo geo list --level district)");
    }
}
