package svo.testing;

import svo.analysis.Period;
import svo.testing.PublishedTables.Fixture;

import java.time.LocalDate;

/**
 * Expands the SNA 2025's police tables into records that add up to them exactly, for the analyses' tests and
 * the command-line test that checks them from outside.
 *
 * <pre>
 * Records r = new Records();
 * SnaRecords.seriousViolence(r);   // §3.2: 2,485 / 2,523 / 2,179 occurrences, knife subset 740 / 691 / 644
 * r.load(store);
 * </pre>
 */
public final class SnaRecords {
    private SnaRecords() {}

    /**
     * The two §3.2 tables ({@code sv_yearly.csv}): for each offence type and year, the serious violence count with
     * its victims-18-and-under and suspects-18-and-under cohorts, of which the knife block's counts carry the
     * knife flag (a knife possession is a bladed article). Adds, per year, one occurrence each that {@code svb-2024}
     * must leave out: a domestic-abuse GBH with a knife, an ABH, a rape, a common assault with a knife.
     */
    public static Records seriousViolence(Records r) {
        Fixture table = PublishedTables.sna2025("sv_yearly");
        Fixture sv = table.where("category", "Serious Violence");
        Fixture knife = table.where("category", "Knife Crime");
        for (String period : sv.distinct("period")) {
            Period.Span span = PublishedTables.span(period);
            for (String type : sv.distinct("offence_type")) {
                long all = cell(sv, type, "all", period), v = cell(sv, type, "victims_18_and_under", period),
                        s = cell(sv, type, "suspects_18_and_under", period);
                long k = cell(knife, type, "all", period), kv = cell(knife, type, "victims_18_and_under", period),
                        ks = cell(knife, type, "suspects_18_and_under", period);
                int[] i = {0};
                int n = (int) all;
                r.cohorts(k, kv, ks, o -> o.offence(PublishedTables.offenceCode(type, true)).knife()
                        .on(PublishedTables.day(span, i[0]++, n)));
                r.cohorts(all - k, v - kv, s - ks, o -> o.offence(PublishedTables.offenceCode(type, false))
                        .on(PublishedTables.day(span, i[0]++, n)));
            }
            LocalDate mid = PublishedTables.day(span, 0, 2);
            r.add().offence("gbh_with_intent").knife().domestic().on(mid).victim(15).suspect(16);
            r.add().offence("abh").on(mid).victim(15).suspect(16);
            r.add().offence("rape").on(mid).victim(15).suspect(16);
            r.add().offence("common_assault").knife().on(mid).victim(15).suspect(16);
        }
        return r;
    }

    private static long cell(Fixture f, String type, String cohort, String period) {
        return f.where("offence_type", type).where("cohort", cohort).where("period", period).value("count");
    }
}
