package svo.analysis.places;

import svo.analysis.Analysis;
import svo.analysis.Column;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.store.Sql;
import svo.store.Store;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code nte} (SNA 2025 §9): offences of the NTE types (the scope's definition, normally {@code nte-offences})
 * in night-time economy areas from 18:00 to 06:00; by type and period with the change from the first to the
 * last period, by district, and by district with the average per period and the rate per 1,000.
 *
 * <p>Hours ({@code hours=18:00-06:00}): 18:00 counts, 06:00 does not — the same twelve whole hours (18–23 and
 * 0–5) as the hour-of-day analysis, so the two agree. police.uk data has no time of day: with
 * {@code source=police-uk} the tables hold crimes in NTE areas at any hour, and say so.
 */
public final class NightTimeEconomy implements Analysis {
    private static final String SQL = Sql.load(NightTimeEconomy.class);
    private static final String TYPES = Sql.load(NightTimeEconomy.class, "nte_types");
    private static final String DISTRICTS = Sql.load(NightTimeEconomy.class, "districts");

    @Override
    public String id() {
        return "nte";
    }

    @Override
    public String title() {
        return "Night-time economy crimes";
    }

    @Override
    public String section() {
        return "SNA 2025 §9";
    }

    @Override
    public List<String> datasets() {
        return List.of("occurrences", "areas", "population");
    }

    @Override
    public Result run(Store store, Scope scope) {
        LocalTime[] hours = new Params(scope).timeRange("hours", LocalTime.of(18, 0), LocalTime.of(6, 0));
        if (hours[0].equals(hours[1])) throw svo.BadInputException.of("hours", hours[0] + "-" + hours[1], "a start and end that differ, e.g. 18:00-06:00");
        Records records = Records.of(scope);
        Records.Fragment f = records.fragment();
        String hoursSql = records.policeUk() ? ""
                : hours[0].isAfter(hours[1]) ? "AND (CAST(r.at AS TIME) >= ? OR CAST(r.at AS TIME) < ?)"
                : "AND CAST(r.at AS TIME) >= ? AND CAST(r.at AS TIME) < ?";
        List<Object> hourParams = records.policeUk() ? List.of() : List.of(java.sql.Time.valueOf(hours[0]), java.sql.Time.valueOf(hours[1]));
        List<String> labels = scope.period().labels();
        Map<String, long[]> byType = new TreeMap<>();
        Map<String, long[]> byDistrict = new TreeMap<>();
        Map<String, String> districtNames = new TreeMap<>();
        new PlacesQuery(SQL).with("records", f.sql(), f.params()).with("type", records.policeUk() ? "r.offence" : TYPES, List.of())
                .with("hours", hoursSql, hourParams).bind().query(store.connection(), rs -> {
                    int span = rs.getInt(1);
                    long n = rs.getLong(6);
                    byType.computeIfAbsent(rs.getString(3), k -> new long[labels.size()])[span] += n;
                    byDistrict.computeIfAbsent(rs.getString(4), k -> new long[labels.size()])[span] += n;
                    districtNames.put(rs.getString(4), rs.getString(5));
                    return null;
                });

        String what = records.policeUk()
                ? "police.uk crimes in NTE areas at any hour: police.uk data has no time of day, so the " + hours[0] + "–" + hours[1]
                  + " window cannot be applied and these are not NTE crimes as the SNA counts them"
                : "offences in NTE areas committed from " + hours[0] + " (included) to " + hours[1] + " (excluded)";
        String prefix = records.policeUk() ? "Any hour: " : "";
        Table.Builder types = Table.builder("by_type", prefix + "NTE crimes by offence type")
                .columns(Column.text("offence_type", "Offence type"), Column.text("period", "Period"), Column.count("count", "Offences"));
        Table.Builder change = Table.builder("by_type_change", prefix + "NTE crimes: change from the first to the last period")
                .columns(Column.text("offence_type", "Offence type"), Column.text("from_period", "From"), Column.text("to_period", "To"),
                        Column.count("from_count", "First"), Column.count("to_count", "Last"),
                        Column.percent("change_pct", "% change", "to_count"));
        long[] totals = new long[labels.size()];
        for (var e : byType.entrySet()) {
            long[] v = e.getValue();
            for (int i = 0; i < v.length; i++) {
                types.row(e.getKey(), labels.get(i), v[i]);
                totals[i] += v[i];
            }
            if (labels.size() > 1) change.row(e.getKey(), labels.get(0), labels.get(labels.size() - 1), v[0], v[v.length - 1],
                    changePct(v[0], v[v.length - 1]));
        }
        types.note("Counts " + records.describe() + "; " + what + ".");
        change.note("% change = (last − first) / first × 100, rounded half-up to one decimal; blank when the first period has none.");

        Table.Builder districts = Table.builder("by_district", prefix + "NTE crimes by district")
                .columns(Column.text("district", "District"), Column.text("period", "Period"), Column.count("count", "Offences"));
        byDistrict.forEach((code, v) -> {
            for (int i = 0; i < v.length; i++) districts.row(districtNames.get(code), labels.get(i), v[i]);
        });

        Period.Span latest = scope.period().latest();
        Table.Builder rates = Table.builder("district_rates", prefix + "NTE crimes by district: average per period and rate per 1,000")
                .columns(Column.text("district", "District"), Column.count("population", "Population"),
                        Column.number("population_year", "Population year"), Column.count("total", "Offences, all periods"),
                        Column.number("average", "Average per period"), Column.rate("per_1000", "Per 1,000 population", "total"));
        List<Object> params = new ArrayList<>();
        String filter = Records.districtCondition(scope.area(), params);
        TreeSet<Integer> years = new TreeSet<>();
        Populations.with(new PlacesQuery(DISTRICTS), latest).with("district_filter", filter, params).bind().query(store.connection(), rs -> {
            String code = rs.getString(1);
            long population = rs.getLong(3);
            boolean known = !rs.wasNull();
            int year = rs.getInt(4);
            if (known) years.add(year);
            long[] v = byDistrict.getOrDefault(code, new long[labels.size()]);
            long total = 0;
            for (long x : v) total += x;
            double average = (double) total / labels.size();
            rates.row(rs.getString(2), known ? population : null, known ? (long) year : null, total, Round.of(average, 1),
                    known ? Round.ratio(total, 1000, population * labels.size(), 1) : null);
            return null;
        });
        rates.note("Average = offences over all " + labels.size() + " periods / " + labels.size()
                + "; rate = that unrounded average per 1,000 population of the year the latest period describes ("
                + Populations.yearOf(latest) + (years.isEmpty() ? "" : "; loaded year used: " + RankedHotspots.years(years)) + ").");

        Map<String, Object> figures = new LinkedHashMap<>();
        for (int i = 0; i < labels.size(); i++) figures.put("total_" + slug(labels.get(i)), totals[i]);
        long all = 0;
        for (long t : totals) all += t;
        figures.put("average_per_period", Round.of((double) all / labels.size(), 1));
        if (labels.size() > 1) figures.put("total_change_pct", changePct(totals[0], totals[totals.length - 1]));
        figures.put("hours", records.policeUk() ? "not applicable (police.uk has no time of day)" : hours[0] + "-" + hours[1]);
        List<String> notes = new ArrayList<>(List.of(scope.describe(), "Counts " + what + "."));
        return new Result(id(), title(), scope, List.of(types.build(), change.build(), districts.build(), rates.build()), figures, notes);
    }

    static BigDecimal changePct(long from, long to) {
        return from == 0 ? null : Round.ratio(to - from, 100, from, 1);
    }

    static String slug(String label) {
        return label.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "").toLowerCase();
    }
}
