package svo.analysis.partners;

import org.junit.jupiter.api.Test;
import svo.analysis.Analysis;
import svo.analysis.AnalysisCatalog;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.store.Store;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The partner analyses as the catalogue lists them: each runs on an empty store, and only health data default to nhs-hes. */
class PartnerAnalysesTest {
    static final List<String> IDS = List.of("health.ed", "health.ambulance", "yjs", "probation", "schools.exclusions", "social-care",
            "neet", "reoffending");

    @Test
    void every_partner_analysis_is_in_the_catalogue_and_runs_on_an_empty_store_giving_empty_tables() {
        AnalysisCatalog catalog = AnalysisCatalog.standard();
        try (Store store = Store.inMemory()) {
            for (String id : IDS) {
                Analysis a = catalog.find(id).orElseThrow(() -> new AssertionError(id + " is not in the catalogue"));
                assertThat(a.defaultDefinition()).as(id + " counts partner records, not occurrences under a definition").isNull();
                assertThat(a.datasets()).isNotEmpty();
                Result r = a.run(store, Scope.of(null, Period.parse("FY2022-FY2024")));
                assertThat(r.tables()).as(id).isNotEmpty().allSatisfy(t -> assertThat(t.rows()).as(id + " " + t.id()).isEmpty());
                assertThat(r.notes()).isNotEmpty();
            }
        }
    }

    @Test
    void health_tables_default_to_the_nhs_hes_rule_in_public_outputs_and_the_others_to_the_report_default() {
        AnalysisCatalog catalog = AnalysisCatalog.standard();
        for (String id : IDS) {
            String rule = catalog.find(id).orElseThrow().disclosureRule();
            assertThat(rule).as(id).isEqualTo(id.startsWith("health.") ? Analysis.NHS_HES : null);
        }
    }
}
