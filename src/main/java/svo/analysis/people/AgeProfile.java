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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Victims (SNA §4.4) or suspects (§4.6) by age: age group × period, age group × offence type, single years of
 * age, the most common age and the shares under 18 and under 25. People are counted once per period row.
 */
final class AgeProfile implements Analysis {
    private static final String SQL = Sql.load(AgeProfile.class);
    private static final int MAX_AGE = 120;   // the persons layout's oldest age
    private final String id, title, section, noun;
    private final boolean victims;
    private final int firstUpper, top;

    private AgeProfile(String id, String title, String section, String noun, boolean victims, int firstUpper, int top) {
        this.id = id; this.title = title; this.section = section; this.noun = noun;
        this.victims = victims; this.firstUpper = firstUpper; this.top = top;
    }

    /** Victims in the SNA's groups 1-5, 6-10, … 61-65, 65+, written 0-5 … 61-65, 66+ so no age is in two groups. */
    static AgeProfile victims() {
        return new AgeProfile("victims.age", "Victims by age", "SNA 2025 §4.4", "victims", true, 5, 66);
    }

    /** Suspects and offenders in five-year groups 0-4, 5-9, … 75-79, 80+. */
    static AgeProfile suspects() {
        return new AgeProfile("suspects.age", "Suspects by age", "SNA 2025 §4.6", "suspects", false, 4, 80);
    }

    public String id() { return id; }
    public String title() { return title; }
    public String section() { return section; }
    public List<String> datasets() { return List.of("occurrences", "persons"); }

    public Result run(Store store, Scope scope) {
        var rows = PeopleQuery.rows(store, SQL, scope, victims);
        var ages = new Tally(rows, "people", "period", "age");
        List<Tally> involved = new ArrayList<>();   // per offence type: people of each age involved in one
        List<Integer> types = new ArrayList<>();
        for (int k = 0; k < Labels.OFFENCE_TYPES.size(); k++) {
            String column = "t" + k;
            involved.add(new Tally(rows, column, "period", "age"));
            if (rows.stream().anyMatch(r -> r.count(column) > 0)) types.add(k);
        }
        var byGroup = Table.builder("by_group", title + " group").columns(Column.text("period", "Period"),
                Column.text("age_group", "Age group"), Column.count("people", capital(noun)),
                Column.percent("share_pct", "% of those with an age", "people"));
        var byOffence = Table.builder("by_offence", title + " group and offence type").columns(Column.text("period", "Period"),
                Column.text("age_group", "Age group"), Column.text("offence_type", "Offence type"), Column.count("people", capital(noun)));
        var byAge = Table.builder("by_age", title).columns(Column.text("period", "Period"), Column.number("age", "Age"),
                Column.count("people", capital(noun)));
        var summary = Table.builder("summary", capital(noun) + ": age summary").columns(Column.text("period", "Period"),
                Column.count("people", capital(noun)), Column.count("age_not_recorded", "Age not recorded"),
                Column.count("under_18", "Aged under 18"), Column.percent("under_18_pct", "% under 18", "under_18"),
                Column.count("under_25", "Aged under 25"), Column.percent("under_25_pct", "% under 25", "under_25"),
                Column.number("most_common_age", "Most common age"), Column.count("most_common_age_people", capital(noun) + " of that age"));
        Map<String, Object> figures = new LinkedHashMap<>();
        for (String p : ages.periods()) {
            long recorded = 0, under18 = 0, under25 = 0, best = 0;
            Integer mode = null;
            for (int age = 0; age <= MAX_AGE; age++) {
                long n = ages.get(p, age);
                recorded += n;
                if (age < 18) under18 += n;
                if (age < 25) under25 += n;
                if (n > best) { best = n; mode = age; }   // ties go to the younger age
                if (n > 0) byAge.row(p, age, n);
            }
            for (int from : groupStarts()) {
                String group = Labels.ageGroup(from, firstUpper, top);
                long n = inGroup(ages, p, from);
                byGroup.row(p, group, n, Rounding.percent(n, recorded));
                for (int k : types) byOffence.row(p, group, Labels.OFFENCE_TYPES.get(k), inGroup(involved.get(k), p, from));
            }
            long unknown = ages.get(p, null);
            byGroup.row(p, Labels.NOT_RECORDED, unknown, null);
            for (int k : types) byOffence.row(p, Labels.NOT_RECORDED, Labels.OFFENCE_TYPES.get(k), involved.get(k).get(p, null));
            summary.row(p, recorded + unknown, unknown, under18, Rounding.percent(under18, recorded), under25, Rounding.percent(under25, recorded), mode, best);
            if (p.equals(ages.window())) {
                figures.put(noun, recorded + unknown);
                figures.put("age_not_recorded_pct", Rounding.percent(unknown, recorded + unknown));
                figures.put("under_18_pct", Rounding.percent(under18, recorded));
                figures.put("under_25_pct", Rounding.percent(under25, recorded));
                figures.put("most_common_age", mode);
                figures.put("most_common_age_people", best);
            }
        }
        String counted = capital(noun) + " are counted once in each year and once in the whole period, at the age recorded at"
                + " their first occurrence in it; shares are of those with a recorded age.";
        return new Result(id, title, scope, List.of(byGroup.note(counted).build(),
                byOffence.note(counted + " A person involved in two offence types counts under each.").build(),
                byAge.note(counted).build(), summary.note(counted + " The most common age is the younger one when two tie.").build()),
                figures, List.of(scope.describe()));
    }

    /** People of the ages in the group that starts at {@code from}. */
    private long inGroup(Tally t, String period, int from) {
        int to = from == 0 ? firstUpper : from == top ? MAX_AGE : from + 4;
        long n = 0;
        for (int age = from; age <= to; age++) n += t.get(period, age);
        return n;
    }

    private List<Integer> groupStarts() {
        List<Integer> out = new ArrayList<>(List.of(0));
        for (int from = firstUpper + 1; from < top; from += 5) out.add(from);
        out.add(top);
        return out;
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
