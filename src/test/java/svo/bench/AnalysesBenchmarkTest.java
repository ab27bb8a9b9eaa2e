package svo.bench;

import org.junit.jupiter.api.Test;
import svo.analysis.AnalysisCatalog;
import svo.analysis.Period;
import svo.store.Jdbc;
import svo.store.Store;
import svo.testing.TestDefinitions;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysesBenchmarkTest {
    @Test
    void generates_n_occurrences_with_about_one_and_a_half_people_each_and_times_every_analysis() {
        try (Store store = Store.inMemory()) {
            AnalysesBenchmark.generate(store, 20_000);
            var c = store.connection();
            assertThat(Jdbc.count(c, "SELECT count(*) FROM occurrence")).isEqualTo(20_000);
            assertThat(Jdbc.count(c, "SELECT count(*) FROM person")).isBetween(28_500L, 31_500L);
            assertThat(Jdbc.count(c, "SELECT count(*) FROM occurrence WHERE " + TestDefinitions.get("svb-2024").sqlCondition()))
                    .isBetween(5_000L, 12_000L);
            assertThat(Jdbc.count(c, "SELECT count(*) FROM stop_search")).isEqualTo(2_000);
            var timings = AnalysesBenchmark.time(store, AnalysisCatalog.standard(TestDefinitions.lookup()), TestDefinitions.lookup(),
                    Period.parse("FY2022-FY2024"), "svb-2024");
            assertThat(timings).hasSize(1 + AnalysisCatalog.standard(TestDefinitions.lookup()).all().size());
            // The synthetic records have no wards, neighbourhoods or schools, no partner data (health, youth justice, …)
            // and no interventions register, so only the analyses of police data count something.
            var catalog = AnalysisCatalog.standard(TestDefinitions.lookup());
            for (var t : timings) {
                var a = catalog.find(t.id());
                String pkg = a.isEmpty() ? "" : a.get().getClass().getPackageName();
                if (a.isEmpty() || pkg.startsWith("svo.analysis.places") || pkg.startsWith("svo.analysis.health")
                        || pkg.startsWith("svo.analysis.partners") || pkg.startsWith("svo.analysis.interventions")) continue;
                assertThat(t.rows()).as(t.id()).isPositive();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            AnalysesBenchmark.report(store, timings, new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("20,000 occurrences").contains("total").contains("peak");
        }
    }
}
