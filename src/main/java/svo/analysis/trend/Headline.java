package svo.analysis.trend;

import svo.analysis.Analysis;
import svo.analysis.Change;
import svo.analysis.Changes;
import svo.analysis.Column;
import svo.analysis.Definitions;
import svo.analysis.InScope;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.definitions.Definition;
import svo.store.Jdbc;
import svo.store.Sql;
import svo.store.Store;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The headline figures: serious violence and knife crime against the basis year, homicides, the monthly picture (SNA 2025 §3.1, §1.1). */
public final class Headline implements Analysis {
    private static final String SQL = Sql.load(Headline.class);
    static final String KNIFE_DEFINITION = "knife-definition";
    private static final String[] MEASURES = {"Serious violence", "Homicides", "Knife crime", "Knife homicides"};
    private static final String[] KEYS = {"serious_violence", "homicides", "knife_crime", "knife_homicides"};

    private final Definitions definitions;

    public Headline(Definitions definitions) {
        this.definitions = definitions;
    }

    @Override public String id() { return "headline"; }
    @Override public String title() { return "Headline figures"; }
    @Override public String section() { return "SNA 2025 §3.1, §1.1"; }
    @Override public List<String> datasets() { return List.of("occurrences"); }
    @Override public Map<String, String> parameters() {
        return Map.of(KNIFE_DEFINITION, "the knife crime definition, counted within the scope's serious violence (default svb-knife)");
    }

    @Override
    public Result run(Store store, Scope scope) {
        Definition knife = definitions.resolve(scope.parameter(KNIFE_DEFINITION, "svb-knife"), scope.asInForce());
        InScope.occurrences(store.connection(), scope);
        int spans = scope.period().spans().size();
        long[][] counts = new long[4][spans];
        Jdbc.query(store.connection(), SQL.replace("{knife}", "(" + knife.sqlCondition() + ")"), rs -> {
            for (int m = 0; m < 4; m++) counts[m][rs.getInt(1)] = rs.getLong(m + 2);
            return null;
        });
        Table.Builder t = Table.builder("headline", title()).columns(Column.text("measure", "Measure"),
                Column.text("basis_period", "Compared with"), Column.count("basis_count", "Then"),
                Column.text("latest_period", "Latest"), Column.count("latest_count", "Now"), Column.number("change", "Change"),
                Column.percent("change_pct", "Change %", "basis_count"), Column.text("trend", "Trend"), Column.text("sentence", "Sentence"));
        Map<String, Object> figures = new LinkedHashMap<>();
        boolean any = java.util.Arrays.stream(counts[0]).sum() > 0;
        for (int m = 0; m < 4 && any; m++) {
            Change c = Change.of(scope.period(), scope.comparison(), counts[m]);
            String latest = scope.period().latest().label();
            figures.put(KEYS[m], counts[m][spans - 1]);
            if (c == null) {
                t.row(MEASURES[m], null, null, latest, counts[m][spans - 1], null, null, null, null);
                continue;
            }
            String sentence = "Compared with " + c.basisPeriod() + ", " + MEASURES[m].toLowerCase() + " " + c.sentence() + ".";
            t.row(MEASURES[m], c.basisPeriod(), c.basisCount(), c.latestPeriod(), c.latestCount(), c.difference(), c.percent(),
                    c.mark().wording(), sentence);
            figures.put(KEYS[m] + "_change_pct_whole", svo.analysis.Rounding.changePercent(c.basisCount(), c.latestCount(), 0));
            figures.put(KEYS[m] + "_sentence", sentence);
        }
        Map<YearMonth, Long> months = Monthly.months(store.connection(), scope);
        figures.putAll(Monthly.figures(months, months.values().stream().mapToLong(Long::longValue).sum()));
        return new Result(id(), title(), scope, List.of(t.note(Changes.note(scope)).build()), figures, List.of(scope.describe(),
                Changes.note(scope), "Knife crime is " + knife.label() + ", counted within the scope's serious violence."));
    }
}
