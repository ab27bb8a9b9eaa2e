package svo.analysis.people;

import org.junit.jupiter.api.Test;
import svo.analysis.Area;
import svo.analysis.Comparison;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.definitions.Definition;
import svo.store.Store;
import svo.testing.Records;
import svo.testing.TestDefinitions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SexProfileTest {
    static final Definition SVB = TestDefinitions.get("svb-2024");
    @Test
    void reproduces_the_fall_in_male_suspects_from_1532_to_1154_against_the_first_year() {
        // §4.6: "a 25% reduction in the number of male suspects, falling from 1532 to 1154" (chart data, not tabled).
        Records r = new Records();
        r.times(1532, o -> o.offence("robbery_personal").on(LocalDate.of(2022, 6, 1)).suspect(20, "M"));
        r.times(1300, o -> o.offence("robbery_personal").on(LocalDate.of(2023, 6, 1)).suspect(20, "M"));
        r.times(1154, o -> o.offence("robbery_personal").on(LocalDate.of(2024, 6, 1)).suspect(20, "M"));
        r.times(200, o -> o.offence("robbery_personal").on(LocalDate.of(2024, 6, 1)).suspect(20, "F"));
        try (Store store = Store.inMemory()) {
            r.load(store);
            Period years = Period.parse("FY2022-FY2024");
            Scope first = new Scope(SVB, false, years, Area.ALL, Comparison.FIRST, Map.of());
            Result result = SexProfile.suspects().run(store, first);
            assertThat(result.table("change").find("Male")).containsExactly("Male", "2022/23", "2024/25", 1532L, 1154L,
                    -378L, new BigDecimal("-24.7"));   // printed in a sentence as "25%"
            assertThat(result.table("change").title()).contains("compared with the first period");
            Result previous = SexProfile.suspects().run(store, Scope.of(SVB, years));
            assertThat(previous.table("change").find("Male")).containsExactly("Male", "2023/24", "2024/25", 1300L, 1154L,
                    -146L, new BigDecimal("-11.2"));
            assertThat(result.table("by_sex").find("2024/25", "Female").get(2)).isEqualTo(200L);
            assertThat(result.table("by_sex").find("2022/23 to 2024/25", "Male").get(3)).isEqualTo(new BigDecimal("95.2"));   // 3,986 of 4,186
        }
    }

    @Test
    void a_person_counts_once_with_the_first_sex_recorded_and_u_is_not_recorded() {
        Records r = new Records();
        r.add().offence("robbery_personal").on(LocalDate.of(2024, 5, 1)).person("victim", "A", 30, "U", "", "");
        r.add().offence("robbery_personal").on(LocalDate.of(2024, 6, 1)).person("victim", "A", 30, "F", "", "");
        r.add().offence("robbery_personal").on(LocalDate.of(2024, 7, 1)).person("victim", "A", 30, "M", "", "");
        r.add().offence("robbery_personal").on(LocalDate.of(2024, 7, 1)).person("victim", "B", 30, "U", "", "");
        r.add().offence("robbery_personal").on(LocalDate.of(2024, 7, 1)).person("victim", "C", 30, "X", "", "");
        try (Store store = Store.inMemory()) {
            r.load(store);
            var t = SexProfile.victims().run(store, Scope.of(SVB, Period.fy(2024))).table("by_sex");
            assertThat(t.find("2024/25", "Female").get(2)).isEqualTo(1L);
            assertThat(t.find("2024/25", "Male").get(2)).isEqualTo(0L);
            assertThat(t.find("2024/25", "Other").get(2)).isEqualTo(1L);
            assertThat(t.find("2024/25", "Not recorded").get(2)).isEqualTo(1L);
            assertThat(t.find("2024/25", "Not recorded").get(3)).isEqualTo(new BigDecimal("33.3"));
        }
    }
}
