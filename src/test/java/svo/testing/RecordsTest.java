package svo.testing;

import org.junit.jupiter.api.Test;
import svo.store.Jdbc;
import svo.store.Store;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RecordsTest {
    @Test
    void built_records_reach_the_store_through_the_importers_with_repeat_people_linked() {
        Records r = new Records();
        r.times(3, o -> o.offence("robbery_personal").on(LocalDate.of(2024, 4, 2)).knife().victim(15, "M").suspect(17, "M"));
        r.add().offence("gbh_with_intent").outcome("other", "Investigation complete, no suspect identified")
                .person("suspect", "REPEAT-1", 22, "F", "white", "stranger");
        r.add().offence("murder").person("suspect", "REPEAT-1", 22, "F", "white", "family");
        r.marker("REPEAT-1", "weapons");
        try (Store store = Store.inMemory()) {
            r.load(store);
            var c = store.connection();
            assertThat(Jdbc.count(c, "SELECT count(*) FROM occurrence")).isEqualTo(5);
            assertThat(Jdbc.count(c, "SELECT count(*) FROM occurrence WHERE knife")).isEqualTo(3);
            assertThat(Jdbc.count(c, "SELECT count(*) FROM person")).isEqualTo(8);
            assertThat(Jdbc.count(c, "SELECT count(DISTINCT person_key) FROM person WHERE role = 'suspect'")).isEqualTo(4);
            assertThat(Jdbc.count(c, "SELECT count(*) FROM person p JOIN warning_marker w USING (person_key)")).isEqualTo(2);
            assertThat(Jdbc.count(c, "SELECT count(*) FROM occurrence WHERE outcome = 'Investigation complete, no suspect identified'")).isEqualTo(1);
        }
    }
}
