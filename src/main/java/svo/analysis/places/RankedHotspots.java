package svo.analysis.places;

import svo.analysis.Analysis;
import svo.analysis.Column;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.store.Store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code hotspots.ranked}: the SNA's hotspot table (SNA 2025 §5) — areas ranked by volume, by rate per 1,000
 * and by the sum of the two ranks — over neighbourhood areas, wards or LSOAs, for the latest span of the period
 * (the SNA uses a 12-month window, 1 June 2024 – 31 May 2025). The work is in {@code AreaCounts.sql} and
 * {@link ScoreRanking}.
 *
 * <p>Parameters: {@code level} = neighbourhood (default) | ward | lsoa; {@code top} = rows shown (default 15,
 * or {@code all}); {@code pool} = all (default: rates ranked among every area) or N (rates ranked only among the
 * N largest by volume); {@code source} = occurrences | police-uk with {@code crime_types}.
 */
public final class RankedHotspots implements Analysis {
    @Override
    public String id() {
        return "hotspots.ranked";
    }

    @Override
    public String title() {
        return "Serious violence hotspots: areas ranked by volume and rate";
    }

    @Override
    public String section() {
        return "SNA 2025 §5";
    }

    @Override
    public List<String> datasets() {
        return List.of("occurrences", "areas", "population");
    }

    @Override
    public Result run(Store store, Scope scope) {
        Params p = new Params(scope);
        Level level = Level.parse("level", p.raw("level"), Level.NEIGHBOURHOOD, Level.NEIGHBOURHOOD, Level.WARD, Level.LSOA);
        int top = "all".equalsIgnoreCase(p.text("top", "")) ? Integer.MAX_VALUE : p.integer("top", 15, 1, 1_000_000);
        int pool = "all".equalsIgnoreCase(p.text("pool", "all")) ? 0 : p.integer("pool", 0, 1, 1_000_000);
        Records records = Records.of(scope);
        AreaCounts.Counts counts = AreaCounts.count(store, scope, level, records);
        List<AreaCounts.Row> rows = counts.rows();

        long[] volume = rows.stream().mapToLong(AreaCounts.Row::total).toArray();
        long[] population = rows.stream().mapToLong(r -> r.population() == null ? 0 : r.population()).toArray();
        ScoreRanking.Ranks ranks = ScoreRanking.rank(volume, population, pool);

        Table.Builder t = Table.builder("ranking", "Top " + (top == Integer.MAX_VALUE ? "" : top + " ") + level.label()
                        + "s by combined volume and rate rank, " + counts.span().label())
                .columns(Column.text("district", "District"), Column.text("area_code", "Code"),
                        Column.text("area_name", capitalised(level.label()) + " name"), Column.count("total", "Total"),
                        Column.number("sv_rank", "Volume rank"), Column.count("population", "Population"),
                        Column.rate("per_1000", "Per 1,000", "total"), Column.number("per_pop_rank", "Rate rank"),
                        Column.number("score", "Score"), Column.number("rank", "Rank"));
        int shown = 0;
        java.util.TreeMap<Integer, Integer> popYears = new java.util.TreeMap<>();
        List<String> unpopulated = new ArrayList<>();
        for (int k = 0; k < ranks.order().length; k++) {
            int i = ranks.order()[k];
            AreaCounts.Row r = rows.get(i);
            if (r.populationYear() != null && r.population() != null && r.population() > 0) popYears.merge(r.populationYear(), 1, Integer::sum);
            if (ranks.rank()[i] == ScoreRanking.NONE) {
                if (r.total() > 0 && population[i] <= 0) unpopulated.add(r.name());
                continue;
            }
            if (ranks.rank()[i] > top) continue;
            t.row(r.district(), r.code(), r.name(), r.total(), (long) ranks.volumeRank()[i], r.population(),
                    Round.ratio(r.total(), 1000, r.population(), 0), (long) ranks.rateRank()[i], (long) ranks.score()[i],
                    (long) ranks.rank()[i]);
            shown++;
        }
        t.note("Method (SNA 2025 §5): (1) rank by volume; (2) rate per 1,000 population; (3) rank by rate; "
                + "(4) score = volume rank + rate rank; (5) rank by score, ties broken by the better rate rank, then the better volume rank. "
                + "Equal values share a rank. Ranks use the unrounded rate; the rate is printed rounded to a whole number.");
        long populated = java.util.Arrays.stream(population).filter(v -> v > 0).count();
        t.note(pool == 0 ? "Rates are ranked among all " + populated + " " + level.label() + "s with a population."
                : "Rates are ranked only among the " + pool + " " + level.label() + "s with the most records (and any tied with the last).");
        t.note("Counts " + records.describe() + ", " + counts.span().label() + ".");
        if (!popYears.isEmpty()) t.note("Population of " + yearCounts(popYears, level.label()) + " (the year the window describes is "
                + Populations.yearOf(counts.span()) + "; for each area the latest loaded year up to it is used, else the earliest after it).");
        if (!unpopulated.isEmpty()) t.note(unpopulated.size() + " " + level.label() + "s with records have no population and are not ranked: "
                + String.join(", ", unpopulated.subList(0, Math.min(10, unpopulated.size()))) + (unpopulated.size() > 10 ? ", …" : "") + ".");
        if (counts.withoutCode() > 0) t.note(counts.withoutCode() + " of " + counts.records() + " records have no "
                + level.label() + " code (no coordinates, or outside every loaded boundary) and are not in any area's count.");

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("areas", (long) rows.size());
        figures.put("areas_shown", (long) shown);
        figures.put("records", counts.records());
        figures.put("records_without_area", counts.withoutCode());
        figures.put("window", counts.span().label());
        List<String> notes = new ArrayList<>();
        notes.add(scope.describe());
        if (records.policeUk()) notes.add("police.uk data: " + records.describe() + ".");
        return new Result(id(), title(), scope, List.of(t.build()), figures, notes);
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "2021 (598 LSOAs) and 2015 (13 LSOAs)", latest year first; just "2015" when there is one year. */
    static String yearCounts(java.util.TreeMap<Integer, Integer> years, String label) {
        if (years.size() == 1) return String.valueOf(years.firstKey());
        List<String> parts = new ArrayList<>();
        years.descendingMap().forEach((y, n) -> parts.add(y + " (" + n + " " + label + "s)"));
        return String.join(" and ", parts);
    }

    static String years(TreeSet<Integer> years) {
        return years.size() == 1 ? String.valueOf(years.first()) : years.first() + "–" + years.last();
    }
}
