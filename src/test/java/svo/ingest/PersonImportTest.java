package svo.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import svo.BadInputException;
import svo.store.Jdbc;
import svo.store.Store;
import svo.testing.TestImports;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonImportTest {
    static final String OCCURRENCES = """
            occurrence_id,recorded_date,committed_from,offence,knife,firearm,other_weapon,domestic_abuse
            P1,2024-05-01,2024-05-01T22:10,robbery_personal,Y,N,N,N
            P2,2024-06-01,2024-06-01T22:10,gbh_with_intent,N,N,N,N
            """;

    @TempDir
    Path dir;

    @Test
    void the_same_person_gets_the_same_pseudonym_in_every_file_and_a_date_of_birth_becomes_an_age() {
        try (Store store = Store.open(dir.resolve("svo.duckdb"))) {
            TestImports.load(store, "occurrences", OCCURRENCES);
            TestImports.load(store, "persons", """
                    occurrence_id,person_id,role,age,date_of_birth,sex,ethnicity,relationship
                    P1,PNC 01/234567X,victim,17,,M,Black,
                    P1,AB-99,suspect,,2006-05-02,M,white,stranger
                    P2, pnc  01/234567x ,suspect,,,F,not stated,acquaintance
                    """);
            TestImports.load(store, "warning-markers", "person_id,marker_type,date_set\nPNC 01/234567X,Weapons,2023-01-01\n");
            var c = store.connection();
            assertThat(Jdbc.count(c, "SELECT count(DISTINCT person_key) FROM person")).isEqualTo(2);
            assertThat(Jdbc.count(c, """
                    SELECT count(*) FROM person p JOIN warning_marker w USING (person_key)
                    WHERE p.occurrence_id = 'P2' AND w.marker_type = 'weapons'""")).isEqualTo(1);
            assertThat(Jdbc.count(c, "SELECT age FROM person WHERE occurrence_id = 'P1' AND role = 'suspect'"))
                    .as("born 2 May 2006, offence 1 May 2024: 17, not 18").isEqualTo(17);
            assertThat(Jdbc.query(c, "SELECT ethnicity FROM person ORDER BY line", rs -> rs.getString(1)))
                    .containsExactly("black", "white", "not_recorded");
        }
    }

    @Test
    void a_person_for_an_occurrence_not_loaded_is_refused_with_the_reason() {
        try (Store store = Store.open(dir.resolve("svo.duckdb"))) {
            TestImports.load(store, "occurrences", OCCURRENCES);
            assertThatThrownBy(() -> TestImports.load(store, "persons", """
                    occurrence_id,person_id,role
                    P1,X1,victim
                    P9,X2,victim
                    """)).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("line 3, column occurrence_id: occurrence P9 is not loaded; import the occurrences first");
        }
    }

    @Test
    void a_planted_name_and_date_of_birth_cannot_be_found_in_the_bytes_of_the_store_afterwards() throws Exception {
        Path file = dir.resolve("svo.duckdb");
        try (Store store = Store.open(file)) {
            TestImports.load(store, "occurrences", OCCURRENCES);
            StringBuilder persons = new StringBuilder("occurrence_id,person_id,role,date_of_birth,sex,ethnicity\n");
            // The ethnicity text is stored as given: finding it proves the byte search would find a stored name.
            persons.append("P1,Zebedee Quartermaine-Plantagenet,victim,1987-04-23,M,gypsy_or_irish_traveller_control\n");
            for (int i = 0; i < 200; i++) persons.append("P2,Filler Person ").append(i).append(",suspect,1990-01-01,F,white\n");
            TestImports.load(store, "persons", persons.toString());
            // A bad row holding the name must not leak it through the rejects report either.
            TestImports.load(store, "persons", """
                    occurrence_id,person_id,role,date_of_birth
                    P1,Zebedee Quartermaine-Plantagenet,witness,1987-04-23
                    P2,Someone Else,victim,
                    """, ImportOptions.strict().withLenient(true));
            assertThat(Jdbc.query(store.connection(), "SELECT value FROM reject", rs -> rs.getString(1))).doesNotContain("Zebedee Quartermaine-Plantagenet");
            store.checkpoint();
        }
        byte[] all;
        try (Stream<Path> files = Files.list(dir)) {
            var out = new java.io.ByteArrayOutputStream();
            for (Path p : files.toList()) out.write(Files.readAllBytes(p));
            all = out.toByteArray();
        }
        String bytes = new String(all, StandardCharsets.ISO_8859_1);
        assertThat(bytes).as("control: a stored text value is visible in the file bytes").contains("gypsy_or_irish_traveller_control");
        assertThat(bytes).doesNotContain("Quartermaine").doesNotContain("QUARTERMAINE").doesNotContain("Zebedee")
                .doesNotContain("1987-04-23").doesNotContain("23/04/1987").doesNotContain("Filler Person");
        String utf16 = new String(all, StandardCharsets.UTF_16LE);
        assertThat(utf16).doesNotContain("Quartermaine");
    }

    @Test
    void without_a_key_people_cannot_be_imported_and_the_message_says_how_to_set_one() throws Exception {
        try (Store store = Store.open(dir.resolve("svo.duckdb"))) {
            TestImports.load(store, "occurrences", OCCURRENCES);
            Path f = dir.resolve("p.csv");
            Files.writeString(f, "occurrence_id,person_id,role\nP1,X,victim\n");
            ImportRunner noKey = new ImportRunner(store, Map.of(), Clock.systemDefaultZone());
            assertThatThrownBy(() -> noKey.run(Datasets.standard().get("persons"), SourceFile.inspect(f), ImportOptions.strict(), ImportProgress.NONE))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("SVO_KEY_FILE");
            assertThat(Jdbc.count(store.connection(), "SELECT count(*) FROM person_all")).isZero();
        }
    }

    @Test
    void a_different_key_from_the_one_used_before_is_refused_because_people_would_not_link() throws Exception {
        try (Store store = Store.open(dir.resolve("svo.duckdb"))) {
            TestImports.load(store, "occurrences", OCCURRENCES);
            TestImports.load(store, "persons", "occurrence_id,person_id,role\nP1,X,victim\n");
            Path f = dir.resolve("p2.csv");
            Files.writeString(f, "occurrence_id,person_id,role\nP2,Y,victim\n");
            ImportRunner other = new ImportRunner(store, Map.of("SVO_KEY", "another-key-that-is-long-enough"), Clock.systemDefaultZone());
            assertThatThrownBy(() -> other.run(Datasets.standard().get("persons"), SourceFile.inspect(f), ImportOptions.strict(), ImportProgress.NONE))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("key differs");
        }
    }
}
