package svo.analysis.people;

import org.junit.jupiter.api.Test;
import svo.BadInputException;
import svo.analysis.Area;
import svo.analysis.Comparison;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.definitions.Definition;
import svo.store.Store;
import svo.testing.PublishedTables;
import svo.testing.Records;
import svo.testing.TestDefinitions;
import svo.testing.TestImports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WarningMarkersTest {
    static final Definition SVB = TestDefinitions.get("svb-2024");
    static final Period THREE_YEARS = Period.parse("FY2022-FY2024");
    static final String WINDOW = "2022/23 to 2024/25";
    static final Map<String, String> TYPE = Map.of("Weapons", "weapons", "Mental Health", "mental_health",
            "Violence", "violence", "Drugs", "drugs", "Firearms", "firearms");

    static long cell(Table t, Object... keys) {
        return ((Number) t.find(keys).get(keys.length)).longValue();
    }

    @Test
    void reproduces_the_published_warning_marker_counts_and_states_the_share_against_all_serious_violence() {
        // §3.2's serious violence (2,485, 2,523, 2,179 = 7,187), each with one suspect; the printed 2,556
        // occurrences with markers are the first ones, each suspect carrying the one printed type.
        var printed = PublishedTables.sna2025("warning_markers").rows();
        Records r = new Records();
        StringBuilder markers = new StringBuilder("person_id,marker_type,date_set\n");
        int[] perYear = {2485, 2523, 2179};
        var types = printed.iterator();
        var current = types.next();
        int left = Integer.parseInt(current.get("count")), id = 0;
        for (int y = 0; y < 3; y++) {
            for (int i = 0; i < perYear[y]; i++, id++) {
                r.add().offence("possession_bladed_article").on(LocalDate.of(2022 + y, 4, 1).plusDays(i % 365))
                        .person("suspect", "S" + id, 25, "M", "", "");
                if (left == 0 && types.hasNext()) {
                    current = types.next();
                    left = Integer.parseInt(current.get("count"));
                }
                if (left > 0) {
                    markers.append("S").append(id).append(',').append(current.get("marker_type")).append(",\n");
                    left--;
                }
            }
        }
        try (Store store = Store.inMemory()) {
            r.load(store);
            TestImports.load(store, "warning-markers", markers.toString());
            Result result = new WarningMarkers().run(store, Scope.of(SVB, THREE_YEARS));
            Table t = result.table("by_marker");
            for (var row : printed) {
                assertThat(cell(t, WINDOW, label(row.get("marker_type")))).isEqualTo(Long.parseLong(row.get("count")));
            }
            assertThat(result.figure("any_marker")).isEqualTo(2556L);
            // "2556 (33%) of serious violence occurrences": the denominator is not stated. Against the 7,187
            // serious violence occurrences of §3.2 the share is 35.6% (checks.csv occurrences_with_markers_pct);
            // the product says what it divides by.
            assertThat(result.figure("occurrences")).isEqualTo(7187L);
            assertThat(result.figure("any_marker_pct")).isEqualTo(new BigDecimal("35.6"));
            assertThat(t.rows().get(0).get(1)).isEqualTo("Weapons");   // printed order: by count
        }
    }

    static String label(String printed) {
        return printed.equals("Mental Health") ? "Mental health" : printed;
    }

    @Test
    void an_occurrence_counts_once_per_marker_type_and_once_under_any_and_the_timing_is_a_parameter() {
        Records r = new Records();
        r.add().offence("robbery_personal").on(LocalDate.of(2024, 6, 1)).person("suspect", "A", 20, "M", "", "")
                .person("offender", "B", 20, "M", "", "").person("victim", "C", 20, "M", "", "");
        r.add().offence("robbery_personal").on(LocalDate.of(2024, 6, 2)).person("victim", "A", 20, "M", "", "");
        r.add().offence("robbery_personal").on(LocalDate.of(2024, 6, 3)).person("suspect", "D", 20, "M", "", "");
        try (Store store = Store.inMemory()) {
            r.load(store);
            TestImports.load(store, "warning-markers", """
                    person_id,marker_type,date_set
                    A,weapons,2023-01-01
                    A,violence,2024-09-01
                    B,weapons,
                    C,drugs,2020-01-01
                    """);
            Result any = new WarningMarkers().run(store, Scope.of(SVB, Period.fy(2024)));
            Table t = any.table("by_marker");
            assertThat(cell(t, "2024/25", "Weapons")).isEqualTo(1);      // A and B, one occurrence
            assertThat(cell(t, "2024/25", "Violence")).isEqualTo(1);
            assertThat(t.find("2024/25", "Drugs")).isNull();             // C is a victim
            assertThat(cell(t, "2024/25", "Any marker")).isEqualTo(1);
            assertThat(any.figure("any_marker_pct")).isEqualTo(new BigDecimal("33.3"));
            assertThat(any.figure("any_marker_pct_of_with_suspect")).isEqualTo(new BigDecimal("50.0"));
            Scope atOffence = new Scope(SVB, false, Period.fy(2024), Area.ALL, Comparison.PREVIOUS, Map.of("marker-date", "at-offence"));
            Table then = new WarningMarkers().run(store, atOffence).table("by_marker");
            assertThat(then.find("2024/25", "Violence")).isNull();      // set in September, after the occurrence
            assertThat(cell(then, "2024/25", "Weapons")).isEqualTo(1);
            Scope bad = new Scope(SVB, false, Period.fy(2024), Area.ALL, Comparison.PREVIOUS, Map.of("marker-date", "later"));
            assertThatThrownBy(() -> new WarningMarkers().run(store, bad)).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("at-offence");
        }
    }
}
