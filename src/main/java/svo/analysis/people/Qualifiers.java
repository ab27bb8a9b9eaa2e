package svo.analysis.people;

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
 * The share of occurrences with alcohol and/or drugs qualifiers, by offence type and year (SNA §6), stating that
 * qualifiers are optional and how many occurrences carry none.
 */
final class Qualifiers implements Analysis {
    private static final String SQL = Sql.load(Qualifiers.class);
    private static final String ALL = "All offence types";

    public String id() { return "qualifiers"; }
    public String title() { return "Alcohol and drugs qualifiers"; }
    public String section() { return "SNA 2025 §6"; }
    public List<String> datasets() { return List.of("occurrences"); }

    public Result run(Store store, Scope scope) {
        var rows = PeopleQuery.occurrenceRows(store, SQL, scope).stream()
                .sorted(Comparator.comparingLong((SqlRow r) -> r.count("row_order"))
                        .thenComparing(r -> r.text("offence_type") == null ? "~" : r.text("offence_type"), Labels.OFFENCE_TYPE_ORDER))
                .toList();
        var table = Table.builder("by_offence", title()).columns(Column.text("period", "Period"),
                Column.text("offence_type", "Offence type"), Column.count("occurrences", "Occurrences"),
                Column.count("alcohol", "Alcohol"), Column.percent("alcohol_pct", "% alcohol", "alcohol"),
                Column.count("drugs", "Drugs"), Column.percent("drugs_pct", "% drugs", "drugs"),
                Column.count("alcohol_or_drugs", "Alcohol and/or drugs"),
                Column.percent("alcohol_or_drugs_pct", "% alcohol and/or drugs", "alcohol_or_drugs"),
                Column.count("no_qualifier", "No qualifier"), Column.percent("no_qualifier_pct", "% with no qualifier", "no_qualifier"));
        Map<String, Object> figures = new LinkedHashMap<>();
        String window = rows.isEmpty() ? null : rows.get(rows.size() - 1).text("period");
        for (SqlRow r : rows) {
            long n = r.count("occurrences");
            String type = r.text("offence_type") == null ? ALL : r.text("offence_type");
            table.row(r.text("period"), type, n, r.count("alcohol"), Rounding.percent(r.count("alcohol"), n), r.count("drugs"),
                    Rounding.percent(r.count("drugs"), n), r.count("alcohol_or_drugs"), Rounding.percent(r.count("alcohol_or_drugs"), n),
                    r.count("no_qualifier"), Rounding.percent(r.count("no_qualifier"), n));
            if (r.text("period").equals(window) && type.equals(ALL)) {
                figures.put("alcohol_or_drugs_pct", Rounding.percent(r.count("alcohol_or_drugs"), n));
                figures.put("no_qualifier_pct", Rounding.percent(r.count("no_qualifier"), n));
            }
        }
        String optional = "Qualifiers are optional for officers, so these shares are lower bounds: "
                + (figures.get("no_qualifier_pct") == null ? "no" : figures.get("no_qualifier_pct") + "% of")
                + " occurrences carry no qualifier at all.";
        return new Result(id(), title(), scope, List.of(table.note(optional)
                .note("Alcohol and/or drugs counts an occurrence once when it has either qualifier or both.").build()),
                figures, List.of(scope.describe(), optional));
    }
}
