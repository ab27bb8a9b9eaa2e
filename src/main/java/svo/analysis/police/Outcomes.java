package svo.analysis.police;

import svo.analysis.Analysis;
import svo.analysis.Column;
import svo.analysis.InScope;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Rounding;
import svo.analysis.Scope;
import svo.analysis.ScopeResolver;
import svo.analysis.ShareChanges;
import svo.analysis.SpanCounts;
import svo.analysis.Table;
import svo.store.Jdbc;
import svo.store.Sql;
import svo.store.Store;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Police outcomes of serious violence: positive, other and not yet complete per year, % positive, top "other" outcomes (SNA 2025 §11). */
public final class Outcomes implements Analysis {
    private static final String SQL = Sql.load(Outcomes.class);
    private static final String OTHER_SQL = Sql.load(Outcomes.class, "OutcomesOther");
    static final String TOP = "top";
    private static final Map<String, String> LABELS = new java.util.LinkedHashMap<>();

    static {
        LABELS.put("positive", "Positive outcome");
        LABELS.put("other", "Other outcome");
        LABELS.put("open", "Not yet complete");
        LABELS.put(null, "Not recorded");
    }

    @Override public String id() { return "outcomes"; }
    @Override public String title() { return "Police outcomes of serious violence"; }
    @Override public String section() { return "SNA 2025 §11"; }
    @Override public List<String> datasets() { return List.of("occurrences"); }
    @Override public Map<String, String> parameters() { return Map.of(TOP, "how many 'other outcome' types to list (default 5)"); }

    /** The last five complete financial years, as the SNA shows them. */
    @Override
    public Period defaultPeriod(LocalDate today) {
        int last = today.getMonthValue() >= 4 ? today.getYear() - 1 : today.getYear() - 2;
        return Period.parse("FY" + (last - 4) + "-FY" + last);
    }

    @Override
    public Result run(Store store, Scope scope) {
        int top = ScopeResolver.intParameter(scope, TOP, 5, 1, 100);
        InScope.occurrences(store.connection(), scope);
        SpanCounts byCategory = new SpanCounts(scope.period(), 1);
        List<Object[]> rows = Jdbc.query(store.connection(), SQL, rs -> new Object[] {rs.getString(1), rs.getInt(2), rs.getLong(3)});
        LABELS.forEach((category, label) -> {
            if (category != null) byCategory.ensure(label);
            for (Object[] r : rows) if (java.util.Objects.equals(r[0], category)) byCategory.add(label, (int) r[1], (long) r[2]);
        });
        List<Period.Span> spans = scope.period().spans();
        Table.Builder t = Table.builder("by_year", title()).columns(Column.text("outcome_type", "Type"), Column.text("period", "Period"),
                Column.count("count", "Occurrences"));
        Table.Builder positive = Table.builder("positive", "% positive outcome").columns(Column.text("period", "Period"),
                Column.count("positive", "Positive"), Column.count("total", "Positive, other and not yet complete"),
                Column.percent("positive_pct", "% positive", "total"));
        ShareChanges change = new ShareChanges(scope, Column.text("measure", "Measure"));
        if (!rows.isEmpty()) {
            for (String label : byCategory.series()) for (int s = 0; s < spans.size(); s++) t.row(label, spans.get(s).label(), byCategory.series(label, 0)[s]);
            long[] pos = byCategory.series("Positive outcome", 0), whole = new long[spans.size()];
            for (int s = 0; s < spans.size(); s++) {
                for (String label : List.of("Positive outcome", "Other outcome", "Not yet complete")) whole[s] += byCategory.series(label, 0)[s];
                positive.row(spans.get(s).label(), pos[s], whole[s], Rounding.percent(pos[s], whole[s]));
            }
            change.add(pos, whole, "% positive");
        }
        return new Result(id(), title(), scope, List.of(t.build(), positive.build(), change.table("positive_change", "Change in the % positive"),
                topOther(store, scope, top)), Map.of(), List.of(scope.describe(), ShareChanges.note(scope),
                "% positive = positive / (positive + other + not yet complete); occurrences with no outcome recorded are shown "
                        + "as 'Not recorded' and left out of it. Recent periods have more occurrences not yet complete, so their % positive may rise."));
    }

    private static Table topOther(Store store, Scope scope, int top) {
        SpanCounts other = new SpanCounts(scope.period(), 1);
        Jdbc.query(store.connection(), OTHER_SQL, rs -> {
            other.add(rs.getString(1), rs.getInt(2), rs.getLong(3));
            return null;
        });
        Table.Builder t = Table.builder("top_other", "Top " + top + " 'other outcome' types").columns(Column.number("rank", "Rank"),
                Column.text("outcome_type", "Other outcome type"), Column.text("period", "Period"), Column.count("count", "Occurrences"));
        List<String> ranked = other.series().stream().sorted(Comparator.comparingLong((String o) -> -java.util.Arrays.stream(other.series(o, 0)).sum())
                .thenComparing(Comparator.naturalOrder())).limit(top).toList();
        List<Period.Span> spans = scope.period().spans();
        for (int i = 0; i < ranked.size(); i++) {
            for (int s = 0; s < spans.size(); s++) t.row((long) (i + 1), ranked.get(i), spans.get(s).label(), other.series(ranked.get(i), 0)[s]);
        }
        return t.note("Ranked by occurrences over the whole period; ties by name.").build();
    }
}
