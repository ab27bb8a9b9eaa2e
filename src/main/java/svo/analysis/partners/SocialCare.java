package svo.analysis.partners;

import svo.analysis.Analysis;
import svo.analysis.Column;
import svo.analysis.Comparison;
import svo.analysis.PartnerScope;
import svo.analysis.Result;
import svo.analysis.Rounding;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.ingest.partners.PartnerCodes;
import svo.store.Jdbc;
import svo.store.Sql;
import svo.store.Store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Children's social care by year and sex with the change between years, and referral outcomes (SNA §18.1). "All"
 * is the authority's own all-sexes count when it gave one, else the sum of the sexes: the two are never added.
 */
public final class SocialCare implements Analysis {
    private static final String SQL = Sql.load(SocialCare.class);
    static final List<String> MEASURES = List.of("referrals", "child_protection_plans", "admissions_to_care", "care_leavers");
    static final List<String> SEXES = List.of("All", "Male", "Female");

    @Override public String id() { return "social-care"; }
    @Override public String title() { return "Children's social care"; }
    @Override public String section() { return "SNA 2025 §18.1"; }
    @Override public List<String> datasets() { return List.of("social-care"); }
    @Override public String defaultDefinition() { return null; }

    record Tally(String year, java.time.LocalDate start, String authority, String measure, String outcome, String sex, long n) {}

    @Override
    public Result run(Store store, Scope scope) {
        PartnerScope.Fragment spans = PartnerScope.spans(scope.period());
        PartnerScope.Fragment area = PartnerScope.byAuthority(scope.area(), "c.area", "c.la_code", "c.la_name");
        List<Object> params = new ArrayList<>(spans.params());
        params.addAll(area.params());
        List<Tally> tallies = Jdbc.query(store.connection(), SQL.replace("{spans}", spans.sql()).replace("{area}", area.sql()),
                rs -> new Tally(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getLong(7)), params.toArray());
        TreeMap<java.time.LocalDate, String> years = new TreeMap<>();
        for (Tally t : tallies) years.put(t.start(), t.year());
        List<String> labels = new ArrayList<>(years.values());

        // measure -> sex label -> year -> count
        Map<String, Map<String, Map<String, Long>>> counts = new LinkedHashMap<>();
        for (String m : MEASURES) {
            Map<String, Map<String, Long>> bySex = new LinkedHashMap<>();
            for (String sex : SEXES) bySex.put(sex, new TreeMap<>());
            counts.put(m, bySex);
        }
        Map<String, Map<String, Map<String, long[]>>> perAuthority = new TreeMap<>(); // la -> measure -> year -> {all, sum of sexes, has all}
        for (Tally t : tallies) {
            if (!counts.containsKey(t.measure())) continue;
            long[] v = perAuthority.computeIfAbsent(t.authority(), k -> new TreeMap<>()).computeIfAbsent(t.measure(), k -> new TreeMap<>())
                    .computeIfAbsent(t.year(), k -> new long[3]);
            if (t.sex().equals("all")) {
                v[0] += t.n();
                v[2] = 1;
            } else {
                v[1] += t.n();
            }
            if (t.sex().equals("M")) counts.get(t.measure()).get("Male").merge(t.year(), t.n(), Long::sum);
            if (t.sex().equals("F")) counts.get(t.measure()).get("Female").merge(t.year(), t.n(), Long::sum);
        }
        perAuthority.values().forEach(byMeasure -> byMeasure.forEach((m, byYear) -> byYear.forEach((y, v) ->
                counts.get(m).get("All").merge(y, v[2] == 1 ? v[0] : v[1], Long::sum))));

        Table.Builder measures = Table.builder("measures", "Referrals, child protection plans, admissions to care and care leavers")
                .columns(Column.text("sex", "Sex"), Column.text("measure", "Measure"), Column.text("period", "Year"),
                        Column.count("count", "Children"));
        Table.Builder change = Table.builder("change", "Change between years").columns(Column.text("sex", "Sex"),
                Column.text("measure", "Measure"), Column.text("from_period", "From"), Column.text("to_period", "To"),
                Column.count("from_count", "From"), Column.count("to_count", "To"), Column.number("change", "Change"),
                Column.percent("change_pct", "% change", "to_count"));
        Map<String, Object> figures = new LinkedHashMap<>();
        for (String sex : SEXES) {
            for (String m : MEASURES) {
                Map<String, Long> byYear = counts.get(m).get(sex);
                if (byYear.isEmpty()) continue;
                for (String y : labels) measures.row(sex, PartnerCodes.CARE_MEASURE.label(m), y, byYear.getOrDefault(y, 0L));
                if (labels.size() < 2) continue;
                String from = labels.get(scope.comparison() == Comparison.FIRST ? 0 : labels.size() - 2);
                String to = labels.get(labels.size() - 1);
                long a = byYear.getOrDefault(from, 0L), b = byYear.getOrDefault(to, 0L);
                BigDecimal pct = Rounding.changePercent(a, b);
                change.row(sex, PartnerCodes.CARE_MEASURE.label(m), from, to, a, b, b - a, pct);
                figures.put(sex.toLowerCase() + "." + m + ".change_pct", pct);
            }
        }
        return new Result(id(), title(), scope, List.of(measures.build(),
                change.note("Change from " + (scope.comparison() == Comparison.FIRST ? "the first" : "the previous")
                        + " year shown to the latest (" + scope.comparison().wording() + ").").build(),
                outcomes(tallies, labels)), figures, List.of("Children's social care, financial years whose middle falls in "
                + scope.period().label() + ", " + scope.area().label() + ". \"All\" is the authority's count for every sex where it "
                + "gave one (the sexes add up to less when sex is not recorded)."));
    }

    private static Table outcomes(List<Tally> tallies, List<String> labels) {
        Map<String, Map<String, Long>> byOutcome = new TreeMap<>(java.util.Comparator.comparingInt(PartnerCodes.REFERRAL_OUTCOME::order));
        Map<String, Long> totals = new TreeMap<>();
        for (Tally t : tallies) {
            if (!t.measure().equals("referral_outcome") || !t.sex().equals("all") && hasAll(tallies, t)) continue;
            byOutcome.computeIfAbsent(t.outcome(), k -> new TreeMap<>()).merge(t.year(), t.n(), Long::sum);
            totals.merge(t.year(), t.n(), Long::sum);
        }
        Table.Builder b = Table.builder("referral_outcomes", "Social care referral outcomes").columns(
                Column.text("outcome", "Outcome"), Column.text("period", "Year"), Column.count("referrals", "Referrals"),
                Column.percent("pct", "% of referrals with an outcome", "referrals"));
        byOutcome.forEach((o, byYear) -> {
            for (String y : labels) {
                if (!totals.containsKey(y)) continue;
                long n = byYear.getOrDefault(y, 0L);
                b.row(PartnerCodes.REFERRAL_OUTCOME.label(o), y, n, Rounding.percent(n, totals.get(y)));
            }
        });
        for (String y : labels) if (totals.containsKey(y)) b.row("Total", y, totals.get(y), Rounding.percent(totals.get(y), totals.get(y)));
        return b.build();
    }

    /** True when the authority gave an all-sexes outcome row for the same year and outcome (then sex rows are not added). */
    private static boolean hasAll(List<Tally> tallies, Tally t) {
        for (Tally o : tallies) {
            if (o.measure().equals("referral_outcome") && o.sex().equals("all") && o.authority().equals(t.authority())
                    && o.year().equals(t.year()) && o.outcome().equals(t.outcome())) return true;
        }
        return false;
    }
}
