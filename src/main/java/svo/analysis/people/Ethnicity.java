package svo.analysis.people;

import svo.analysis.Analysis;
import svo.analysis.Column;
import svo.analysis.Result;
import svo.analysis.Rounding;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.store.Sql;
import svo.store.Store;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Suspects by self-defined ethnicity, each year, in the city and the county (SNA §4.6), with the share not
 * recorded stated as a data-quality figure.
 */
final class Ethnicity implements Analysis {
    private static final String SQL = Sql.load(Ethnicity.class);
    /** The SQL's codes in printed order; null is not recorded. */
    private static final List<Integer> GROUPS = Arrays.asList(1, 2, 3, 4, 5, null);
    private static final Map<String, String> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("city", "City");
        AREAS.put("county", "County");
        AREAS.put("unknown", "District not known");
        AREAS.put("all", "All areas");
    }

    public String id() { return "ethnicity"; }
    public String title() { return "Suspects by self-defined ethnicity"; }
    public String section() { return "SNA 2025 §4.6"; }
    public List<String> datasets() { return List.of("occurrences", "persons"); }

    public Result run(Store store, Scope scope) {
        Tally t = new Tally(PeopleQuery.rows(store, SQL, scope), "suspects", "period", "area", "ethnic_group");
        var table = Table.builder("by_area", title()).columns(Column.text("period", "Period"), Column.text("area", "Area"),
                Column.text("ethnicity", "Ethnicity"), Column.count("suspects", "Suspects"),
                Column.percent("share_pct", "% of the area's suspects", "suspects"));
        Map<String, Object> figures = new LinkedHashMap<>();
        for (String p : t.periods()) {
            for (var area : AREAS.entrySet()) {
                long all = GROUPS.stream().mapToLong(g -> t.get(p, area.getKey(), g)).sum();
                if (all == 0) continue;
                for (Integer g : GROUPS) table.row(p, area.getValue(), label(g), t.get(p, area.getKey(), g), Rounding.percent(t.get(p, area.getKey(), g), all));
                if (p.equals(t.window())) figures.put("not_recorded_pct" + (area.getKey().equals("all") ? "" : "_" + area.getKey()),
                        Rounding.percent(t.get(p, area.getKey(), null), all));
            }
        }
        Object missing = figures.get("not_recorded_pct");
        return new Result(id(), title(), scope, List.of(table
                .note("Each suspect counts once per period and area (a suspect of occurrences in both the city and the county counts"
                        + " in each, and once in all areas), with the first ethnicity recorded for them.").build()), figures,
                List.of(scope.describe(), "Data quality: self-defined ethnicity was not recorded for " + (missing == null ? "none" : missing + "%")
                        + " of suspects over the whole period."));
    }

    private static String label(Integer group) {
        if (group == null) return Labels.NOT_RECORDED;
        return switch (group) {
            case 1 -> "White";
            case 2 -> "Asian";
            case 3 -> "Black";
            case 4 -> "Mixed";
            default -> "Other ethnic group";
        };
    }
}
