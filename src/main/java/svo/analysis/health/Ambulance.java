package svo.analysis.health;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ambulance assault patients (SNA §13.3): responses by type and sex per year, conveyances by destination
 * hospital, the share conveyed out of the area (by the hospitals' in-area flag), the female share of patients and
 * the male share of conveyed patients.
 */
public final class Ambulance implements Analysis {
    private static final String SQL = Sql.load(Ambulance.class);
    static final String CONVEY = "see_treat_and_convey";
    static final String ALL_YEARS = "All years";
    static final String NOT_RECORDED = "Not recorded";

    @Override public String id() { return "health.ambulance"; }
    @Override public String title() { return "Ambulance responses to assaults"; }
    @Override public String section() { return "SNA 2025 §13.3"; }
    @Override public List<String> datasets() { return List.of("ambulance", "hospitals"); }
    @Override public String defaultDefinition() { return null; }
    @Override public String disclosureRule() { return NHS_HES; }

    private record Tally(int span, String response, String sex, String destination, long n) {}

    @Override
    public Result run(Store store, Scope scope) {
        HospitalList hospitals = new HospitalList(store);
        PartnerScope.Fragment spans = PartnerScope.spans(scope.period());
        PartnerScope.Fragment area = PartnerScope.byDistrict(scope.area(), "a.district_code");
        List<Object> params = new ArrayList<>(spans.params());
        params.addAll(area.params());
        List<Tally> tallies = Jdbc.query(store.connection(), SQL.replace("{spans}", spans.sql()).replace("{area}", area.sql()),
                rs -> new Tally(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)), params.toArray());
        List<Period.Span> periods = tallies.isEmpty() ? List.of() : scope.period().spans(); // no data, no rows
        Map<String, Object> figures = new LinkedHashMap<>();
        List<Table> tables = List.of(responses(tallies, periods), changes(scope, tallies), conveyance(tallies, periods, hospitals),
                outOfArea(tallies, periods, hospitals, figures), sex(tallies, periods, figures));
        List<String> notes = new ArrayList<>(List.of(
                "Patients attended or advised by the ambulance service after an assault, " + scope.period().label() + ", "
                        + scope.area().label() + "; placed by the date and time of the call. Ambulance data include domestic abuse.",
                "Out of the area: conveyed to a hospital whose site lies outside the partnership area (the in-area flag of "
                        + "the hospital list, docs/datasets/hospitals.md)."));
        if (scope.area().kind() != svo.analysis.Area.Kind.ALL) {
            notes.add("An area other than the whole partnership counts the patients whose incident district was recorded in it.");
        }
        return new Result(id(), title(), scope, tables, figures, notes);
    }

    private static Table responses(List<Tally> tallies, List<Period.Span> periods) {
        Table.Builder b = Table.builder("responses", "Patients due to assaults by response type and sex").columns(
                Column.text("sex", "Sex"), Column.text("response_type", "Response"), Column.text("period", "Period"),
                Column.count("patients", "Patients"));
        Map<String, String> blocks = new LinkedHashMap<>();
        blocks.put("All", null);
        blocks.put("Male", "M");
        blocks.put("Female", "F");
        if (tallies.stream().anyMatch(t -> !t.sex().equals("M") && !t.sex().equals("F"))) blocks.put(NOT_RECORDED, "other");
        for (Map.Entry<String, String> block : blocks.entrySet()) {
            long[] total = new long[periods.size()];
            for (String response : PartnerCodes.RESPONSE_TYPE.codes()) {
                for (int s = 0; s < periods.size(); s++) {
                    long n = 0;
                    for (Tally t : tallies) if (t.span() == s && t.response().equals(response) && sexIs(t.sex(), block.getValue())) n += t.n();
                    b.row(block.getKey(), PartnerCodes.RESPONSE_TYPE.label(response), periods.get(s).label(), n);
                    total[s] += n;
                }
            }
            for (int s = 0; s < periods.size(); s++) b.row(block.getKey(), "Total calls", periods.get(s).label(), total[s]);
        }
        return b.build();
    }

    private static Table changes(Scope scope, List<Tally> tallies) {
        int spans = scope.period().spans().size();
        Changes changes = new Changes(scope, Column.text("response_type", "Response"));
        if (!tallies.isEmpty()) {
            long[] total = new long[spans];
            for (String response : PartnerCodes.RESPONSE_TYPE.codes()) {
                long[] n = new long[spans];
                for (Tally t : tallies) if (t.response().equals(response)) n[t.span()] += t.n();
                for (int i = 0; i < spans; i++) total[i] += n[i];
                changes.add(n, PartnerCodes.RESPONSE_TYPE.label(response));
            }
            changes.add(total, "Total calls");
        }
        return changes.table("changes", "Change in patients in the latest period");
    }

    private static boolean sexIs(String sex, String block) {
        if (block == null) return true;
        if (block.equals("other")) return !sex.equals("M") && !sex.equals("F");
        return sex.equals(block);
    }

    private static Table conveyance(List<Tally> tallies, List<Period.Span> periods, HospitalList hospitals) {
        Table.Builder b = Table.builder("conveyance", "Patients conveyed, by destination hospital").columns(
                Column.text("hospital", "Hospital conveyed to"), Column.text("in_area", "In the area"), Column.text("period", "Period"),
                Column.count("patients", "Patients"));
        Map<String, long[]> byHospital = new LinkedHashMap<>();
        for (Tally t : tallies) {
            if (!t.response().equals(CONVEY)) continue;
            byHospital.computeIfAbsent(t.destination() == null ? "" : t.destination(), k -> new long[periods.size()])[t.span()] += t.n();
        }
        List<String> order = new ArrayList<>(byHospital.keySet());
        order.sort(Comparator.comparing((String h) -> h.isEmpty() ? 1 : 0).thenComparing(h -> -sum(byHospital.get(h))).thenComparing(h -> h));
        long[] total = new long[periods.size()];
        for (String h : order) {
            long[] n = byHospital.get(h);
            String name = h.isEmpty() ? NOT_RECORDED : hospitals.name(h);
            Boolean in = h.isEmpty() ? null : hospitals.inArea(h);
            String inArea = in == null ? "Not known" : in ? "Yes" : "No";
            for (int s = 0; s < periods.size(); s++) {
                b.row(name, inArea, periods.get(s).label(), n[s]);
                total[s] += n[s];
            }
            if (periods.size() > 1) b.row(name, inArea, "Total", sum(n));
        }
        if (!order.isEmpty()) {
            for (int s = 0; s < periods.size(); s++) b.row("Total", null, periods.get(s).label(), total[s]);
            if (periods.size() > 1) b.row("Total", null, "Total", sum(total));
        }
        return b.build();
    }

    private static Table outOfArea(List<Tally> tallies, List<Period.Span> periods, HospitalList hospitals, Map<String, Object> figures) {
        Table.Builder b = Table.builder("out_of_area", "Conveyed patients taken to hospitals outside the area").columns(
                Column.text("period", "Period"), Column.count("conveyed", "Conveyed, destination known"),
                Column.count("in_area", "To hospitals in the area"), Column.count("out_of_area", "To hospitals outside the area"),
                Column.percent("out_of_area_pct", "% outside the area", "out_of_area"), Column.percent("in_area_pct", "% in the area", "in_area"));
        long allKnown = 0, allOut = 0;
        BigDecimal sumOfShares = BigDecimal.ZERO;
        int years = 0;
        for (int s = 0; s < periods.size(); s++) {
            long known = 0, out = 0;
            for (Tally t : tallies) {
                if (t.span() != s || !t.response().equals(CONVEY) || t.destination() == null) continue;
                Boolean in = hospitals.inArea(t.destination());
                if (in == null) continue;
                known += t.n();
                if (!in) out += t.n();
            }
            b.row(periods.get(s).label(), known, known - out, out, Rounding.percent(out, known), Rounding.percent(known - out, known));
            allKnown += known;
            allOut += out;
            if (known > 0) {
                sumOfShares = sumOfShares.add(BigDecimal.valueOf(out).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(known), 12, RoundingMode.HALF_UP));
                years++;
            }
        }
        if (periods.size() > 1) {
            b.row(ALL_YEARS, allKnown, allKnown - allOut, allOut, Rounding.percent(allOut, allKnown), Rounding.percent(allKnown - allOut, allKnown));
        }
        figures.put("out_of_area_pct", Rounding.percent(allOut, allKnown));
        figures.put("out_of_area_mean_of_years_pct", years == 0 ? null
                : sumOfShares.divide(BigDecimal.valueOf(years), Rounding.DECIMALS, Rounding.MODE));
        return b.note("\"" + ALL_YEARS + "\" pools the patients of every year; the SNA's \"an average of 27% per year\" reads as the mean "
                + "of the yearly shares, given as the figure out_of_area_mean_of_years_pct.").build();
    }

    private static Table sex(List<Tally> tallies, List<Period.Span> periods, Map<String, Object> figures) {
        Table.Builder b = Table.builder("sex", "Female share of patients and male share of conveyed patients").columns(
                Column.text("period", "Period"), Column.count("patients", "Patients"), Column.count("female", "Female"),
                Column.count("male", "Male"), Column.count("sex_not_recorded", "Sex not recorded"),
                Column.percent("female_pct", "% female", "female"),
                Column.percent("female_pct_of_recorded", "% female of those with a recorded sex", "female"),
                Column.count("conveyed", "Conveyed"), Column.count("conveyed_male", "Conveyed, male"),
                Column.percent("conveyed_male_pct_of_recorded", "% male of conveyed with a recorded sex", "conveyed_male"));
        long[] all = new long[6];
        for (int s = 0; s <= periods.size(); s++) {
            boolean pooled = s == periods.size();
            if (pooled && periods.size() < 2) break;
            long[] v = pooled ? all : count(tallies, s);
            if (!pooled) for (int i = 0; i < 6; i++) all[i] += v[i];
            b.row(pooled ? ALL_YEARS : periods.get(s).label(), v[0], v[1], v[2], v[0] - v[1] - v[2], Rounding.percent(v[1], v[0]),
                    Rounding.percent(v[1], v[1] + v[2]), v[3], v[4], Rounding.percent(v[4], v[4] + v[5]));
        }
        if (periods.size() < 2) all = count(tallies, 0);
        figures.put("female_pct", Rounding.percent(all[1], all[0]));
        figures.put("female_pct_of_recorded", Rounding.percent(all[1], all[1] + all[2]));
        figures.put("conveyed_male_pct_of_recorded", Rounding.percent(all[4], all[4] + all[5]));
        return b.build();
    }

    /** patients, female, male, conveyed, conveyed male, conveyed female in one span. */
    private static long[] count(List<Tally> tallies, int span) {
        long[] v = new long[6];
        for (Tally t : tallies) {
            if (t.span() != span) continue;
            v[0] += t.n();
            if (t.sex().equals("F")) v[1] += t.n();
            if (t.sex().equals("M")) v[2] += t.n();
            if (t.response().equals(CONVEY)) {
                v[3] += t.n();
                if (t.sex().equals("M")) v[4] += t.n();
                if (t.sex().equals("F")) v[5] += t.n();
            }
        }
        return v;
    }

    private static long sum(long[] a) {
        long s = 0;
        for (long x : a) s += x;
        return s;
    }
}
