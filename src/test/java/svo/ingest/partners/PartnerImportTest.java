package svo.ingest.partners;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import svo.BadInputException;
import svo.ingest.Datasets;
import svo.ingest.ImportOptions;
import svo.ingest.ImportReport;
import svo.ingest.Pseudonymiser;
import svo.store.Jdbc;
import svo.store.Store;
import svo.testing.TestImports;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The partner importers: what they accept, what they refuse, and that a refused file changes nothing. */
class PartnerImportTest {

    /** The example file of each data set with one bad row appended: refused in strict mode, naming its line and column. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            hospitals         | XYZ,Some Hospital,,,maybe,                                   | in_area           | 'maybe' is not a flag
            ed-attendances    | X1,Royal Derby Hospital,2024-13-01T10:00,,,,,,,,,            | arrival           | is not a date and time
            ambulance         | A9,2024-05-04T23:20,teleport,M,,,,                           | response_type     | 'teleport' is not a response type
            yjs-offences      | Y9,2024-02-30,Assault by beating,15,M,city,,YJ-1             | offence_date      | '2024-02-30' is not a date
            probation         | P9,,2024,Derby,,,M,suspended,X1                              | sentence_type     | 'suspended' is not a sentence type
            school-exclusions | 2023/25,Derby,,city,suspension,,,,,,,,,,3                   | academic_year     | does not name consecutive years
            social-care       | 2024/25,Derbyshire,,county,referrals,,all,-3                 | count             | '-3' is not a count
            neet              | 2025,Erewash,,county,100,150,                                | neet              | is more than the cohort (100)
            index-events      | PNC 09/111111A,parole,2024-01-01,,,M,                        | event_type        | 'parole' is not an index event type
            """)
    void a_file_with_one_bad_row_is_refused_in_strict_mode_naming_the_line_and_column_and_nothing_changes(
            String dataset, String badRow, String column, String reason) throws Exception {
        String example = Files.readString(Path.of("docs/datasets/examples/" + dataset + ".csv"), StandardCharsets.UTF_8);
        long badLine = example.lines().count() + 1;
        String table = Datasets.standard().get(dataset).table();
        try (Store store = Store.inMemory()) {
            TestImports.load(store, "hospitals", Files.readString(Path.of("docs/datasets/examples/hospitals.csv")), ImportOptions.strict().withSource("shipped copy"));
            long batches = Jdbc.count(store.connection(), "SELECT count(*) FROM batch");
            long rows = Jdbc.count(store.connection(), "SELECT count(*) FROM " + table);
            assertThatThrownBy(() -> TestImports.load(store, dataset, example + badRow.strip() + "\n"))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining(": 1 of " + (badLine - 1) + " ")
                    .hasMessageContaining("bad, so nothing was loaded (strict mode)")
                    .hasMessageContaining("line " + badLine + ", column " + column + ": ")
                    .hasMessageContaining(reason)
                    .hasMessageContaining("--lenient");
            assertThat(Jdbc.count(store.connection(), "SELECT count(*) FROM batch")).isEqualTo(batches);
            assertThat(Jdbc.count(store.connection(), "SELECT count(*) FROM " + table)).isEqualTo(rows);
            assertThat(Jdbc.count(store.connection(), "SELECT count(*) FROM reject")).isZero();

            ImportReport lenient = TestImports.load(store, dataset, example + badRow.strip() + "\n", ImportOptions.strict().withLenient(true));
            assertThat(lenient.rowsRejected()).isEqualTo(1);
            assertThat(lenient.rowsLoaded()).isEqualTo(badLine - 2);
        }
    }

    @Test
    void emergency_department_rows_name_hospitals_any_way_the_source_spells_them_and_derive_the_primary_method() {
        try (Store store = Store.inMemory()) {
            TestImports.load(store, "ed-attendances", """
                    hospital,arrival,incident,assault_method,primary_method,age,age_band,location_category
                    Royal Derby Hospital,2024-05-04T23:41,2024-05-04T23:05,Fist,,24,,Licensed premises
                    royal derby,2024-05-05T01:17,,Other weapon (specify),,,12-15,School
                    CRH,2024-05-06T02:00,,,weapon,,18-24,
                    Queen's Medical Centre,2024-05-06T03:00,,other (specify),body part,,,Open space (Public space and parks)
                    """);
            assertThat(Jdbc.query(store.connection(), """
                    SELECT hospital_code, primary_method, coalesce(assault_method, '-'), coalesce(CAST(under_18 AS VARCHAR), '-'),
                           coalesce(location_category, '-') FROM ed_attendance ORDER BY line""",
                    rs -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4) + " " + rs.getString(5)))
                    .containsExactly("RDH body_part fist false licensed_premises",
                            "RDH weapon other_weapon true educational_establishment",
                            "CRH weapon - false -",
                            "QMC body_part other_body_part - open_space");
        }
    }

    @Test
    void an_unknown_hospital_a_contradictory_method_and_an_incident_after_arrival_are_refused() {
        try (Store store = Store.inMemory()) {
            assertThatThrownBy(() -> TestImports.load(store, "ed-attendances", """
                    hospital,arrival,incident,assault_method,primary_method
                    St Elsewhere,2024-05-04T23:41,,,
                    RDH,2024-05-04T23:41,,knife,body_part
                    RDH,2024-05-04T23:41,2024-05-05T00:10,,
                    """)).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("line 2, column hospital: 'St Elsewhere' is not a known hospital (codes: CRH, DERBYSHIRE-OTHER, KMH, MDGH")
                    .hasMessageContaining("./svo import --dataset hospitals")
                    .hasMessageContaining("line 3, column primary_method: is body_part but the assault method knife is a weapon")
                    .hasMessageContaining("line 4, column incident: is after the arrival at the ED (2024-05-04T23:41)");
        }
    }

    @Test
    void an_imported_hospital_list_adds_hospitals_and_overrides_the_shipped_row_of_the_same_code() {
        try (Store store = Store.inMemory()) {
            assertThat(Jdbc.count(store.connection(), "SELECT count(*) FROM hospital WHERE in_area")).isEqualTo(3);
            TestImports.load(store, "hospitals", """
                    code,name,trust,area,in_area,aliases
                    qhb,Queen's Hospital Burton,University Hospitals of Derby and Burton NHS Foundation Trust,East Staffordshire,Y,Burton Queens Hospital
                    LRCH,London Road Community Hospital,,Derby,Y,London Road
                    """);
            assertThat(Jdbc.query(store.connection(), "SELECT code || ' ' || in_area || ' ' || origin FROM hospital WHERE code IN ('QHB', 'LRCH', 'RDH') ORDER BY code",
                    rs -> rs.getString(1))).containsExactly("LRCH true import", "QHB true import", "RDH true shipped");
            TestImports.load(store, "ambulance", """
                    date_time,response_type,destination_hospital
                    2024-05-04T23:20,see_treat_and_convey,London Road
                    """);
            assertThat(Jdbc.query(store.connection(), "SELECT destination_code FROM ambulance", rs -> rs.getString(1))).containsExactly("LRCH");
        }
    }

    @Test
    void the_shipped_hospital_list_in_the_store_is_the_csv_that_ships_with_the_product() throws Exception {
        try (Store store = Store.inMemory(); var in = HospitalImporter.class.getResourceAsStream("/svo/ingest/partners/hospitals.csv")) {
            List<String> csv = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
            List<String> stored = Jdbc.query(store.connection(), """
                    SELECT code || ',' || name || ',' || coalesce(trust, '') || ',' || coalesce(area, '') || ','
                           || CASE WHEN in_area THEN 'Y' ELSE 'N' END || ',' || coalesce(aliases, '')
                    FROM hospital_default""", rs -> rs.getString(1));
            assertThat(stored).containsExactlyInAnyOrderElementsOf(csv);
            assertThat(Files.readAllLines(Path.of("docs/datasets/examples/hospitals.csv")).stream().skip(1).toList())
                    .as("the documented example is the shipped list").containsExactlyInAnyOrderElementsOf(csv);
        }
    }

    @Test
    void a_destination_hospital_is_refused_for_a_patient_who_was_not_conveyed() {
        try (Store store = Store.inMemory()) {
            assertThatThrownBy(() -> TestImports.load(store, "ambulance", """
                    date_time,response_type,destination_hospital
                    2024-05-04T23:20,See and Treat,Royal Derby Hospital
                    """)).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("line 2, column destination_hospital: is given but the response is see_and_treat");
        }
    }

    @Test
    void aggregate_counts_refuse_a_row_that_would_be_added_twice_and_a_corrected_extract_replaces_the_old_one() {
        try (Store store = Store.inMemory()) {
            assertThatThrownBy(() -> TestImports.load(store, "social-care", """
                    year,la_name,area,measure,sex,count
                    2024/25,Derbyshire,county,referrals,all,9811
                    2024/25,Derbyshire,county,Social Care Referrals,all,9812
                    """)).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("line 3, column count: repeats line 2 (same year, authority, measure, outcome and sex)");
            TestImports.load(store, "social-care", "year,la_name,area,measure,sex,count\n2024/25,Derbyshire,county,referrals,all,9811\n");
            assertThatThrownBy(() -> TestImports.load(store, "social-care", "year,la_name,area,measure,sex,count\n2024/25,Derbyshire,county,referrals,,9800\n"))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContaining("the same year, authority, measure, outcome and sex is already loaded")
                    .hasMessageContaining("--replace");
            ImportReport replaced = TestImports.load(store, "social-care", "year,la_name,area,measure,sex,count\n2024/25,Derbyshire,county,referrals,,9800\n",
                    ImportOptions.strict().withReplace(true));
            assertThat(replaced.superseded()).hasSize(1);
            assertThat(Jdbc.count(store.connection(), "SELECT sum(count) FROM social_care")).isEqualTo(9800);
        }
    }

    @Test
    void referral_outcomes_need_an_outcome_and_other_measures_may_not_have_one() {
        try (Store store = Store.inMemory()) {
            assertThatThrownBy(() -> TestImports.load(store, "social-care", """
                    year,la_name,area,measure,outcome,sex,count
                    2024/25,Derbyshire,county,referral_outcome,,all,10
                    2024/25,Derbyshire,county,care_leavers,NFA,all,10
                    2024/25,Derbyshire,county,referral_outcome,Passed to Early Help,all,0
                    """)).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("2 of 3 rows are bad")
                    .hasMessageContaining("line 2, column outcome: is empty; a referral_outcome row names its outcome")
                    .hasMessageContaining("line 3, column outcome: is given but the measure is care_leavers");
            TestImports.load(store, "social-care", """
                    year,la_name,area,outcome,count
                    2024/25,Derbyshire,county,NFA,1021
                    """);
            assertThat(Jdbc.query(store.connection(), "SELECT measure || ' ' || outcome || ' ' || sex FROM social_care", rs -> rs.getString(1)))
                    .as("a referral-outcomes table imports as it is").containsExactly("referral_outcome nfa all");
        }
    }

    @Test
    void exclusions_refuse_total_rows_and_dates_outside_the_academic_year_and_derive_city_or_county_from_ons_codes() {
        try (Store store = Store.inMemory()) {
            assertThatThrownBy(() -> TestImports.load(store, "school-exclusions", """
                    academic_year,la_name,exclusion_type,phase,event_date
                    2023/24,Derby,suspension,Total,
                    2023/24,Derby,suspension,secondary,2024-09-02
                    """)).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("line 2, column phase: is a total row")
                    .hasMessageContaining("line 3, column event_date: is outside the academic year 2023/24");
            TestImports.load(store, "school-exclusions", """
                    academic_year,la_name,la_code,exclusion_type,reason
                    202324,Derby,E06000015,Fixed period exclusion,Physical assault against a pupil.
                    2023-24,Derbyshire,E10000007,Permanent exclusion,
                    2022/2023,Derbyshire,830,suspension,
                    """);
            assertThat(Jdbc.query(store.connection(), """
                    SELECT academic_year || ' ' || coalesce(area, '-') || ' ' || exclusion_type || ' ' || count || ' ' || coalesce(reason, '-')
                    FROM school_exclusion ORDER BY line""", rs -> rs.getString(1)))
                    .containsExactly("2023/24 city suspension 1 Physical assault against a pupil",
                            "2023/24 county permanent_exclusion 1 -",
                            "2022/23 - suspension 1 -");
        }
    }

    @Test
    void a_probation_case_needs_a_start_date_or_a_year_and_they_must_agree() {
        try (Store store = Store.inMemory()) {
            assertThatThrownBy(() -> TestImports.load(store, "probation", """
                    case_id,start_date,year,sex
                    P1,,,M
                    P2,2023-12-31,2024,M
                    """)).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("line 2, column start_date: is empty and so is year")
                    .hasMessageContaining("line 3, column year: is 2024 but start_date 2023-12-31 is in 2023");
        }
    }

    @Test
    void index_events_and_youth_justice_link_people_by_the_same_pseudonym_and_never_store_the_identifier_or_date_of_birth() {
        try (Store store = Store.inMemory()) {
            TestImports.load(store, "index-events", """
                    person_id,event_type,event_date,date_of_birth,sex
                    PNC 01/234567X,Release from custody,2024-04-15,2003-07-09,Male
                    """);
            TestImports.load(store, "yjs-offences", """
                    offence_date,offence_type,person_id
                    2020-05-01,Assault by beating,pnc 01/234567x
                    """);
            long expected = new Pseudonymiser(TestImports.TEST_KEY.getBytes(StandardCharsets.UTF_8)).key("PNC 01/234567X");
            assertThat(Jdbc.query(store.connection(), "SELECT person_key, event_type, age, sex FROM index_event",
                    rs -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " " + rs.getString(4)))
                    .containsExactly(expected + " release_from_custody 20 M");
            assertThat(Jdbc.count(store.connection(), "SELECT count(*) FROM yjs_offence WHERE person_key = ?", expected)).isEqualTo(1);
            assertThatThrownBy(() -> TestImports.load(store, "index-events", """
                    person_id,event_type,event_date,date_of_birth
                    PNC 05/555555Z,caution,2024-04-15,2031-01-01
                    """)).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("line 2, column date_of_birth: the date of birth gives an age outside 0–120")
                    .hasMessageNotContaining("2031-01-01")
                    .hasMessageNotContaining("555555");
        }
    }

    @Test
    void neet_rows_fall_in_the_financial_year_of_the_dfe_december_to_february_average() {
        try (Store store = Store.inMemory()) {
            ImportReport r = TestImports.load(store, "neet", "year,la_name,la_code,cohort,neet\n2025,Derby,E06000015,7034,556\n");
            assertThat(r.periodFrom()).hasToString("2024-12-01");
            assertThat(r.periodTo()).hasToString("2025-02-28");
            assertThat(Jdbc.query(store.connection(), "SELECT area FROM neet", rs -> rs.getString(1))).containsExactly("city");
        }
    }
}
