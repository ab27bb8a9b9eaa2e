package svo.analysis.trend;

import svo.analysis.Analysis;
import svo.analysis.Changes;
import svo.analysis.Column;
import svo.analysis.InScope;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Rounding;
import svo.analysis.Scope;
import svo.analysis.ShareChanges;
import svo.analysis.SpanCounts;
import svo.analysis.Table;
import svo.store.Jdbc;
import svo.store.Sql;
import svo.store.Store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Home Office knife crime by offence type for years ending December, with the domestic-abuse share (PA report May 2026 §2.1). */
public final class KnifeHomeOffice implements Analysis {
    private static final String SQL = Sql.load(KnifeHomeOffice.class);
    private static final List<String> ORDER = List.of("Homicide", "Violence with Injury", "Violence without Injury", "Robbery - Personal",
            "Robbery - Business", "Rape", "Other Sexual Offences");

    @Override public String id() { return "knife.ho"; }
    @Override public String title() { return "Knife crime (Home Office definition)"; }
    @Override public String section() { return "PA report May 2026 §2.1"; }
    @Override public List<String> datasets() { return List.of("occurrences"); }
    @Override public String defaultDefinition() { return "ho-knife-crime"; }

    /** The last three complete years ending December. */
    @Override
    public Period defaultPeriod(LocalDate today) {
        int last = today.getYear() - 1;
        return Period.parse("YE" + (last - 2) + "-12-YE" + last + "-12");
    }

    @Override
    public Result run(Store store, Scope scope) {
        InScope.occurrences(store.connection(), scope);
        SpanCounts counts = new SpanCounts(scope.period(), 2);
        List<Object[]> rows = Jdbc.query(store.connection(), SQL, rs -> new Object[] {rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4)});
        List<String> types = new ArrayList<>(ORDER);
        rows.stream().map(r -> (String) r[0]).filter(t -> !types.contains(t)).distinct().sorted().forEach(types::add);
        for (String type : types) for (Object[] r : rows) if (r[0].equals(type)) counts.add(type, (int) r[1], (long) r[2], (long) r[3]);

        List<Period.Span> spans = scope.period().spans();
        Table.Builder byType = Table.builder("by_offence_type", title()).columns(Column.text("offence_type", "Offence type"),
                Column.text("period", "Period"), Column.count("count", "Knife crimes"));
        Table.Builder da = Table.builder("domestic_abuse", "Knife crime that is domestic-abuse related").columns(
                Column.text("period", "Period"), Column.count("knife_crimes", "Knife crimes"), Column.count("domestic_abuse", "Domestic-abuse related"),
                Column.percent("domestic_abuse_pct", "% domestic-abuse related", "knife_crimes"));
        Changes changes = new Changes(scope, Column.text("offence_type", "Offence type"));
        ShareChanges daChange = new ShareChanges(scope, Column.text("measure", "Measure"));
        if (!counts.isEmpty()) {
            for (String type : counts.series()) {
                long[] n = counts.series(type, 0);
                for (int s = 0; s < spans.size(); s++) byType.row(type, spans.get(s).label(), n[s]);
                changes.add(n, type);
            }
            long[] all = counts.total(0), domestic = counts.total(1);
            for (int s = 0; s < spans.size(); s++) {
                byType.row("total", spans.get(s).label(), all[s]);
                da.row(spans.get(s).label(), all[s], domestic[s], Rounding.percent(domestic[s], all[s]));
            }
            changes.add(all, "total");
            daChange.add(domestic, all, "domestic-abuse related share");
        }
        return new Result(id(), title(), scope, List.of(byType.build(), changes.table("changes", "Change in the latest period"),
                da.build(), daChange.table("domestic_abuse_change", "Change in the domestic-abuse related share")), Map.of(),
                List.of(scope.describe(), Changes.note(scope), "The domestic-abuse share's change is given in percentage points "
                        + "(the PA report prints the relative change of the share, 12.8% for 28.7% to 32.4%)."));
    }
}
