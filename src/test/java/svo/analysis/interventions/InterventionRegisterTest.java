package svo.analysis.interventions;

import org.junit.jupiter.api.Test;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.ingest.ImportOptions;
import svo.store.Store;
import svo.testing.PublishedTables;
import svo.testing.TestImports;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's interventions section shows the real register and every published figure, as the documents state them. */
class InterventionRegisterTest {
    @Test
    void shows_every_real_intervention_and_every_published_figure_as_stated() {
        try (Store store = Store.inMemory()) {
            TestImports.loadFile(store, "interventions", PublishedTables.FOLDER.resolve("interventions.csv"), ImportOptions.strict());
            TestImports.loadFile(store, "intervention-measures", PublishedTables.FOLDER.resolve("intervention_measures.csv"), ImportOptions.strict());
            Result r = new InterventionRegister().run(store, Scope.of(null, Period.parse("CY2026")));
            Table register = r.table("register");
            PublishedTables.Fixture fixture = PublishedTables.sna2025("interventions");
            assertThat(register.rows()).extracting(row -> row.get(0)).containsExactlyElementsOf(fixture.rows().stream().map(x -> x.get("name")).toList());
            List<Object> ab = register.find("Active Bystander Training ('I Can I Will')");
            assertThat(ab.get(register.indexOf("evidence")).toString())
                    .isEqualTo("bystander programmes: rating not found: could reduce participants' involvement in sexual assault by 14%");
            assertThat(register.find("Operation Sceptre").get(register.indexOf("evidence")).toString())
                    .startsWith("knife-crime education: insufficient evidence of impact; hot spots policing: ");
            Table figures = r.table("published_figures");
            assertThat(figures.rows()).hasSize(PublishedTables.sna2025("intervention_measures").size());
            assertThat(figures.rows()).extracting(row -> row.get(0) + " | " + row.get(1) + " " + row.get(2))
                    .contains("Moving Men's Minds | over 400 unique visits", "Chesterfield Vulnerability Hub | 23% mental health issues",
                            "Active Bystander Training ('I Can I Will') | nearly 3000 young people reached");
        }
    }

    @Test
    void an_empty_register_gives_empty_tables() {
        try (Store store = Store.inMemory()) {
            Result r = new InterventionRegister().run(store, Scope.of(null, Period.parse("CY2026")));
            assertThat(r.table("register").rows()).isEmpty();
            assertThat(r.table("published_figures").rows()).isEmpty();
        }
    }
}
