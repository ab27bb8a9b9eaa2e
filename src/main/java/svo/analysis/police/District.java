package svo.analysis.police;

import svo.analysis.Analysis;
import svo.analysis.Changes;
import svo.analysis.Column;
import svo.analysis.InScope;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Rounding;
import svo.analysis.Scope;
import svo.analysis.SpanCounts;
import svo.analysis.Table;
import svo.store.Jdbc;
import svo.store.Sql;
import svo.store.Store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Serious violence by district per period, with the rate per 1,000 population of the same area and year (SNA 2025 §4.2). */
public final class District implements Analysis {
    private static final String SQL = Sql.load(District.class);
    private static final String AREAS = Sql.load(District.class, "DistrictAreas");
    static final String UNKNOWN = "Unknown area";

    @Override public String id() { return "district"; }
    @Override public String title() { return "Serious violence by district"; }
    @Override public String section() { return "SNA 2025 §4.2; PA report May 2026 §3.3"; }
    @Override public List<String> datasets() { return List.of("occurrences", "districts", "population"); }

    @Override
    public Result run(Store store, Scope scope) {
        InScope.occurrences(store.connection(), scope);
        List<Object> params = new ArrayList<>();
        String areaSql = InScope.areaCondition(scope.area(), "a.code", params);
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, TreeMap<Integer, Long>> population = new LinkedHashMap<>();
        Jdbc.query(store.connection(), AREAS.replace("{area}", areaSql), rs -> {
            names.putIfAbsent(rs.getString(1), rs.getString(2));
            TreeMap<Integer, Long> years = population.computeIfAbsent(rs.getString(1), k -> new TreeMap<>());
            if (rs.getObject(3) != null) years.put(rs.getInt(3), rs.getLong(4));
            return null;
        }, params.toArray());
        SpanCounts counts = new SpanCounts(scope.period(), 1);
        names.forEach((code, name) -> counts.ensure(name));
        Map<String, String> codeOf = new LinkedHashMap<>();
        names.forEach((code, name) -> codeOf.put(name, code));
        List<Object[]> rows = Jdbc.query(store.connection(), SQL, rs -> new Object[] {rs.getString(1), rs.getInt(2), rs.getLong(3)});
        for (Object[] r : rows) {
            String name = r[0] == null ? UNKNOWN : names.getOrDefault((String) r[0], names.isEmpty() ? (String) r[0] : UNKNOWN);
            counts.add(name, (int) r[1], (long) r[2]);
        }
        List<Period.Span> spans = scope.period().spans();
        Table.Builder t = Table.builder("by_district", title()).columns(Column.text("district", "District"),
                Column.text("district_code", "Code"), Column.text("period", "Period"), Column.count("count", "Occurrences"),
                Column.number("population", "Population"), Column.text("population_year", "Population year"),
                Column.rate("per_1000", "Per 1,000", "count"));
        Changes changes = new Changes(scope, Column.text("district", "District"));
        List<String> notes = new ArrayList<>(List.of(scope.describe(), Changes.note(scope)));
        if (!rows.isEmpty()) {
            for (String name : counts.series()) {
                long[] n = counts.series(name, 0);
                for (int s = 0; s < spans.size(); s++) {
                    Map.Entry<Integer, Long> pop = population(population.get(codeOf.get(name)), spans.get(s));
                    t.row(name, codeOf.get(name), spans.get(s).label(), n[s], pop == null ? null : pop.getValue(),
                            pop == null ? null : pop.getKey().toString(), pop == null ? null : Rounding.rate(n[s], pop.getValue(), 1000));
                }
                changes.add(n, name);
            }
            long[] total = counts.total(0);
            for (int s = 0; s < spans.size(); s++) {
                Long pop = totalPopulation(population, spans.get(s));
                t.row("total", null, spans.get(s).label(), total[s], pop, null, Rounding.rate(total[s], pop, 1000));
            }
            changes.add(total, "total");
            if (counts.series().contains(UNKNOWN)) notes.add("Unknown area: occurrences with no district, or one outside the loaded districts; "
                    + "they count in the total, whose rate is over the population of every district.");
        }
        notes.add("A rate uses the district's population of the year in which the period's middle falls (or the nearest earlier year "
                + "loaded, else the nearest later one), named in population_year.");
        return new Result(id(), title(), scope, List.of(t.build(), changes.table("changes", "Change in the latest period")), Map.of(), notes);
    }

    /** The population year for a span: the year of its middle day, else the nearest earlier, else the nearest later. */
    static Map.Entry<Integer, Long> population(TreeMap<Integer, Long> years, Period.Span span) {
        if (years == null || years.isEmpty()) return null;
        int mid = span.start().plusDays(span.days() / 2).getYear();
        Map.Entry<Integer, Long> e = years.floorEntry(mid);
        return e != null ? e : years.ceilingEntry(mid);
    }

    private static Long totalPopulation(Map<String, TreeMap<Integer, Long>> population, Period.Span span) {
        long sum = 0;
        for (TreeMap<Integer, Long> years : population.values()) {
            Map.Entry<Integer, Long> e = population(years, span);
            if (e == null) return null;
            sum += e.getValue();
        }
        return population.isEmpty() ? null : sum;
    }
}
