package svo.analysis.partners;

import svo.analysis.Analysis;
import svo.analysis.Column;
import svo.analysis.PartnerScope;
import svo.analysis.Result;
import svo.analysis.Rounding;
import svo.analysis.Scope;
import svo.analysis.ScopeResolver;
import svo.analysis.Table;
import svo.ingest.partners.PartnerCodes;
import svo.store.Jdbc;
import svo.store.Sql;
import svo.store.Store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Permanent exclusions and suspensions by academic year, phase and reason, for each authority (the city and the
 * county), and the top reasons with their shares (SNA §17.1, §17.2).
 */
public final class SchoolExclusions implements Analysis {
    private static final String SQL = Sql.load(SchoolExclusions.class);

    @Override public String id() { return "schools.exclusions"; }
    @Override public String title() { return "School exclusions and suspensions"; }
    @Override public String section() { return "SNA 2025 §17 (schools)"; }
    @Override public List<String> datasets() { return List.of("school-exclusions"); }
    @Override public String defaultDefinition() { return null; }

    @Override
    public Map<String, String> parameters() {
        return Map.of("top", "how many reasons the top-reasons table lists (default 5)");
    }

    record Tally(String year, LocalDate yearStart, String authority, String area, String type, String phase, String reason, long n) {}

    @Override
    public Result run(Store store, Scope scope) {
        int top = ScopeResolver.intParameter(scope, "top", 5, 1, 50);
        PartnerScope.Fragment spans = PartnerScope.spans(scope.period());
        PartnerScope.Fragment area = PartnerScope.byAuthority(scope.area(), "x.area", "x.la_code", "x.la_name");
        List<Object> params = new ArrayList<>(spans.params());
        params.addAll(area.params());
        List<Tally> tallies = Jdbc.query(store.connection(), SQL.replace("{spans}", spans.sql()).replace("{area}", area.sql()),
                rs -> new Tally(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getLong(8)), params.toArray());
        List<String> authorities = authorities(tallies);
        List<String> years = new ArrayList<>(new TreeSet<>(tallies.stream().map(Tally::year).toList()));
        Map<String, Object> figures = new LinkedHashMap<>();
        List<Table> tables = List.of(byYear(tallies, authorities, years, figures), byPhase(tallies, authorities, years),
                topReasons(tallies, authorities, top, figures));
        List<String> notes = new ArrayList<>(List.of("Permanent exclusions and suspensions, academic years whose middle (1 March) "
                + "falls in " + scope.period().label() + ", " + scope.area().label() + "; rows are labelled with the academic year."));
        if (PartnerScope.belowAuthority(scope.area())) {
            notes.add(scope.area().label() + " is part of a county: exclusions are published by local authority and are not cut further.");
        }
        return new Result(id(), title(), scope, tables, figures, notes);
    }

    /** Authorities: the city ones first, then the county ones, then any of unknown area, by name within each. */
    private static List<String> authorities(List<Tally> tallies) {
        Map<String, String> areaOf = new TreeMap<>();
        for (Tally t : tallies) areaOf.putIfAbsent(t.authority(), t.area());
        List<String> out = new ArrayList<>(areaOf.keySet());
        out.sort(Comparator.comparingInt((String a) -> switch (areaOf.get(a)) {
            case "city" -> 0;
            case "county" -> 1;
            default -> 2;
        }).thenComparing(a -> a));
        return out;
    }

    private static Table byYear(List<Tally> tallies, List<String> authorities, List<String> years, Map<String, Object> figures) {
        Table.Builder b = Table.builder("by_year", "Permanent exclusions and suspensions by academic year").columns(
                Column.text("authority", "Local authority"), Column.text("exclusion_type", "Type"), Column.text("period", "Academic year"),
                Column.count("exclusions", "Exclusions"));
        for (String la : authorities) {
            for (String type : PartnerCodes.EXCLUSION_TYPE.codes()) {
                for (String y : years) {
                    long n = 0;
                    for (Tally t : tallies) if (t.authority().equals(la) && t.type().equals(type) && t.year().equals(y)) n += t.n();
                    b.row(la, PartnerCodes.EXCLUSION_TYPE.label(type), y, n);
                    figures.put(la + "." + type + "." + y, n);
                }
            }
        }
        return b.build();
    }

    private static Table byPhase(List<Tally> tallies, List<String> authorities, List<String> years) {
        Table.Builder b = Table.builder("by_phase", "Exclusions and suspensions by school phase").columns(
                Column.text("authority", "Local authority"), Column.text("exclusion_type", "Type"), Column.text("phase", "Phase"),
                Column.text("period", "Academic year"), Column.count("exclusions", "Exclusions"));
        List<String> phases = new ArrayList<>(PartnerCodes.PHASE.codes());
        phases.add(null);
        for (String la : authorities) {
            for (String type : PartnerCodes.EXCLUSION_TYPE.codes()) {
                for (String phase : phases) {
                    Map<String, Long> n = new LinkedHashMap<>();
                    for (String y : years) n.put(y, 0L);
                    boolean any = false;
                    for (Tally t : tallies) {
                        if (t.authority().equals(la) && t.type().equals(type) && java.util.Objects.equals(t.phase(), phase)) {
                            n.merge(t.year(), t.n(), Long::sum);
                            any = true;
                        }
                    }
                    if (!any) continue;
                    String label = phase == null ? Tallies.NOT_KNOWN : PartnerCodes.PHASE.label(phase);
                    n.forEach((y, count) -> b.row(la, PartnerCodes.EXCLUSION_TYPE.label(type), label, y, count));
                }
            }
        }
        return b.build();
    }

    private static Table topReasons(List<Tally> tallies, List<String> authorities, int top, Map<String, Object> figures) {
        Table.Builder b = Table.builder("top_reasons", "Top reasons for exclusions and suspensions").columns(
                Column.text("authority", "Local authority"), Column.text("rank", "Rank"), Column.text("reason", "Reason"),
                Column.count("exclusions", "Exclusions and suspensions"), Column.percent("pct", "% of reasons", "exclusions"));
        for (String la : authorities) {
            Map<String, Long> n = new TreeMap<>();
            long recorded = 0, unrecorded = 0;
            for (Tally t : tallies) {
                if (!t.authority().equals(la)) continue;
                if (t.reason() == null) unrecorded += t.n();
                else {
                    n.merge(t.reason(), t.n(), Long::sum);
                    recorded += t.n();
                }
            }
            if (recorded == 0) continue;
            List<Map.Entry<String, Long>> ranked = new ArrayList<>(n.entrySet());
            ranked.sort(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue()).thenComparing(Map.Entry::getKey));
            long shown = 0;
            for (int i = 0; i < Math.min(top, ranked.size()); i++) {
                Map.Entry<String, Long> e = ranked.get(i);
                b.row(la, String.valueOf(i + 1), e.getKey(), e.getValue(), Rounding.percent(e.getValue(), recorded));
                figures.put(la + ".reason_" + (i + 1) + "_pct", Rounding.percent(e.getValue(), recorded));
                shown += e.getValue();
            }
            if (ranked.size() > top) b.row(la, null, "Other reasons", recorded - shown, Rounding.percent(recorded - shown, recorded));
            b.row(la, null, "Total", recorded, Rounding.percent(recorded, recorded));
            if (unrecorded > 0) b.row(la, null, "Reason not recorded", unrecorded, null);
        }
        return b.note("Over every academic year in the period, suspensions and permanent exclusions together; shares are of the "
                + "exclusions whose reason was recorded. Equal counts are ranked by name.").build();
    }
}
