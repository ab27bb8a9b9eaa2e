package svo.analysis.trend;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import svo.analysis.Area;
import svo.analysis.Comparison;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.store.Store;
import svo.testing.PublishedTables;
import svo.testing.Records;
import svo.testing.TestDefinitions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KnifeHomeOfficeTest {
    private static final Period YEARS = Period.parse("YE2023-12-YE2025-12");
    private static Store store;

    /**
     * Records for the PA report's knife-crime table: each printed count as knife-enabled occurrences of that type,
     * the first of each year's occurrences flagged domestic abuse up to the printed domestic-abuse count; and a
     * knife possession a year, which the Home Office measure leaves out.
     */
    @BeforeAll
    static void load() {
        store = Store.inMemory();
        Records r = new Records();
        var table = PublishedTables.sna2025("par2026_knife_crime_ho");
        var da = PublishedTables.sna2025("par2026_knife_crime_ho_domestic_abuse");
        for (String period : table.distinct("period")) {
            var span = PublishedTables.span(period);
            long domestic = da.where("period", period).value("da_related_count");
            int[] i = {0};
            for (String type : table.distinct("offence_type")) {
                long n = table.where("offence_type", type).where("period", period).value("count");
                String code = PublishedTables.offenceCode(type, true);
                r.times((int) n, o -> o.offence(code).knife().domestic(i[0] < domestic)
                        .on(PublishedTables.day(span, i[0]++ % 300, 300)).victim(30).suspect(30));
            }
            r.add().offence("possession_bladed_article").knife().on(span.start().plusDays(3)).victim(30).suspect(30);
        }
        r.load(store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Result run(Comparison comparison) {
        return new KnifeHomeOffice().run(store, new Scope(TestDefinitions.get("ho-knife-crime"), false, YEARS, Area.ALL, comparison, Map.of()));
    }

    @Test
    void reproduces_the_home_office_knife_crime_table_and_its_totals() {
        Table t = run(Comparison.PREVIOUS).table("by_offence_type");
        for (var row : PublishedTables.sna2025("par2026_knife_crime_ho").rows()) {
            assertThat(t.find(row.get("offence_type"), row.get("period")).get(2)).as(row.toString()).isEqualTo(Long.parseLong(row.get("count")));
        }
        for (String ye : new String[] {"25", "24", "23"}) {
            assertThat(t.find("total", "YE Dec " + ye).get(2)).isEqualTo(PublishedTables.check("par2026_knife_crime_ho", "total_ye_dec_" + ye).printedCount());
        }
    }

    @Test
    void reproduces_the_domestic_abuse_related_share_of_32_4_percent() {
        Table t = run(Comparison.PREVIOUS).table("domestic_abuse");
        for (var row : PublishedTables.sna2025("par2026_knife_crime_ho_domestic_abuse").rows()) {
            assertThat(t.find(row.get("period"))).as(row.toString()).contains(Long.parseLong(row.get("da_related_count")),
                    new BigDecimal(row.get("da_related_share_pct")));
        }
    }

    /**
     * checks.csv robbery_business_ye_dec_24_to_ye_dec_25: the report prints +37% for business robbery (24 to 37),
     * which is +54.2%; and -35.8% for personal robbery against YE Dec 23, which is -35.7%. The product computes
     * both from the counts. The domestic-abuse share is compared in percentage points (+3.7), not as the
     * report's relative change of the share (12.8%).
     */
    @Test
    void computes_the_changes_from_the_counts_where_the_report_misprints_them() {
        Table previous = run(Comparison.PREVIOUS).table("changes");
        assertThat(previous.find("Robbery - Business")).contains(24L, 37L, new BigDecimal("54.2"));
        assertThat(previous.find("total")).contains(749L, 781L, new BigDecimal("4.3"));
        Table first = run(Comparison.FIRST).table("changes");
        assertThat(first.find("Robbery - Personal")).contains("YE Dec 23", 207L, 133L, new BigDecimal("-35.7"), "down");
        assertThat(first.find("total")).contains(843L, 781L, new BigDecimal("-7.4"));
        assertThat(run(Comparison.PREVIOUS).table("domestic_abuse_change").find("domestic-abuse related share"))
                .contains(new BigDecimal("28.7"), new BigDecimal("32.4"), new BigDecimal("3.7"));
    }

    @Test
    void defaults_to_the_last_three_complete_years_ending_december() {
        assertThat(new KnifeHomeOffice().defaultPeriod(LocalDate.of(2026, 5, 15)).labels())
                .containsExactly("YE Dec 23", "YE Dec 24", "YE Dec 25");
        assertThat(new KnifeHomeOffice().defaultDefinition()).isEqualTo("ho-knife-crime");
    }
}
