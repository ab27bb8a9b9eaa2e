package svo.ingest;

import org.junit.jupiter.api.Test;
import svo.BadInputException;
import svo.store.Jdbc;
import svo.store.Store;
import svo.testing.TestImports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StopSearchAndMarkerImportTest {
    @Test
    void canonical_stop_and_search_loads_and_each_kind_of_bad_row_is_named() {
        try (Store store = Store.inMemory()) {
            ImportReport r = TestImports.load(store, "stop-search", """
                    search_id,date_time,easting,northing,age_band,sex,ethnicity,legislation,object_of_search,outcome,object_found
                    S1,2024-07-05T23:15,435000,336000,18-24,M,white,Police and Criminal Evidence Act 1984 (section 1),Offensive weapons,Arrest,Y
                    S2,2024-07-06T01:00,,,10-17,F,,Misuse of Drugs Act 1971 (section 23),Controlled drugs,A no further action disposal,N
                    """);
            assertThat(r.rowsLoaded()).isEqualTo(2);
            assertThat(Jdbc.count(store.connection(), "SELECT count(*) FROM stop_search WHERE object_found AND object_of_search = 'Offensive weapons'")).isEqualTo(1);
            assertThatThrownBy(() -> TestImports.load(store, "stop-search", """
                    search_id,date_time,easting,northing,age_band,sex,object_found
                    S3,2024-07-05,435000,336000,18-24,M,Y
                    S4,2024-07-05T10:00,435000,,18-24,M,Y
                    S5,2024-07-05T10:00,435000,336000,teen,M,Y
                    S6,2024-07-05T10:00,435000,336000,18-24,male,Y
                    S7,2024-07-05T10:00,435000,336000,18-24,M,found
                    """)).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("line 2, column date_time: '2024-07-05' has no time")
                    .hasMessageContaining("line 3, column northing: is empty but easting is given")
                    .hasMessageContaining("line 4, column age_band: 'teen' is not one of")
                    .hasMessageContaining("line 5, column sex: 'male' is not one of F, M, U, X")
                    .hasMessageContaining("line 6, column object_found: 'found' is not a flag");
        }
    }

    @Test
    void warning_markers_accept_the_usual_spellings_and_refuse_unknown_types() {
        try (Store store = Store.inMemory()) {
            TestImports.load(store, "warning-markers", """
                    person_id,marker_type,date_set
                    A,Mental health,2020-01-01
                    B,WEAPONS,
                    C,self-harm,2021-02-03
                    """);
            assertThat(Jdbc.query(store.connection(), "SELECT marker_type FROM warning_marker ORDER BY line", rs -> rs.getString(1)))
                    .containsExactly("mental_health", "weapons", "self_harm");
            assertThatThrownBy(() -> TestImports.load(store, "warning-markers", "person_id,marker_type\nD,grumpy\n,weapons\n"))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("line 2, column marker_type: 'grumpy' is not a marker type")
                    .hasMessageContaining("line 3, column person_id: is empty; a value is required");
        }
    }
}
