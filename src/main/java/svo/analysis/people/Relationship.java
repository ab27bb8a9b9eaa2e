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
 * Suspect-to-victim relationship per year and by district, and the victim age group × suspect age group
 * matrix with the share of pairs in the same group (SNA §4.5).
 */
final class Relationship implements Analysis {
    private static final String SQL = Sql.load(Relationship.class);
    /** The persons layout's relationships, in the order of their codes in Relationship.sql (r0 … r11). */
    private static final List<String> CODES = List.of("stranger", "acquaintance", "other", "not_seen", "neighbour", "refused",
            "family", "partner", "ex_partner", "friend", "colleague", "unknown");
    private static final List<String> LABELS = List.of("Stranger", "Acquaintance", "Other", "Not seen", "Neighbour",
            "Victim refuses to identify", "Family member", "Partner", "Ex-partner", "Friend", "Colleague", "Not known");
    private static final List<Integer> GROUPS = List.of(0, 10, 20, 30, 40);

    public String id() { return "relationship"; }
    public String title() { return "Victim and suspect: relationship and ages"; }
    public String section() { return "SNA 2025 §4.5"; }
    public List<String> datasets() { return List.of("occurrences", "persons"); }

    public Result run(Store store, Scope scope) {
        var rows = PeopleQuery.rows(store, SQL, scope);
        Tally t = new Tally(rows, "n", "tbl", "period", "k", "district", "victim_group", "suspect_group");
        String window = t.window();
        Comparator<String> byWindowCount = Comparator.comparingLong((String r) -> -t.get("year", window, r, null, null, null))
                .thenComparing(r -> Integer.parseInt(r.substring(1)));
        List<String> kinds = t.values("k", r -> "year".equals(r.text("tbl")) && r.count("n") > 0, byWindowCount);
        var byYear = Table.builder("by_year", "Suspect's relationship to the victim").columns(Column.text("period", "Period"),
                Column.text("relationship", "Relationship"), Column.count("occurrences", "Occurrences"),
                Column.percent("share_pct", "%", "occurrences"));
        Map<String, Object> figures = new LinkedHashMap<>();
        for (String p : t.periods()) {
            long total = kinds.stream().mapToLong(r -> t.get("year", p, r, null, null, null)).sum();
            for (String r : kinds) byYear.row(p, label(r), t.get("year", p, r, null, null, null), Rounding.percent(t.get("year", p, r, null, null, null), total));
            if (p.equals(window)) {
                for (String r : kinds) figures.put(code(r) + "_pct", Rounding.percent(t.get("year", p, r, null, null, null), total));
                figures.put("relationship_not_recorded", t.get("missing", p, null, null, null, null));
            }
        }
        var byDistrict = Table.builder("by_district", "Suspect's relationship to the victim by district, " + window)
                .columns(Column.text("district", "District"), Column.text("relationship", "Relationship"),
                        Column.count("occurrences", "Occurrences"), Column.percent("share_pct", "% of the district's", "occurrences"));
        for (String d : t.values("district", r -> window != null && window.equals(r.text("period")) && "district".equals(r.text("tbl")), Comparator.naturalOrder())) {
            long total = kinds.stream().mapToLong(r -> t.get("district", window, r, d, null, null)).sum();
            for (String r : kinds) byDistrict.row(d, label(r), t.get("district", window, r, d, null, null), Rounding.percent(t.get("district", window, r, d, null, null), total));
        }
        long missingDistrict = kinds.stream().mapToLong(r -> t.get("district", window, r, null, null, null)).sum();
        for (String r : missingDistrict == 0 ? List.<String>of() : kinds) {
            byDistrict.row(Labels.NOT_RECORDED, label(r), t.get("district", window, r, null, null, null), Rounding.percent(t.get("district", window, r, null, null, null), missingDistrict));
        }
        return new Result(id(), title(), scope, List.of(
                byYear.note("An occurrence counts once under each relationship its suspects have; occurrences with no relationship"
                        + " recorded are left out (" + figures.getOrDefault("relationship_not_recorded", 0L) + " in the whole period).").build(),
                byDistrict.build(), ageMatrix(t, figures)), figures, List.of(scope.describe()));
    }

    private static Table ageMatrix(Tally t, Map<String, Object> figures) {
        var m = Table.builder("age_matrix", "Victim age group by suspect age group").columns(Column.text("period", "Period"),
                Column.text("victim_age_group", "Victim age"), Column.text("suspect_age_group", "Suspect age"),
                Column.count("pairs", "Victim-suspect pairs"), Column.percent("share_pct", "% of the victim age group's pairs", "pairs"));
        for (String p : t.periods()) {
            long all = 0, same = 0;
            for (int v : GROUPS) {
                long row = GROUPS.stream().mapToLong(s -> t.get("ages", p, null, null, v, s)).sum();
                for (int s : GROUPS) m.row(p, group(v), group(s), t.get("ages", p, null, null, v, s), Rounding.percent(t.get("ages", p, null, null, v, s), row));
                all += row;
                same += t.get("ages", p, null, null, v, v);
            }
            if (p.equals(t.window())) {
                figures.put("pairs", all);
                figures.put("same_group_pct", Rounding.percent(same, all));
                for (int g : GROUPS) figures.put("same_group_" + group(g).replace('-', '_').replace("+", "_plus") + "_pct", Rounding.percent(t.get("ages", p, null, null, g, g), all));
            }
        }
        return m.note("Pairs are a victim and a suspect of the same occurrence, both with a recorded age; a person is never paired"
                + " with themselves. The same-group figures are shares of all pairs.").build();
    }

    private static String label(String k) {
        return LABELS.get(Integer.parseInt(k.substring(1)));
    }

    private static String code(String k) {
        return CODES.get(Integer.parseInt(k.substring(1)));
    }

    private static String group(int from) {
        return from == 40 ? "40+" : from + "-" + (from + 9);
    }
}
