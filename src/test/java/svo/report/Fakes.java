package svo.report;

import svo.analysis.Analysis;
import svo.analysis.AnalysisContext;
import svo.analysis.Area;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.definitions.Definition;
import svo.store.Store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Stand-ins for the parts of the product the report reads from, for tests of the report itself: analyses that
 * return given tables, a context that runs them and answers what is loaded, and a definition. The renderers,
 * disclosure control and checks under test are the real ones.
 */
final class Fakes {
    private Fakes() {}

    /** An analysis that returns the tables a function gives for the scope. */
    record FakeAnalysis(String id, String title, String section, List<String> datasets,
                        Function<Scope, List<Table>> tables) implements Analysis {
        @Override
        public Result run(Store store, Scope scope) {
            return new Result(id, title, scope, tables.apply(scope), Map.of(), List.of());
        }
    }

    static FakeAnalysis analysis(String id, String title, Table... tables) {
        return new FakeAnalysis(id, title, "SNA 2025", List.of("occurrences"), s -> List.of(tables));
    }

    record TestDefinition(String name, String version, String title, String statement, LocalDate effectiveFrom,
                          LocalDate effectiveTo, String sqlCondition) implements Definition {}

    static final Definition SVB_2024 = new TestDefinition("svb-2024", "1.0", "Serious Violence Board definition (2024)",
            "Violence resulting in, or with the potential to result in, significant injury, with or without weapons; all ages.",
            LocalDate.of(2022, 4, 1), LocalDate.of(2025, 9, 30), "true");
    static final Definition SVB_KNIFE = new TestDefinition("svb-knife", "1.0", "Partnership knife crime",
            "Partnership serious violence involving a knife or bladed article.", LocalDate.of(2022, 4, 1), null, "knife");

    /** A context over fake analyses. */
    static final class Context implements AnalysisContext {
        final Set<String> loaded;
        final boolean synthetic;
        final List<Area> districts;
        int runs;

        Context(Set<String> loaded, boolean synthetic, List<Area> districts) {
            this.loaded = loaded;
            this.synthetic = synthetic;
            this.districts = districts;
        }

        @Override
        public Result run(Analysis analysis, Scope scope) {
            runs++;
            return analysis.run(null, scope);
        }

        @Override
        public boolean loaded(String dataset) {
            return loaded.contains(dataset);
        }

        @Override
        public List<Batch> batches(Collection<String> datasets) {
            List<Batch> out = new ArrayList<>();
            long id = 1;
            for (String ds : new java.util.TreeSet<>(datasets)) {
                if (!loaded.contains(ds)) continue;
                out.add(new Batch(id++, ds, "test", ds + ".csv", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                        1000, 998, 2, LocalDate.of(2022, 4, 1), LocalDate.of(2025, 3, 31), LocalDateTime.of(2025, 10, 1, 9, 0), synthetic));
            }
            return out;
        }

        @Override
        public boolean synthetic() {
            return synthetic;
        }

        @Override
        public Optional<Definition> definition(String name) {
            return Map.of("svb-2024", SVB_2024, "svb-knife", SVB_KNIFE).entrySet().stream()
                    .filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).findFirst();
        }

        @Override
        public List<Area> districts() {
            return districts;
        }

        @Override
        public Optional<String> setting(String key) {
            return key.equals("partnership_name") ? Optional.of("Derby and Derbyshire") : Optional.empty();
        }
    }

    /** The SNA 2025's own tables, served as analyses. */
    static List<Analysis> publishedSna() {
        return List.of(
                new FakeAnalysis("trend.offence-type", "Serious violence by offence type", "SNA 2025 §3.2", List.of("occurrences", "persons"),
                        s -> List.of(s.definition() != null && s.definition().name().equals("svb-knife")
                                ? Published.offenceTypes("knife_yearly.csv", "Knife crime by offence type")
                                : Published.offenceTypes("sv_yearly.csv", "Serious violence by offence type"))),
                new FakeAnalysis("district", "Serious violence by district", "SNA 2025 §4.2", List.of("occurrences"),
                        s -> List.of(Published.districts())),
                new FakeAnalysis("hour-weekday", "Serious violence by hour and day", "SNA 2025 §4.3", List.of("occurrences", "persons"),
                        s -> List.of(Published.heatmap("heatmap_all.csv", "all", "All serious violence by hour and day"),
                                Published.heatmap("heatmap_victims_0_17.csv", "victims_0_17", "Victims aged up to 17 by hour and day"),
                                Published.heatmap("heatmap_victims_18_plus.csv", "victims_18_plus", "Victims aged 18 and over by hour and day"))),
                new FakeAnalysis("victims.age", "Victims by age group", "SNA 2025 §4.4", List.of("occurrences", "persons"),
                        s -> List.of(Published.ageGroups())),
                new FakeAnalysis("relationship", "Victim and suspect relationship", "SNA 2025 §4.5", List.of("occurrences", "persons"),
                        s -> List.of(Published.relationships())),
                analysis("knife", "Knife share of serious violence", Published.knifeShare()),
                analysis("outcomes", "Outcomes", Published.wide("outcomes.csv", "outcomes", "Outcomes of serious violence", "outcome_type", "Outcome", true)));
    }
}
