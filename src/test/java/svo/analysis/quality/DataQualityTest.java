package svo.analysis.quality;

import org.junit.jupiter.api.Test;
import svo.analysis.Area;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.store.Store;
import svo.testing.Records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DataQualityTest {
    private static Table run(Store store, Scope scope) {
        Result r = new DataQuality().run(store, scope);
        return r.table("completeness");
    }

    @Test
    void counts_the_occurrences_and_people_whose_records_are_incomplete_in_each_year() {
        try (Store store = Store.inMemory()) {
            Records r = new Records();
            LocalDate y1 = LocalDate.of(2023, 6, 1), y2 = LocalDate.of(2024, 6, 1);
            // 2023/24: 4 occurrences; 1 with coordinates, 2 with a qualifier, 3 with a suspect (one without ethnicity).
            r.add().on(y1).grid(435_000, 336_000).qualifiers("alcohol").suspect(20).person("victim", null, null, "M", "", "");
            r.add().on(y1).qualifiers("drugs").person("suspect", null, 30, "M", "white", "stranger");
            r.add().on(y1).person("suspect", null, 25, "F", "asian", "");
            r.add().on(y1);
            // 2024/25: 2 occurrences, neither located, one victim with an age.
            r.add().on(y2).victim(15);
            r.add().on(y2);
            r.load(store);
            Table t = run(store, Scope.of(null, Period.parse("FY2023-FY2024")));
            assertThat(t.find("Occurrences without coordinates", "2023/24")).containsExactly("Occurrences without coordinates", "2023/24", 3L, 4L, new BigDecimal("75.0"));
            assertThat(t.find("Occurrences with no qualifier recorded", "2023/24").subList(2, 4)).containsExactly(2L, 4L);
            assertThat(t.find("Occurrences without a known suspect", "2023/24").subList(2, 4)).containsExactly(1L, 4L);
            assertThat(t.find("Suspects whose ethnicity is not recorded", "2023/24").subList(2, 4)).containsExactly(1L, 3L);
            assertThat(t.find("Occurrences without coordinates", "2024/25").subList(2, 4)).containsExactly(2L, 2L);
            assertThat(t.find("Victims whose age is not recorded", "2023/24").subList(2, 4)).containsExactly(1L, 1L);
            assertThat(t.find("Victims whose age is not recorded", "2024/25").subList(2, 4)).containsExactly(0L, 1L);
        }
    }

    @Test
    void works_on_an_empty_store_and_for_one_district() {
        try (Store store = Store.inMemory()) {
            assertThat(run(store, Scope.of(null, Period.parse("FY2024"))).rows()).isEmpty();
            Records r = new Records();
            r.add().on(LocalDate.of(2024, 6, 1)).district("E06000015");
            r.add().on(LocalDate.of(2024, 6, 1)).district("E07000032");
            r.load(store);
            Scope derby = Scope.of(null, Period.parse("FY2024")).withArea(Area.district("E06000015", "Derby"));
            assertThat(run(store, derby).find("Occurrences without a district", "2024/25").subList(2, 4)).isEqualTo(List.of(0L, 1L));
        }
    }
}
