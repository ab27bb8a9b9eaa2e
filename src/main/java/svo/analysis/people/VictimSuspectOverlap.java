package svo.analysis.people;

import svo.analysis.Analysis;
import svo.analysis.Column;
import svo.analysis.Result;
import svo.analysis.Rounding;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.store.Sql;
import svo.store.Store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Victims, suspects and the people who were both (SNA §4.1, and §7.2 under a knife definition): how many, their
 * age bands and sex. Counts people by pseudonym; prints counts only.
 */
final class VictimSuspectOverlap implements Analysis {
    private static final String SQL = Sql.load(VictimSuspectOverlap.class);
    private static final List<String> COHORTS = List.of("victims", "suspects", "victim_and_suspect");
    private static final List<String> BANDS = Arrays.asList("0-24", "25-39", "40+", null);
    private static final List<String> SEXES = Arrays.asList("M", "F", "X", null);

    public String id() { return "overlap"; }
    public String title() { return "Victims, suspects and people who were both"; }
    public String section() { return "SNA 2025 §4.1, §7.2"; }
    public List<String> datasets() { return List.of("occurrences", "persons"); }

    public Result run(Store store, Scope scope) {
        Tally t = new Tally(PeopleQuery.rows(store, SQL, scope), "people", "period", "cohort", "band", "sex");
        var table = Table.builder("people", title()).column(Column.text("period", "Period"))
                .column(Column.text("cohort", "Who")).column(Column.count("people", "People"));
        for (String band : List.of("0_24", "25_39", "40_plus")) {
            table.column(Column.count("age_" + band, "Aged " + band.replace('_', '-').replace("-plus", "+")))
                    .column(Column.percent("age_" + band + "_pct", "% aged " + band.replace('_', '-').replace("-plus", "+"), "age_" + band));
        }
        table.columns(Column.count("age_not_recorded", "Age not recorded"), Column.count("male", "Male"),
                Column.percent("male_pct", "% male", "male"), Column.count("female", "Female"),
                Column.percent("female_pct", "% female", "female"), Column.count("sex_other", "Other sex"),
                Column.count("sex_not_recorded", "Sex not recorded"));
        Map<String, Object> figures = new LinkedHashMap<>();
        for (String p : t.periods()) {
            for (String cohort : COHORTS) {
                long[] band = new long[BANDS.size()], sex = new long[SEXES.size()];
                for (int b = 0; b < band.length; b++) for (int s = 0; s < sex.length; s++) {
                    long n = t.get(p, cohort, BANDS.get(b), SEXES.get(s));
                    band[b] += n;
                    sex[s] += n;
                }
                long people = Arrays.stream(band).sum(), aged = people - band[3];
                List<Object> row = new ArrayList<>(List.of(p, label(cohort), people));
                for (int b = 0; b < 3; b++) { row.add(band[b]); row.add(Rounding.percent(band[b], aged)); }
                row.addAll(Arrays.asList(band[3], sex[0], Rounding.percent(sex[0], people), sex[1], Rounding.percent(sex[1], people), sex[2], sex[3]));
                table.row(row);
                if (p.equals(t.window())) figures.put(cohort, people);
            }
        }
        Object both = figures.get("victim_and_suspect");
        if (both != null) {
            figures.put("victim_and_suspect_pct_of_victims", Rounding.percent((Long) both, (Long) figures.get("victims")));
            figures.put("victim_and_suspect_pct_of_suspects", Rounding.percent((Long) both, (Long) figures.get("suspects")));
        }
        return new Result(id(), title(), scope, List.of(table
                .note("Each person is counted once per period and group, by pseudonym; suspects include offenders.")
                .note("Age is the age recorded at the person's first occurrence in the period; age shares are of those with a"
                        + " recorded age, sex shares of everyone.").build()), figures, List.of(scope.describe()));
    }

    private static String label(String cohort) {
        return switch (cohort) {
            case "victims" -> "Victims";
            case "suspects" -> "Suspects";
            default -> "Both victim and suspect";
        };
    }
}
