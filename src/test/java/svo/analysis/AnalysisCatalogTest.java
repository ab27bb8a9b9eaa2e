package svo.analysis;

import org.junit.jupiter.api.Test;
import svo.store.Store;
import svo.testing.TestDefinitions;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisCatalogTest {
    private static final List<String> POLICE = List.of("trend.offence-type", "trend.violence-with-injury", "headline", "cost", "district",
            "monthly", "hour-weekday", "knife", "knife.ho", "stop-search", "outcomes");

    /**
     * Every analysis runs on an empty store without failing, and those of police data return tables with no rows.
     * (The places analyses have their own empty-store rules in svo.analysis.places: hotspots.statistical lists its
     * settings and a one-cell grid.)
     */
    @Test
    void every_catalogued_analysis_runs_on_an_empty_store_and_those_of_police_data_return_empty_tables() {
        AnalysisCatalog catalog = AnalysisCatalog.standard(TestDefinitions.lookup());
        try (Store store = Store.inMemory()) {
            for (Analysis a : catalog.all()) {
                String def = a.defaultDefinition();
                Scope scope = Scope.of(def == null ? null : TestDefinitions.get(def), a.defaultPeriod(LocalDate.of(2025, 6, 1)));
                Result r = a.run(store, scope);
                assertThat(r.analysisId()).isEqualTo(a.id());
                assertThat(r.tables()).as(a.id()).isNotEmpty();
                assertThat(r.notes()).as(a.id()).isNotEmpty();
                if (a.getClass().getPackageName().startsWith("svo.analysis.places")) continue;
                for (Table t : r.tables()) assertThat(t.rows()).as(a.id() + " " + t.id()).isEmpty();
            }
        }
    }

    @Test
    void lists_every_police_analysis_of_this_part_with_its_sna_section() {
        AnalysisCatalog catalog = AnalysisCatalog.standard(TestDefinitions.lookup());
        for (String id : POLICE) {
            Analysis a = catalog.find(id).orElseThrow(() -> new AssertionError("missing " + id));
            assertThat(a.section()).isNotBlank();
            assertThat(a.title()).isNotBlank();
            assertThat(a.datasets()).isNotEmpty();
        }
    }

    @Test
    void the_default_period_is_the_last_three_complete_financial_years() {
        Analysis a = AnalysisCatalog.standard(TestDefinitions.lookup()).find("trend.offence-type").orElseThrow();
        assertThat(a.defaultPeriod(LocalDate.of(2025, 10, 1)).labels()).containsExactly("2022/23", "2023/24", "2024/25");
        assertThat(a.defaultPeriod(LocalDate.of(2025, 3, 31)).labels()).containsExactly("2021/22", "2022/23", "2023/24");
    }
}
