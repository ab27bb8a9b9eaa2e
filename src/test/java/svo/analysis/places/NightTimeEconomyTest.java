package svo.analysis.places;

import org.junit.jupiter.api.Test;
import svo.analysis.Area;
import svo.analysis.Comparison;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.definitions.DefinitionRegistry;
import svo.store.Store;
import svo.testing.Records;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NightTimeEconomyTest {
    /** The SNA's NTE types, as printed, with an offence code of each and the product's label. */
    private static final Map<String, String[]> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("Homicide", new String[] {"murder", "Homicide"});
        TYPES.put("Violence With Injury", new String[] {"abh", "Violence with injury"});
        TYPES.put("Violence Without Injury", new String[] {"common_assault", "Violence without injury"});
        TYPES.put("Stalking and Harassment", new String[] {"harassment", "Stalking and harassment"});
        TYPES.put("Rape", new String[] {"rape", "Rape"});
        TYPES.put("Other Sexual Offences", new String[] {"other_sexual", "Other sexual offences"});
        TYPES.put("Robbery Of Personal Property", new String[] {"robbery_personal", "Robbery of personal property"});
        TYPES.put("Theft From the Person", new String[] {"theft_from_person", "Theft from the person"});
        TYPES.put("Arson and Criminal Damage", new String[] {"criminal_damage", "Arson and criminal damage"});
        TYPES.put("Drug Trafficking", new String[] {"drug_trafficking", "Drug trafficking"});
        TYPES.put("Drug Possession", new String[] {"drug_possession", "Drug possession"});
        TYPES.put("Public Disorder", new String[] {"public_order", "Public disorder"});
        TYPES.put("Possession Of Weapons Offences", new String[] {"possession_bladed_article", "Possession of weapons offences"});
        TYPES.put("All Other Offences", new String[] {"robbery_business", "All other offences"});
    }

    private static final String[] PERIODS = {"2022/23", "2023/24", "2024/25"};

    /**
     * Expands the SNA's NTE tables into occurrences: for each year a type × district table whose margins are both
     * printed tables (filled north-west corner first), each offence at night inside its district's NTE area. Then
     * offences that must not count: at 06:00 exactly, at noon, at night outside every NTE area, and of a type outside
     * the nte-offences definition; and some that must, at 18:00 exactly. "All Other Offences" are robberies of business
     * property, which the definition lists and the SNA's table has no row for.
     */
    private static Store loadPublishedNte() {
        var byType = SnaFixtures.read("nte_by_type.csv");
        var byDistrict = SnaFixtures.read("nte_by_district.csv");
        var rates = SnaFixtures.read("nte_district_rates.csv");
        Store store = Store.inMemory();
        TestGeography geo = new TestGeography(store);
        List<String> districts = new ArrayList<>();
        for (int d = 0; d < rates.size(); d++) {
            var r = rates.get(d);
            String code = r.get("district").equals("Derby") ? "E06000015" : String.format("E070000%02d", 32 + d - 1);
            districts.add(r.get("district"));
            geo.district(code, r.get("district")).population(code, 2024, Long.parseLong(r.get("population")))
                    .area("nte", "NTE" + d, r.get("district") + " town centre", code, null, TestGeography.square(400_000 + 5000 * d, 300_000, 1000));
        }
        Records rec = new Records();
        for (int y = 0; y < 3; y++) {
            String period = PERIODS[y];
            long[] typeLeft = TYPES.keySet().stream().mapToLong(t -> count(byType, "offence_type", t, period)).toArray();
            long[] districtLeft = districts.stream().mapToLong(d -> count(byDistrict, "district", d, period)).toArray();
            LocalDate start = LocalDate.of(2022 + y, 4, 1);
            List<String[]> types = new ArrayList<>(TYPES.values());
            int t = 0, d = 0;
            while (t < typeLeft.length && d < districtLeft.length) {
                long n = Math.min(typeLeft[t], districtLeft[d]);
                final int dd = d;
                final String offence = types.get(t)[0];
                for (long k = 0; k < n; k++) {
                    LocalDateTime when = start.plusDays(k % 365).atTime(k % 7 == 0 ? 18 : k % 7 == 1 ? 5 : 22, k % 7 == 1 ? 59 : 0);
                    rec.add().offence(offence).at(when).district(districts.get(dd)).grid(400_500 + 5000 * dd, 300_500);
                }
                typeLeft[t] -= n;
                districtLeft[d] -= n;
                if (typeLeft[t] == 0) t++;
                if (districtLeft[d] == 0) d++;
            }
        }
        rec.times(40, o -> o.offence("abh").at(LocalDateTime.of(2023, 6, 1, 6, 0)).district("Derby").grid(400_500, 300_500));
        rec.times(40, o -> o.offence("abh").at(LocalDateTime.of(2023, 6, 1, 12, 0)).district("Derby").grid(400_500, 300_500));
        rec.times(40, o -> o.offence("abh").at(LocalDateTime.of(2023, 6, 1, 23, 0)).district("Derby").grid(402_500, 300_500));
        rec.times(40, o -> o.offence("other_theft").at(LocalDateTime.of(2023, 6, 1, 23, 0)).district("Derby").grid(400_500, 300_500));
        rec.load(store);
        return store;
    }

    private static long count(List<Map<String, String>> rows, String key, String value, String period) {
        return rows.stream().filter(r -> r.get(key).equals(value) && r.get("period").equals(period))
                .mapToLong(r -> Long.parseLong(r.get("count"))).findFirst().orElseThrow();
    }

    @Test
    void reproduces_the_published_nte_tables_by_type_and_district_and_the_rates_from_the_unrounded_averages() {
        try (Store store = loadPublishedNte()) {
            Result r = new NightTimeEconomy().run(store, new Scope(DefinitionRegistry.standard().resolve("nte-offences", false), false,
                    Period.parse("FY2022-FY2024"),
                    Area.ALL, Comparison.PREVIOUS, Map.of()));
            Table types = r.table("by_type");
            for (var row : SnaFixtures.read("nte_by_type.csv")) {
                String label = TYPES.get(row.get("offence_type"))[1];
                assertThat(types.find(label, row.get("period"))).as(label + " " + row.get("period"))
                        .containsExactly(label, row.get("period"), Long.parseLong(row.get("count")));
            }
            Table districts = r.table("by_district");
            for (var row : SnaFixtures.read("nte_by_district.csv")) {
                assertThat(districts.find(row.get("district"), row.get("period"))).as(row.get("district") + " " + row.get("period"))
                        .containsExactly(row.get("district"), row.get("period"), Long.parseLong(row.get("count")));
            }
            assertThat(r.figure("total_2022_23")).isEqualTo(9819L);
            assertThat(r.figure("total_2024_25")).isEqualTo(9736L);
            assertThat(r.figure("average_per_period")).isEqualTo(new BigDecimal("9763.3"));
            // The SNA prints −0.84% (truncated); the product rounds half-up to one decimal.
            assertThat(r.figure("total_change_pct")).isEqualTo(new BigDecimal("-0.8"));

            // Change first to last: the SNA truncates to two decimals; ours rounds to one. Every printed change is
            // within rounding of ours except Rape, printed −8.03% where its counts (223 → 206) give −7.6%.
            Table change = r.table("by_type_change");
            var counts = SnaFixtures.read("nte_by_type.csv");
            for (var row : SnaFixtures.read("nte_by_type_change.csv")) {
                String label = TYPES.get(row.get("offence_type"))[1];
                long first = count(counts, "offence_type", row.get("offence_type"), "2022/23");
                long last = count(counts, "offence_type", row.get("offence_type"), "2024/25");
                BigDecimal expected = BigDecimal.valueOf(100 * (last - first)).divide(BigDecimal.valueOf(first), 1, RoundingMode.HALF_UP);
                BigDecimal ours = (BigDecimal) change.find(label).get(5);
                assertThat(ours).as(label).isEqualTo(expected);
                BigDecimal printed = new BigDecimal(row.get("change_pct"));
                if (label.equals("Rape")) assertThat(ours).isEqualTo(new BigDecimal("-7.6"));
                else assertThat(ours.subtract(printed).abs()).as(label + " against the printed " + printed).isLessThanOrEqualTo(new BigDecimal("0.06"));
            }

            // Rates: population as printed; the average is the unrounded mean of the three years. Two printed rates
            // depart: Derby 7.4 uses a printed average of 1,909 that is not the mean of its years (1,886.3 → 7.3),
            // and South Derbyshire 4.1 uses the truncated 448 (448.7 → 4.2).
            Table rates = r.table("district_rates");
            for (var row : SnaFixtures.read("nte_district_rates.csv")) {
                String name = row.get("district");
                List<Object> ours = rates.find(name);
                assertThat(ours.get(1)).as(name).isEqualTo(Long.parseLong(row.get("population")));
                assertThat(ours.get(2)).isEqualTo(2024L);
                BigDecimal expected = switch (name) {
                    case "Derby" -> new BigDecimal("7.3");
                    case "South Derbyshire" -> new BigDecimal("4.2");
                    default -> new BigDecimal(row.get("per_1000"));
                };
                assertThat(ours.get(5)).as(name).isEqualTo(expected);
            }
            assertThat(rates.find("Derby").get(4)).isEqualTo(new BigDecimal("1886.3"));
        }
    }

    @Test
    void police_uk_data_counts_nte_areas_at_any_hour_and_says_the_hours_cannot_be_applied() {
        try (Store store = Store.inMemory()) {
            Result r = new NightTimeEconomy().run(store, new Scope(DefinitionRegistry.standard().resolve("police-uk-sv-upper", false), false,
                    Period.parse("YE2021-12"), Area.ALL, Comparison.PREVIOUS, Map.of()));
            assertThat(r.table("by_type").title()).startsWith("Any hour:");
            assertThat(r.notes()).anyMatch(n -> n.contains("police.uk data has no time of day") && n.contains("not NTE crimes as the SNA counts them"));
            assertThat(r.figure("hours")).isEqualTo("not applicable (police.uk has no time of day)");
        }
    }
}
