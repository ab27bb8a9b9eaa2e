package svo.analysis.people;

import org.junit.jupiter.api.Test;
import svo.analysis.Analysis;
import svo.analysis.AnalysisCatalog;
import svo.analysis.Area;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.definitions.Definition;
import svo.store.Store;
import svo.testing.Records;
import svo.testing.TestDefinitions;
import svo.testing.TestGeography;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleAnalysesTest {
    static final Definition SVB = TestDefinitions.get("svb-2024");
    @Test
    void every_people_analysis_is_in_the_catalogue_in_sna_order() {
        assertThat(PeopleAnalyses.all()).extracting(Analysis::id).containsExactly("overlap", "victims.age", "victims.sex",
                "repeat", "relationship", "suspects.age", "suspects.sex", "ethnicity", "warning-markers", "qualifiers");
        for (Analysis a : PeopleAnalyses.all()) assertThat(AnalysisCatalog.standard().find(a.id())).get().hasSameClassAs(a);
    }

    @Test
    void every_people_analysis_runs_on_an_empty_store_and_returns_empty_tables() {
        try (Store store = Store.inMemory()) {
            for (Analysis a : PeopleAnalyses.all()) {
                Result r = a.run(store, Scope.of(SVB, Period.parse("FY2022-FY2024")));
                assertThat(r.tables()).as(a.id()).isNotEmpty();
                for (Table t : r.tables()) assertThat(t.rows()).as(a.id() + " " + t.id()).isEmpty();
                assertThat(r.notes()).as(a.id()).anyMatch(n -> n.contains("svb-2024 v1.0, 2022/23 to 2024/25, all areas"));
            }
        }
    }

    @Test
    void the_area_narrows_every_analysis_to_the_city_the_county_or_one_district() {
        Records r = new Records();
        LocalDate day = LocalDate.of(2024, 6, 1);
        r.times(3, o -> o.offence("robbery_personal").on(day).district("E06000015").victim(15).suspect(16));
        r.times(2, o -> o.offence("robbery_personal").on(day).district("E07000032").victim(15).suspect(16));
        r.times(1, o -> o.offence("robbery_personal").on(day).district("E07000034").victim(15).suspect(16));
        try (Store store = Store.inMemory()) {
            TestGeography.districts(store);
            r.load(store);
            Scope all = Scope.of(SVB, Period.fy(2024));
            assertThat(victims(store, all)).isEqualTo(6);
            assertThat(victims(store, all.withArea(Area.CITY))).isEqualTo(3);
            assertThat(victims(store, all.withArea(Area.COUNTY))).isEqualTo(3);
            assertThat(victims(store, all.withArea(Area.district("E07000032", "Amber Valley")))).isEqualTo(2);
            for (Analysis a : PeopleAnalyses.all()) {
                assertThat(a.run(store, all.withArea(Area.district("E07000034", "Chesterfield"))).notes()).as(a.id())
                        .anyMatch(n -> n.endsWith("Chesterfield"));
            }
        }
    }

    private static long victims(Store store, Scope scope) {
        return (Long) new VictimSuspectOverlap().run(store, scope).figure("victims");
    }

}
