package svo.analysis.people;

import org.junit.jupiter.api.Test;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Rounding;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.definitions.Definition;
import svo.store.Store;
import svo.testing.PublishedTables;
import svo.testing.Records;
import svo.testing.TestDefinitions;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class QualifiersTest {
    static final Definition SVB = TestDefinitions.get("svb-2024");
    static final Period THREE_YEARS = Period.parse("FY2022-FY2024");
    static final Map<String, String> CODE = Map.of("Homicide", "murder", "Possession of weapons", "possession_bladed_article",
            "Robbery (Business)", "robbery_business", "Robbery (Personal)", "robbery_personal", "Violence with injury", "gbh_with_intent");

    /** The number of occurrences out of {@code n} whose share rounds half-up to the printed one, or -1. */
    static int countFor(BigDecimal printed, int n) {
        for (int k = 0; k <= n; k++) if (Rounding.percent(k, n).compareTo(printed) == 0) return k;
        return -1;
    }

    @Test
    void reproduces_the_published_alcohol_and_drugs_shares_by_offence_type_and_year() {
        // Denominators: the §3.2 counts per offence type and year (sv_yearly). §3.2 prints robbery as one row;
        // §6 splits it into business and personal without printing the split, so the test takes the smallest
        // number of business robberies for which both printed shares are whole counts.
        Map<String, Integer> occurrences = new LinkedHashMap<>();
        for (var row : PublishedTables.sna2025("sv_yearly").rows()) {
            if (row.get("category").equals("Serious Violence") && row.get("cohort").equals("all")) {
                occurrences.put(row.get("offence_type") + "|" + row.get("period"), Integer.parseInt(row.get("count")));
            }
        }
        var printed = PublishedTables.sna2025("qualifiers_alcohol_drugs").rows();
        Map<String, BigDecimal> pct = new LinkedHashMap<>();
        for (var row : printed) pct.put(row.get("offence_type") + "|" + row.get("period"), new BigDecimal(row.get("alcohol_drugs_pct")));
        for (String year : List.of("2022/23", "2023/24", "2024/25")) {
            int robbery = occurrences.remove("Robbery|" + year);
            int business = 1;
            while (countFor(pct.get("Robbery (Business)|" + year), business) < 0
                    || countFor(pct.get("Robbery (Personal)|" + year), robbery - business) < 0) business++;
            occurrences.put("Robbery (Business)|" + year, business);
            occurrences.put("Robbery (Personal)|" + year, robbery - business);
        }
        Records r = new Records();
        String[] mix = {"alcohol", "alcohol;drugs", "drugs", "alcohol;nte"};
        for (var e : occurrences.entrySet()) {
            String[] k = e.getKey().split("\\|");
            int n = e.getValue(), with = countFor(pct.get(e.getKey()), n);
            assertThat(with).as("a whole count for %s", e.getKey()).isNotNegative();
            for (int i = 0; i < n; i++) {
                // Those without alcohol or drugs: a third carry another qualifier, the rest none.
                String q = i < with ? mix[i % mix.length] : i % 3 == 0 ? "youth" : "";
                r.add().offence(CODE.get(k[0])).on(RepeatTableRecords.dayIn(k[1]).plusDays(i % 150)).qualifiers(q);
            }
        }
        try (Store store = Store.inMemory()) {
            r.load(store);
            Result result = new Qualifiers().run(store, Scope.of(SVB, THREE_YEARS));
            Table t = result.table("by_offence");
            for (var row : printed) {
                assertThat(t.find(row.get("period"), row.get("offence_type")).get(8)).as("%s %s", row.get("offence_type"), row.get("period"))
                        .isEqualTo(new BigDecimal(row.get("alcohol_drugs_pct")));
            }
            // Homicide 50.0 / 33.3 / 16.7 are 1 of 2, 3 of 9, 1 of 6 (§3.2's homicides).
            assertThat(t.find("2023/24", "Homicide").subList(2, 3)).containsExactly(9L);
            assertThat(t.find("2023/24", "All offence types").get(2)).isEqualTo(2523L);
            // §6: "on average over the last three years, 30% of all serious violence offences involved alcohol,
            // drugs or both". From the printed shares and §3.2's counts the three years give 30.7% (2,209 of 7,187),
            // which a sentence rounds to 31%: the document truncates; the product rounds (30.7 here, "31%" in prose).
            assertThat(result.figure("alcohol_or_drugs_pct")).isEqualTo(new BigDecimal("30.7"));
            assertThat(result.table("by_offence").find("2022/23 to 2024/25", "All offence types").get(7)).isEqualTo(2209L);
            assertThat(result.notes()).anyMatch(n -> n.startsWith("Qualifiers are optional for officers"));
        }
    }

    @Test
    void alcohol_and_drugs_together_count_once_and_the_share_with_no_qualifier_is_stated() {
        Records r = new Records();
        r.add().offence("gbh_with_intent").qualifiers("alcohol;drugs");
        r.add().offence("gbh_with_intent").qualifiers("alcohol");
        r.add().offence("gbh_with_intent").qualifiers("mental_health");
        r.add().offence("gbh_with_intent");
        r.add().offence("abh").qualifiers("alcohol");   // outside the definition
        try (Store store = Store.inMemory()) {
            r.load(store);
            Result result = new Qualifiers().run(store, Scope.of(SVB, Period.fy(2024)));
            assertThat(result.table("by_offence").find("2024/25", "Violence with injury")).containsExactly("2024/25",
                    "Violence with injury", 4L, 2L, new BigDecimal("50.0"), 1L, new BigDecimal("25.0"), 2L, new BigDecimal("50.0"),
                    1L, new BigDecimal("25.0"));
            assertThat(result.figure("no_qualifier_pct")).isEqualTo(new BigDecimal("25.0"));
            assertThat(result.notes()).contains("Qualifiers are optional for officers, so these shares are lower bounds: "
                    + "25.0% of occurrences carry no qualifier at all.");
        }
    }

}
