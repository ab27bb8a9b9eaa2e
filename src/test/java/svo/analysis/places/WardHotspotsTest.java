package svo.analysis.places;

import org.junit.jupiter.api.Test;
import svo.analysis.Area;
import svo.analysis.Comparison;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.store.Store;
import svo.testing.Records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WardHotspotsTest {
    @Test
    void reproduces_the_published_top_15_wards_and_their_shares_of_11532_offences() {
        var published = SnaFixtures.read("par2026_top15_wards.csv");
        Map<String, String> districts = Map.of("Derby", "E06000015", "Chesterfield", "E07000034", "Amber Valley", "E07000032",
                "Erewash", "E07000036");
        try (Store store = Store.inMemory()) {
            TestGeography geo = new TestGeography(store);
            districts.forEach((name, code) -> geo.district(code, name));
            Records r = new Records();
            long top = 0;
            for (int i = 0; i < published.size(); i++) {
                var row = published.get(i);
                String code = String.format("E0590%04d", i);
                geo.area("ward", code, row.get("ward"), districts.get(row.get("district")), null, null);
                int n = Integer.parseInt(row.get("offence_count"));
                top += n;
                r.times(n, o -> o.offence("gbh_with_intent").on(LocalDate.of(2025, 3, 1)).ward(code));
            }
            // The other 11,532 − top-15 offences: 60 smaller wards of at most 140, and the rest with no ward.
            long rest = 11_532 - top;
            int wards = 0;
            while (rest > 200) {
                String code = String.format("E0591%04d", wards++);
                geo.area("ward", code, "Other ward " + wards, "E07000036", null, null);
                int n = 100 + wards % 40;
                rest -= n;
                r.times(n, o -> o.offence("robbery_personal").on(LocalDate.of(2025, 7, 1)).ward(code));
            }
            r.times((int) rest, o -> o.offence("abh").on(LocalDate.of(2025, 12, 31)));
            r.times(50, o -> o.offence("abh").on(LocalDate.of(2026, 1, 1)).ward("E05900000"));   // after the year
            r.load(store);

            Result res = new WardHotspots().run(store, new Scope(TestDefinition.SERIOUS_VIOLENCE, false, Period.parse("YE2025-12"),
                    Area.ALL, Comparison.PREVIOUS, Map.of()));
            Table t = res.table("top_wards");
            assertThat(t.rows()).hasSize(15);
            for (int i = 0; i < 15; i++) {
                var p = published.get(i);
                assertThat(t.value(i, "ward")).isEqualTo(p.get("ward"));
                assertThat(t.value(i, "district")).isEqualTo(p.get("district"));
                assertThat(t.value(i, "period")).isEqualTo(p.get("period"));
                assertThat(t.value(i, "offence_count")).isEqualTo(Long.parseLong(p.get("offence_count")));
                assertThat(t.value(i, "share_pct")).as(p.get("ward")).isEqualTo(new BigDecimal(p.get("share_pct")));
            }
            assertThat(res.figure("all_records_ye_dec_25")).isEqualTo(11_532L);
        }
    }
}
