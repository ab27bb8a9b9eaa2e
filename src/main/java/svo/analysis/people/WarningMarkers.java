package svo.analysis.people;

import svo.BadInputException;
import svo.analysis.Analysis;
import svo.analysis.Column;
import svo.analysis.Result;
import svo.analysis.Rounding;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.store.Sql;
import svo.store.Store;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * In-scope occurrences whose suspect carries a warning marker, by marker type, and the share with any marker
 * (SNA §4.6). Parameter {@code marker-date}: {@code any} (default, as the SNA) or {@code at-offence}.
 */
final class WarningMarkers implements Analysis {
    private static final String SQL = Sql.load(WarningMarkers.class);
    static final String MARKER_DATE = "marker-date";

    public String id() { return "warning-markers"; }
    public String title() { return "Occurrences whose suspect has a warning marker"; }
    public String section() { return "SNA 2025 §4.6"; }
    public List<String> datasets() { return List.of("occurrences", "persons", "warning-markers"); }
    public Map<String, String> parameters() {
        return Map.of(MARKER_DATE, "any: every marker on the suspect counts, as the SNA (default); "
                + "at-offence: only markers set by the day of the occurrence");
    }

    public Result run(Store store, Scope scope) {
        String timing = scope.parameter(MARKER_DATE, "any");
        if (!timing.equals("any") && !timing.equals("at-offence")) {
            throw BadInputException.of("--param " + MARKER_DATE, timing, "any (every marker on the suspect) or at-offence "
                    + "(markers set on or before the day of the occurrence)");
        }
        Tally t = new Tally(PeopleQuery.rows(store, SQL, scope, timing), "n", "period", "marker_type");
        String window = t.window();
        List<String> types = t.values("marker_type", r -> !r.text("marker_type").startsWith("*"),
                Comparator.comparingLong((String m) -> -t.get(window, m)).thenComparing(Comparator.naturalOrder()));
        var table = Table.builder("by_marker", title()).columns(Column.text("period", "Period"),
                Column.text("marker_type", "Warning marker"), Column.count("occurrences", "Occurrences"),
                Column.percent("share_pct", "% of all occurrences", "occurrences"),
                Column.percent("share_of_with_suspect_pct", "% of occurrences with a known suspect", "occurrences"));
        Map<String, Object> figures = new LinkedHashMap<>();
        for (String p : t.periods()) {
            long all = t.get(p, "*all"), withSuspect = t.get(p, "*suspect");
            for (String m : types) table.row(p, label(m), t.get(p, m), Rounding.percent(t.get(p, m), all), Rounding.percent(t.get(p, m), withSuspect));
            table.row(p, "Any marker", t.get(p, "*any"), Rounding.percent(t.get(p, "*any"), all), Rounding.percent(t.get(p, "*any"), withSuspect));
            if (p.equals(window)) {
                figures.put("occurrences", all);
                figures.put("with_suspect", withSuspect);
                figures.put("any_marker", t.get(p, "*any"));
                figures.put("any_marker_pct", Rounding.percent(t.get(p, "*any"), all));
                figures.put("any_marker_pct_of_with_suspect", Rounding.percent(t.get(p, "*any"), withSuspect));
            }
        }
        return new Result(id(), title(), scope, List.of(table
                .note("An occurrence counts once under each marker type its suspects carry, and once under Any marker.")
                .note(timing.equals("any") ? "Every marker on the suspect's record counts, whenever it was set."
                        : "Only markers set on or before the day of the occurrence count (and markers with no date).").build()),
                figures, List.of(scope.describe()));
    }

    private static String label(String type) {
        return switch (type) {
            case "mental_health" -> "Mental health";
            case "self_harm" -> "Self-harm";
            default -> Character.toUpperCase(type.charAt(0)) + type.substring(1).replace('_', ' ');
        };
    }
}
