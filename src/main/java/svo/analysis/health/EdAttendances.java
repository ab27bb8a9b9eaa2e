package svo.analysis.health;

import svo.analysis.AgeGroups;
import svo.analysis.Analysis;
import svo.analysis.Changes;
import svo.analysis.Column;
import svo.analysis.PartnerScope;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Rounding;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.ingest.partners.PartnerCodes;
import svo.store.Jdbc;
import svo.store.Sql;
import svo.store.Store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Assault-related emergency-department attendances per hospital (SNA §13.1, §13.2): per year and month, the
 * share arriving Friday to Sunday and between 18:00 and 04:00, age groups, primary and detailed method for all
 * ages and 0–17, location category, and the share of 0–17 assaults at an educational establishment.
 */
public final class EdAttendances implements Analysis {
    private static final String SQL = Sql.load(EdAttendances.class);
    static final String ALL_AGES = "All ages";
    static final String UNDER_18 = "0-17";
    static final String DEFAULT_AGE_GROUPS = "0-9,10-19,20-29,30-39,40-49,50-59,60+";

    @Override public String id() { return "health.ed"; }
    @Override public String title() { return "Assault-related emergency department attendances"; }
    @Override public String section() { return "SNA 2025 §13.1, §13.2"; }
    @Override public List<String> datasets() { return List.of("ed-attendances", "hospitals"); }
    @Override public String defaultDefinition() { return null; }
    @Override public String disclosureRule() { return NHS_HES; }

    @Override
    public Map<String, String> parameters() {
        return Map.of("hospital", "one hospital by code or name (default: every hospital, each in its own rows)",
                "age_groups", "age groups of the age table (default " + DEFAULT_AGE_GROUPS + ")");
    }

    /** One tally row of the SQL. */
    private record Tally(String tally, String hospital, String k1, String k2, String k3, long n) {}

    @Override
    public Result run(Store store, Scope scope) {
        HospitalList hospitals = new HospitalList(store);
        AgeGroups ageGroups = AgeGroups.parse(scope.parameter("age_groups", DEFAULT_AGE_GROUPS), "age_groups");
        PartnerScope.Fragment spans = PartnerScope.spans(scope.period());
        PartnerScope.Fragment area = PartnerScope.byDistrict(scope.area(), "e.district_code");
        PartnerScope.Fragment hospital = hospitals.condition(scope, "e.hospital_code");
        List<Object> params = new ArrayList<>(spans.params());
        params.addAll(area.params());
        params.addAll(hospital.params());
        List<Tally> tallies = Jdbc.query(store.connection(),
                SQL.replace("{spans}", spans.sql()).replace("{area}", area.sql()).replace("{hospital}", hospital.sql()),
                rs -> new Tally(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6)),
                params.toArray());

        Map<String, Long> totals = new LinkedHashMap<>();
        for (Tally t : tallies) if (t.tally().equals("year")) totals.merge(t.hospital(), t.n(), Long::sum);
        List<String> order = new ArrayList<>(totals.keySet());
        order.sort(Comparator.comparing((String h) -> -totals.get(h)).thenComparing(h -> h));

        Map<String, Object> figures = new LinkedHashMap<>();
        List<Table> tables = List.of(byYear(scope, tallies, order, hospitals), changes(scope, tallies, order, hospitals),
                byMonth(tallies, order, hospitals),
                timing(tallies, order, hospitals, figures), ages(tallies, order, hospitals, ageGroups),
                primary(tallies, order, hospitals, figures), methods(tallies, order, hospitals, figures),
                locations(tallies, order, hospitals, figures));
        for (String h : order) figures.put(h + ".attendances", totals.get(h));
        List<String> notes = new ArrayList<>(List.of(
                "Assault-related attendances at emergency departments, " + scope.period().label() + ", " + scope.area().label()
                        + "; placed by the date and time of arrival. Hospital data include domestic abuse, unlike the police "
                        + "serious violence figures.",
                "Method shares are of the attendances whose method was recorded; location shares are of all attendances, "
                        + "with an unrecorded location counted as not known."));
        if (scope.area().kind() != svo.analysis.Area.Kind.ALL) {
            notes.add("An area other than the whole partnership counts the attendances whose assault district was recorded in it; "
                    + "attendances without a district are left out.");
        }
        return new Result(id(), title(), scope, tables, figures, notes);
    }

    private static Table byYear(Scope scope, List<Tally> tallies, List<String> order, HospitalList hospitals) {
        List<Period.Span> spans = scope.period().spans();
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (String h : order) counts.put(h, new long[spans.size()]);
        for (Tally t : tallies) if (t.tally().equals("year")) counts.get(t.hospital())[Integer.parseInt(t.k1())] += t.n();
        Table.Builder b = Table.builder("by_year", "Attendances per year and average per month").columns(
                Column.text("hospital", "Hospital"), Column.text("period", "Period"), Column.count("attendances", "Attendances"),
                Column.number("average_per_month", "Average per month"));
        double allMonths = 0;
        for (Period.Span s : spans) allMonths += months(s);
        long[] all = new long[spans.size()];
        for (String h : order) {
            long[] n = counts.get(h);
            long sum = 0;
            for (int i = 0; i < spans.size(); i++) {
                b.row(hospitals.name(h), spans.get(i).label(), n[i], perMonth(n[i], months(spans.get(i))));
                sum += n[i];
                all[i] += n[i];
            }
            if (spans.size() > 1) b.row(hospitals.name(h), "Total", sum, perMonth(sum, allMonths));
        }
        if (order.size() > 1) {
            long sum = 0;
            for (int i = 0; i < spans.size(); i++) {
                b.row("All hospitals", spans.get(i).label(), all[i], perMonth(all[i], months(spans.get(i))));
                sum += all[i];
            }
            if (spans.size() > 1) b.row("All hospitals", "Total", sum, perMonth(sum, allMonths));
        }
        return b.note("Average per month: attendances over the calendar months of the period, to one decimal place.").build();
    }

    private static Table changes(Scope scope, List<Tally> tallies, List<String> order, HospitalList hospitals) {
        int spans = scope.period().spans().size();
        Changes changes = new Changes(scope, Column.text("hospital", "Hospital"));
        long[] all = new long[spans];
        for (String h : order) {
            long[] n = new long[spans];
            for (Tally t : tallies) {
                if (t.tally().equals("year") && t.hospital().equals(h)) n[Integer.parseInt(t.k1())] += t.n();
            }
            for (int i = 0; i < spans; i++) all[i] += n[i];
            changes.add(n, hospitals.name(h));
        }
        if (order.size() > 1) changes.add(all, "All hospitals");
        return changes.table("changes", "Change in attendances in the latest period");
    }

    /** Calendar months in a span (whole months when it runs from a first of the month to a first of the month). */
    static double months(Period.Span s) {
        if (s.start().getDayOfMonth() == 1 && s.endExclusive().getDayOfMonth() == 1) {
            return ChronoUnit.MONTHS.between(s.start(), s.endExclusive());
        }
        return s.days() / (365.25 / 12);
    }

    private static BigDecimal perMonth(long n, double months) {
        if (months <= 0) return null;
        return new BigDecimal(n).divide(BigDecimal.valueOf(months), 1, RoundingMode.HALF_UP);
    }

    private static Table byMonth(List<Tally> tallies, List<String> order, HospitalList hospitals) {
        Map<String, TreeMap<String, Long>> byHospital = new LinkedHashMap<>();
        for (String h : order) byHospital.put(h, new TreeMap<>());
        for (Tally t : tallies) if (t.tally().equals("month")) byHospital.get(t.hospital()).merge(t.k1(), t.n(), Long::sum);
        Table.Builder b = Table.builder("by_month", "Attendances per month").columns(Column.text("hospital", "Hospital"),
                Column.text("month", "Month"), Column.count("attendances", "Attendances"));
        byHospital.forEach((h, months) -> months.forEach((m, n) -> b.row(hospitals.name(h), m, n)));
        return b.note("Months with no attendance are not listed.").build();
    }

    private static Table timing(List<Tally> tallies, List<String> order, HospitalList hospitals, Map<String, Object> figures) {
        Table.Builder b = Table.builder("timing", "Attendances arriving Friday to Sunday and between 18:00 and 04:00").columns(
                Column.text("hospital", "Hospital"), Column.count("attendances", "Attendances"),
                Column.count("fri_to_sun", "Friday to Sunday"), Column.percent("fri_to_sun_pct", "% Friday to Sunday", "fri_to_sun"),
                Column.count("arrival_18_to_04", "Arriving 18:00–03:59"),
                Column.percent("arrival_18_to_04_pct", "% arriving 18:00–03:59", "arrival_18_to_04"));
        for (String h : order) {
            long all = 0, weekend = 0, evening = 0;
            for (Tally t : tallies) {
                if (!t.tally().equals("timing") || !t.hospital().equals(h)) continue;
                all += t.n();
                if (Boolean.parseBoolean(t.k1())) weekend += t.n();
                if (Boolean.parseBoolean(t.k2())) evening += t.n();
            }
            BigDecimal w = Rounding.percent(weekend, all), e = Rounding.percent(evening, all);
            b.row(hospitals.name(h), all, weekend, w, evening, e);
            figures.put(h + ".fri_to_sun_pct", w);
            figures.put(h + ".arrival_18_to_04_pct", e);
        }
        return b.note("By the arrival at the ED: Friday 00:00 to Sunday 23:59; 18:00 to 03:59 the next morning.").build();
    }

    private static Table ages(List<Tally> tallies, List<String> order, HospitalList hospitals, AgeGroups groups) {
        Table.Builder b = Table.builder("age_group", "Attendances by age group").columns(Column.text("hospital", "Hospital"),
                Column.text("age_group", "Age group"), Column.count("attendances", "Attendances"),
                Column.percent("pct", "% of attendances", "attendances"));
        for (String h : order) {
            Map<String, Long> n = new TreeMap<>(Comparator.comparingInt(groups::order).thenComparing(s -> s));
            long all = 0;
            for (Tally t : tallies) {
                if (!t.tally().equals("age") || !t.hospital().equals(h)) continue;
                n.merge(groups.label(t.k1() == null ? null : Integer.valueOf(t.k1()), t.k2()), t.n(), Long::sum);
                all += t.n();
            }
            for (Map.Entry<String, Long> e : n.entrySet()) b.row(hospitals.name(h), e.getKey(), e.getValue(), Rounding.percent(e.getValue(), all));
        }
        return b.note("Shares are of all attendances, those of unknown age included.").build();
    }

    private static Table primary(List<Tally> tallies, List<String> order, HospitalList hospitals, Map<String, Object> figures) {
        Table.Builder b = Table.builder("primary_method", "Primary means of assault: body part or weapon").columns(
                Column.text("hospital", "Hospital"), Column.text("cohort", "Age"), Column.text("primary_method", "Primary method"),
                Column.count("attendances", "Attendances"), Column.percent("pct", "% of attendances with a known method", "attendances"));
        for (String h : order) {
            for (String cohort : List.of(ALL_AGES, UNDER_18)) {
                Map<String, Long> n = new LinkedHashMap<>();
                for (String code : PartnerCodes.PRIMARY_METHOD.codes()) n.put(code, 0L);
                long known = 0, unknown = 0;
                for (Tally t : tallies) {
                    if (!t.tally().equals("method") || !t.hospital().equals(h) || !inCohort(cohort, t.k1())) continue;
                    if (t.k2() == null) unknown += t.n();
                    else {
                        n.merge(t.k2(), t.n(), Long::sum);
                        known += t.n();
                    }
                }
                if (known + unknown == 0) continue;
                for (Map.Entry<String, Long> e : n.entrySet()) {
                    BigDecimal pct = Rounding.percent(e.getValue(), known);
                    b.row(hospitals.name(h), cohort, PartnerCodes.PRIMARY_METHOD.label(e.getKey()), e.getValue(), pct);
                    if (cohort.equals(ALL_AGES) && e.getKey().equals("body_part")) figures.put(h + ".body_part_pct", pct);
                }
                b.row(hospitals.name(h), cohort, "Not recorded", unknown, null);
            }
        }
        return b.build();
    }

    private static Table methods(List<Tally> tallies, List<String> order, HospitalList hospitals, Map<String, Object> figures) {
        Table.Builder b = Table.builder("method", "Detailed assault method").columns(Column.text("hospital", "Hospital"),
                Column.text("cohort", "Age"), Column.text("method", "Detailed assault method"),
                Column.text("primary_method", "Primary method"), Column.count("attendances", "Count (n)"),
                Column.percent("pct", "Percentage (%)", "attendances"));
        for (String h : order) {
            for (String cohort : List.of(ALL_AGES, UNDER_18)) {
                Map<String, Long> n = new LinkedHashMap<>();
                for (Tally t : tallies) {
                    if (t.tally().equals("method") && t.hospital().equals(h) && inCohort(cohort, t.k1()) && t.k3() != null) {
                        n.merge(t.k3(), t.n(), Long::sum);
                    }
                }
                long known = n.values().stream().mapToLong(Long::longValue).sum();
                if (known == 0) continue;
                List<Map.Entry<String, Long>> rows = new ArrayList<>(n.entrySet());
                rows.sort(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
                        .thenComparingInt(e -> PartnerCodes.ASSAULT_METHOD.order(e.getKey())));
                for (Map.Entry<String, Long> e : rows) {
                    BigDecimal pct = Rounding.percent(e.getValue(), known);
                    b.row(hospitals.name(h), cohort, PartnerCodes.ASSAULT_METHOD.label(e.getKey()),
                            PartnerCodes.PRIMARY_METHOD.label(PartnerCodes.METHOD_PRIMARY.get(e.getKey())), e.getValue(), pct);
                    if (e.getKey().equals("fist")) figures.put(h + (cohort.equals(ALL_AGES) ? "" : ".under_18") + ".fist_pct", pct);
                }
                b.row(hospitals.name(h), cohort, "Total", null, known, Rounding.percent(known, known));
            }
        }
        return b.note("Of the attendances whose detailed method was recorded; 0-17 are patients known to be under 18.").build();
    }

    private static Table locations(List<Tally> tallies, List<String> order, HospitalList hospitals, Map<String, Object> figures) {
        Table.Builder b = Table.builder("location", "Location category of the assault").columns(Column.text("hospital", "Hospital"),
                Column.text("cohort", "Age"), Column.text("location", "Assault location"), Column.count("attendances", "Count"),
                Column.percent("pct", "%", "attendances"));
        for (String h : order) {
            for (String cohort : List.of(ALL_AGES, UNDER_18)) {
                Map<String, Long> n = new LinkedHashMap<>();
                long all = 0;
                for (Tally t : tallies) {
                    if (t.tally().equals("location") && t.hospital().equals(h) && inCohort(cohort, t.k1())) {
                        n.merge(t.k2(), t.n(), Long::sum);
                        all += t.n();
                    }
                }
                if (all == 0) continue;
                List<Map.Entry<String, Long>> rows = new ArrayList<>(n.entrySet());
                rows.sort(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue())
                        .thenComparingInt(e -> PartnerCodes.LOCATION_CATEGORY.order(e.getKey())));
                for (Map.Entry<String, Long> e : rows) {
                    b.row(hospitals.name(h), cohort, PartnerCodes.LOCATION_CATEGORY.label(e.getKey()), e.getValue(),
                            Rounding.percent(e.getValue(), all));
                }
                b.row(hospitals.name(h), cohort, "Total", all, Rounding.percent(all, all));
                if (cohort.equals(UNDER_18)) {
                    figures.put(h + ".under_18_at_educational_establishment_pct",
                            Rounding.percent(n.getOrDefault("educational_establishment", 0L), all));
                }
            }
        }
        return b.note("Shares are of all attendances in the age group, an unrecorded location counted as not known.").build();
    }

    private static boolean inCohort(String cohort, String under18) {
        return cohort.equals(ALL_AGES) || "true".equals(under18);
    }
}
