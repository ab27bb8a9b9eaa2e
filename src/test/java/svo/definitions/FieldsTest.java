package svo.definitions;

import org.junit.jupiter.api.Test;
import svo.ingest.Vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Definitions may name exactly the values the importers store. The offence vocabulary is defined once, in
 * {@link Fields}, and the importers use it; the other closed lists a rule may name must equal the importers'.
 */
class FieldsTest {
    @Test
    void location_types_and_outcome_categories_a_rule_may_name_are_the_importers_lists() {
        assertThat(Fields.Table.OCCURRENCE.fields().get("location_type").values())
                .containsExactlyInAnyOrderElementsOf(Vocabulary.LOCATION_TYPES);
        assertThat(Fields.Table.OCCURRENCE.fields().get("outcome_category").values())
                .containsExactlyInAnyOrderElementsOf(Vocabulary.OUTCOME_CATEGORIES);
    }

    @Test
    void every_field_a_rule_may_name_is_a_column_of_its_view() {
        try (svo.store.Store store = svo.store.Store.inMemory()) {
            for (Fields.Table t : Fields.Table.values()) {
                var columns = svo.store.Jdbc.query(store.connection(), "SELECT column_name FROM information_schema.columns "
                        + "WHERE table_name = ?", rs -> rs.getString(1), t.view());
                assertThat(columns).as(t.view()).containsAll(t.fields().keySet()).contains(t.dateColumn());
            }
        }
    }
}
