package svo.analysis.people;

import svo.analysis.Analysis;
import svo.analysis.Column;
import svo.analysis.Result;
import svo.analysis.Rounding;
import svo.analysis.Scope;
import svo.analysis.ScopeResolver;
import svo.analysis.Table;
import svo.store.Sql;
import svo.store.Store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Repeat victims (SNA §4.4) and repeat suspects (§4.6): per year and over the whole period, the occurrences with
 * a known person, the individual people, those with two or more occurrences, the occurrences involving them, and
 * the occurrences of the top 25 people. Works on pseudonyms; prints counts only, never a person.
 */
final class RepeatPeople implements Analysis {
    private static final String SQL = Sql.load(RepeatPeople.class);
    static final String TOP = "top";

    public String id() { return "repeat"; }
    public String title() { return "Repeat victims and repeat suspects"; }
    public String section() { return "SNA 2025 §4.4, §4.6"; }
    public List<String> datasets() { return List.of("occurrences", "persons"); }
    public Map<String, String> parameters() { return Map.of(TOP, "how many of the people with the most occurrences to add up (default 25)"); }

    public Result run(Store store, Scope scope) {
        int top = ScopeResolver.intParameter(scope, TOP, 25, 1, 1000);
        var rows = PeopleQuery.rows(store, SQL, scope, top);
        Map<String, Object> figures = new LinkedHashMap<>();
        List<Table> tables = new ArrayList<>();
        for (String cohort : List.of("victims", "suspects")) {
            String one = cohort.substring(0, cohort.length() - 1);
            var t = Table.builder(cohort, "Repeat " + cohort).columns(Column.text("period", "Period"),
                    Column.count("occurrences", "Occurrences with a known " + one), Column.count("people", "Individual " + cohort),
                    Column.count("repeat_people", "Repeat " + cohort), Column.percent("repeat_people_pct", "% of " + cohort + " who repeat", "repeat_people"),
                    Column.count("repeat_occurrences", "Repeat " + cohort + "' occurrences"),
                    Column.percent("repeat_occurrences_pct", "% of occurrences for repeat " + cohort, "repeat_occurrences"),
                    Column.count("top_occurrences", "Occurrences of the top " + top + " " + cohort));
            var mine = rows.stream().filter(r -> r.text("cohort").equals(cohort))
                    .sorted(java.util.Comparator.comparingLong(r -> r.count("row_order"))).toList();
            for (SqlRow r : mine) {
                long occ = r.count("occurrences"), people = r.count("people"), rep = r.count("repeat_people"), repOcc = r.count("repeat_occurrences");
                t.row(r.text("period"), occ, people, rep, Rounding.percent(rep, people), repOcc, Rounding.percent(repOcc, occ), r.count("top_occurrences"));
                figures.put(cohort + "_repeat_people", rep);
                figures.put(cohort + "_repeat_people_pct", Rounding.percent(rep, people));
                figures.put(cohort + "_repeat_occurrences_pct", Rounding.percent(repOcc, occ));
                figures.put(cohort + "_top_occurrences", r.count("top_occurrences"));
            }
            tables.add(t.note("A repeat " + one + " has two or more occurrences within the row's period: each year is a window of its"
                    + " own and the whole period is one more, so the whole-period row is not the sum of the years.")
                    .note("The top " + top + " adds up the occurrence counts of the " + top + " " + cohort + " with the most.").build());
        }
        return new Result(id(), title(), scope, tables, figures, List.of(scope.describe(),
                "Figures are for the whole period (the last row of each table)."));
    }

}
