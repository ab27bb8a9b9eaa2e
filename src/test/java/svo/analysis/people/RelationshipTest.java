package svo.analysis.people;

import org.junit.jupiter.api.Test;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.definitions.Definition;
import svo.store.Store;
import svo.testing.PublishedTables;
import svo.testing.Records;
import svo.testing.TestDefinitions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RelationshipTest {
    static final Definition SVB = TestDefinitions.get("svb-2024");
    static final Period THREE_YEARS = Period.parse("FY2022-FY2024");
    static final String WINDOW = "2022/23 to 2024/25";

    /**
     * The SNA's relationship categories in the persons layout's vocabulary: the family and partner rows of the
     * printed table fold into "family" and "partner", employer and employee into "colleague".
     */
    static final Map<String, String> VOCABULARY = Map.ofEntries(Map.entry("Stranger", "stranger"),
            Map.entry("Acquaintance", "acquaintance"), Map.entry("Other", "other"), Map.entry("Not seen", "not_seen"),
            Map.entry("Neighbour", "neighbour"), Map.entry("Victim refuses to identify", "refused"),
            Map.entry("Child of offender", "family"), Map.entry("Other family member", "family"),
            Map.entry("Parent of offender", "family"), Map.entry("Sibling of offender", "family"),
            Map.entry("Ex partner", "ex_partner"), Map.entry("Boyfriend/girlfriend", "partner"),
            Map.entry("Spouse/defacto", "partner"), Map.entry("Employee of offender", "colleague"),
            Map.entry("Employer of offender", "colleague"));
    static final Map<String, String> PRODUCT_LABEL = Map.of("stranger", "Stranger", "acquaintance", "Acquaintance",
            "other", "Other", "not_seen", "Not seen", "neighbour", "Neighbour", "refused", "Victim refuses to identify",
            "family", "Family member", "ex_partner", "Ex-partner", "partner", "Partner", "colleague", "Colleague");

    static long cell(Table t, Object... keys) {
        return ((Number) t.find(keys).get(keys.length)).longValue();
    }

    static BigDecimal share(Table t, Object... keys) {
        return (BigDecimal) t.find(keys).get(keys.length + 1);
    }

    @Test
    void reproduces_the_published_relationship_counts_and_percentages_for_each_year_and_the_three_years() {
        var printed = PublishedTables.sna2025("relationship_yearly").rows();
        Records r = new Records();
        for (var row : printed) {
            for (int i = 0; i < Integer.parseInt(row.get("count")); i++) {
                r.add().offence("gbh_with_intent").on(RepeatTableRecords.dayIn(row.get("period"))).victim(30)
                        .person("suspect", null, 30, "M", "", VOCABULARY.get(row.get("relationship")));
            }
        }
        r.times(40, o -> o.offence("robbery_personal").on(LocalDate.of(2023, 5, 1)).suspect(20));   // no relationship recorded
        try (Store store = Store.inMemory()) {
            r.load(store);
            Result result = new Relationship().run(store, Scope.of(SVB, THREE_YEARS));
            Table t = result.table("by_year");
            Map<String, Long> merged = new LinkedHashMap<>();
            Map<String, Long> totals = new LinkedHashMap<>();
            for (var row : printed) {
                String v = VOCABULARY.get(row.get("relationship"));
                merged.merge(v + "|" + row.get("period"), Long.parseLong(row.get("count")), Long::sum);
                totals.merge(row.get("period"), Long.parseLong(row.get("count")), Long::sum);
                if (v.equals("family") || v.equals("partner") || v.equals("colleague")) continue;
                // Categories the vocabulary keeps as printed: count and % exactly as the SNA prints them.
                assertThat(cell(t, row.get("period"), PRODUCT_LABEL.get(v))).isEqualTo(Long.parseLong(row.get("count")));
                assertThat(share(t, row.get("period"), PRODUCT_LABEL.get(v))).as("%s %s", v, row.get("period"))
                        .isEqualTo(new BigDecimal(row.get("share_pct")));
            }
            for (var e : merged.entrySet()) {   // folded categories: the sum of their printed rows
                String[] k = e.getKey().split("\\|");
                assertThat(cell(t, k[1], PRODUCT_LABEL.get(k[0]))).isEqualTo(e.getValue());
            }
            // The printed Total column (three years): count and %, from checks.csv.
            for (String printedName : List.of("Stranger", "Acquaintance", "Other", "Not seen", "Neighbour", "Victim refuses to identify")) {
                String slug = printedName.toLowerCase().replace(' ', '_');
                assertThat(cell(t, WINDOW, PRODUCT_LABEL.get(VOCABULARY.get(printedName))))
                        .isEqualTo(Long.parseLong(PublishedTables.check("relationship_yearly", slug + "_total_count").expected()));
                assertThat(share(t, WINDOW, PRODUCT_LABEL.get(VOCABULARY.get(printedName))))
                        .isEqualTo(new BigDecimal(PublishedTables.check("relationship_yearly", slug + "_total_pct").expected()));
            }
            assertThat(totals.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(4896);
            assertThat(t.rows().stream().filter(row -> row.get(0).equals(WINDOW)).mapToLong(row -> (Long) row.get(2)).sum()).isEqualTo(4896);
            // §1.2 rounds to whole numbers: 46% stranger (45.5), and "18%" acquaintance, which truncates 18.7
            // (checks.csv acquaintance_pct_exec_summary); the product's figure is 18.7.
            assertThat(result.figure("stranger_pct")).isEqualTo(new BigDecimal("45.5"));
            assertThat(result.figure("acquaintance_pct")).isEqualTo(new BigDecimal("18.7"));
            assertThat(result.figure("relationship_not_recorded")).isEqualTo(40L);
            // Printed order: by count over the three years.
            assertThat(t.rows().get(0).subList(0, 2)).containsExactly("2022/23", "Stranger");
            assertThat(t.rows().get(1).subList(0, 2)).containsExactly("2022/23", "Acquaintance");
        }
    }

    @Test
    void reproduces_the_published_stranger_and_acquaintance_shares_by_district() {
        // The district table prints shares only (period not printed): 1,000 occurrences with a recorded
        // relationship per district give every printed share exactly.
        var printed = PublishedTables.sna2025("relationship_by_district").rows();
        Map<String, Map<String, BigDecimal>> byDistrict = new LinkedHashMap<>();
        for (var row : printed) byDistrict.computeIfAbsent(row.get("district"), d -> new LinkedHashMap<>())
                .put(row.get("relationship"), new BigDecimal(row.get("share_pct")));
        Records r = new Records();
        for (var e : byDistrict.entrySet()) {
            int stranger = e.getValue().get("Stranger").movePointRight(1).intValueExact();
            int acquaintance = e.getValue().get("Acquaintance").movePointRight(1).intValueExact();
            for (int i = 0; i < 1000; i++) {
                String rel = i < stranger ? "stranger" : i < stranger + acquaintance ? "acquaintance" : "other";
                r.add().offence("robbery_personal").on(LocalDate.of(2023 + i % 2, 7, 1)).district(e.getKey())
                        .person("suspect", null, 25, "M", "", rel);
            }
        }
        try (Store store = Store.inMemory()) {
            r.load(store);
            Table t = new Relationship().run(store, Scope.of(SVB, THREE_YEARS)).table("by_district");
            for (var row : printed) {
                assertThat(share(t, row.get("district"), row.get("relationship"))).as("%s %s", row.get("district"), row.get("relationship"))
                        .isEqualTo(new BigDecimal(row.get("share_pct")));
            }
            assertThat(share(t, "Derby", "Stranger")).isEqualTo(new BigDecimal("50.5"));   // "higher levels for stranger assaults"
        }
    }

    @Test
    void reproduces_the_published_victim_by_suspect_age_matrix() {
        var printed = PublishedTables.sna2025("victim_suspect_age_matrix").rows();
        Records r = new Records();
        for (var row : printed) {
            for (int i = 0; i < Integer.parseInt(row.get("count")); i++) {
                r.add().offence("gbh_with_intent").on(LocalDate.of(2023, 9, 1)).victim(ageIn(row.get("victim_age_group")))
                        .suspect(ageIn(row.get("suspect_age_group")));
            }
        }
        try (Store store = Store.inMemory()) {
            r.load(store);
            Result result = new Relationship().run(store, Scope.of(SVB, THREE_YEARS));
            Table t = result.table("age_matrix");
            for (var row : printed) {
                assertThat(cell(t, WINDOW, row.get("victim_age_group"), row.get("suspect_age_group")))
                        .isEqualTo(Long.parseLong(row.get("count")));
            }
            assertThat(result.figure("pairs")).isEqualTo(2687L);
            // "Overall, 44% of victims and suspects are in the same age group": 1,196 of 2,687 = 44.5%; the
            // document truncates (checks.csv same_age_group_pct).
            assertThat(result.figure("same_group_pct")).isEqualTo(new BigDecimal("44.5"));
            // "For the age group 10-19 years, 20% (567)": 567 of the 2,687 pairs is 21.1% (checks.csv
            // same_group_10_19_pct, material); the product prints 21.1.
            assertThat(result.figure("same_group_10_19_pct")).isEqualTo(new BigDecimal("21.1"));
        }
    }

    @Test
    void an_occurrence_pairs_every_victim_with_every_other_suspect_and_counts_each_relationship_once() {
        Records r = new Records();
        r.add().offence("robbery_personal").person("victim", "A", 15, "M", "", "").person("victim", "B", 35, "F", "", "")
                .person("suspect", "C", 16, "M", "", "stranger").person("suspect", "D", 17, "M", "", "stranger")
                .person("suspect", "A", 15, "M", "", "acquaintance");   // A was also a suspect: never paired with A
        try (Store store = Store.inMemory()) {
            r.load(store);
            Result result = new Relationship().run(store, Scope.of(SVB, Period.fy(2024)));
            Table years = result.table("by_year");
            assertThat(cell(years, "2024/25", "Stranger")).isEqualTo(1);
            assertThat(cell(years, "2024/25", "Acquaintance")).isEqualTo(1);
            Table m = result.table("age_matrix");
            assertThat(cell(m, "2024/25", "10-19", "10-19")).isEqualTo(2);   // A with C and D
            assertThat(cell(m, "2024/25", "30-39", "10-19")).isEqualTo(3);   // B with C, D and A
            assertThat(result.figure("pairs")).isEqualTo(5L);
        }
    }

    static int ageIn(String group) {
        return group.equals("40+") ? 45 : Integer.parseInt(group.substring(0, group.indexOf('-'))) + 5;
    }
}
