package svo.analysis.trend;

import svo.analysis.Analysis;
import svo.analysis.Column;
import svo.analysis.Definitions;
import svo.analysis.InScope;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Rounding;
import svo.analysis.Scope;
import svo.analysis.ShareChanges;
import svo.analysis.SpanCounts;
import svo.analysis.Table;
import svo.definitions.Definition;
import svo.store.Jdbc;
import svo.store.Sql;
import svo.store.Store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Knife crime: the §3.2 table under the knife definition, the % of serious violence involving knives, and who is involved (SNA 2025 §3.2, §7). */
public final class Knife implements Analysis {
    private static final String PEOPLE_SQL = Sql.load(Knife.class, "KnifePeople");
    private static final List<String> COHORTS = List.of("victims", "suspects", "victim_and_suspect");

    private final Definitions definitions;

    public Knife(Definitions definitions) {
        this.definitions = definitions;
    }

    @Override public String id() { return "knife"; }
    @Override public String title() { return "Knife crime"; }
    @Override public String section() { return "SNA 2025 §3.2, §7.1, §7.2"; }
    @Override public List<String> datasets() { return List.of("occurrences", "persons"); }
    @Override public Map<String, String> parameters() {
        return Map.of(Headline.KNIFE_DEFINITION, "the knife crime definition, counted within the scope's serious violence (default svb-knife)",
                OffenceTypeTrend.MAX_AGE, "oldest age of the young victim and suspect cohorts (default 18)");
    }

    @Override
    public Result run(Store store, Scope scope) {
        Definition knife = definitions.resolve(scope.parameter(Headline.KNIFE_DEFINITION, "svb-knife"), scope.asInForce());
        int maxAge = OffenceTypeTrend.maxAge(scope);
        SpanCounts all = OffenceTypeTrend.counts(store.connection(), scope, null, maxAge);
        SpanCounts knives = OffenceTypeTrend.counts(store.connection(), scope, knife, maxAge);
        String[] cohorts = {"all", "victims_" + maxAge + "_and_under", "suspects_" + maxAge + "_and_under"};
        Table.Builder share = Table.builder("share", "% of serious violence involving knives").columns(Column.text("cohort", "Cohort"),
                Column.text("period", "Period"), Column.count("knife", "Knife crime"), Column.count("serious_violence", "Serious violence"),
                Column.percent("knife_share_pct", "% involving knives", "serious_violence"));
        ShareChanges changes = new ShareChanges(scope, Column.text("cohort", "Cohort"));
        List<Period.Span> spans = scope.period().spans();
        for (int m = 0; m < 3 && !all.isEmpty(); m++) {
            long[] k = knives.total(m), sv = all.total(m);
            for (int s = 0; s < spans.size(); s++) share.row(cohorts[m], spans.get(s).label(), k[s], sv[s], Rounding.percent(k[s], sv[s]));
            changes.add(k, sv, cohorts[m]);
        }
        List<String> notes = new ArrayList<>(OffenceTypeTrend.notes(scope, maxAge));
        notes.add("Knife crime is " + knife.label() + ", counted within the scope's serious violence, so its share is of the same occurrences.");
        notes.add("People: distinct pseudonymised people over the whole period; age and sex as first recorded in the period; "
                + "age groups up to 24, 25 to 39 and 40 or over (the SNA prints 25-40 and 40+, which overlap at 40).");
        return new Result(id(), title(), scope, List.of(
                OffenceTypeTrend.table(scope, knives, maxAge, "by_offence_type", "Knife crime by offence type"),
                OffenceTypeTrend.changes(scope, knives, maxAge),
                share.build(), changes.table("share_changes", "Change in the % involving knives"),
                people(store, scope, knife)), Map.of(), notes);
    }

    private static Table people(Store store, Scope scope, Definition knife) {
        InScope.persons(store.connection(), scope);
        Table.Builder t = Table.builder("people", "People involved in knife crime, " + scope.period().label()).columns(
                Column.text("cohort", "Cohort"), Column.count("people", "People"), Column.count("known_age", "Age known"),
                Column.percent("age_up_to_24_pct", "Aged up to 24 %", "known_age"), Column.percent("age_25_39_pct", "Aged 25-39 %", "known_age"),
                Column.percent("age_40_plus_pct", "Aged 40+ %", "known_age"), Column.count("known_sex", "Sex known"),
                Column.percent("male_pct", "Male %", "known_sex"));
        Map<String, List<Object>> rows = new java.util.HashMap<>();
        Jdbc.query(store.connection(), PEOPLE_SQL.replace("{knife}", "(" + knife.sqlCondition() + ")"), rs -> {
            long knownAge = rs.getLong(3), knownSex = rs.getLong(7);
            rows.put(rs.getString(1), java.util.Arrays.asList(rs.getString(1), rs.getLong(2), knownAge, pct(rs.getLong(4), knownAge),
                    pct(rs.getLong(5), knownAge), pct(rs.getLong(6), knownAge), knownSex, pct(rs.getLong(8), knownSex)));
            return null;
        });
        for (String c : COHORTS) if (rows.containsKey(c)) t.row(rows.get(c));
        return t.build();
    }

    private static Object pct(long part, long whole) {
        return Rounding.percent(part, whole);
    }
}
