package svo.analysis.places;

import svo.analysis.Analysis;
import svo.analysis.Column;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.store.Sql;
import svo.store.Store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code hotspots.wards}: the top N wards by count in each span, with their share of all records in scope
 * (PA report May 2026 §3.2: Arboretum 771 = 6.7% of 11,532). Parameters: {@code top} (default 15),
 * {@code source}/{@code crime_types}.
 */
public final class WardHotspots implements Analysis {
    private static final String SQL = Sql.load(WardHotspots.class);

    @Override
    public String id() {
        return "hotspots.wards";
    }

    @Override
    public String title() {
        return "Top wards for serious violence";
    }

    @Override
    public String section() {
        return "PA report May 2026 §3.2";
    }

    @Override
    public List<String> datasets() {
        return List.of("occurrences", "areas");
    }

    @Override
    public Result run(Store store, Scope scope) {
        int top = new Params(scope).integer("top", 15, 1, 100_000);
        Records records = Records.of(scope);
        Records.Fragment f = records.fragment();
        Table.Builder t = Table.builder("top_wards", "Top " + top + " wards by count, with their share of all records")
                .columns(Column.text("ward", "Ward"), Column.text("ward_code", "Code"), Column.text("district", "District"),
                        Column.text("period", "Period"), Column.count("offence_count", "Offences"),
                        Column.percent("share_pct", "% of all", "offence_count"), Column.number("rank", "Rank"));
        Map<String, Long> totals = new LinkedHashMap<>();
        new PlacesQuery(SQL).with("records", f.sql(), f.params()).bind(top).query(store.connection(), rs -> {
            long n = rs.getLong(5), all = rs.getLong(6);
            totals.put(rs.getString(1), all);
            t.row(rs.getString(3), rs.getString(2), rs.getString(4), rs.getString(1), n, Round.percent(n, all), rs.getLong(7));
            return null;
        });
        t.note("Share = the ward's count / all " + records.describe() + " in the period, including records with no ward.");
        t.note("Wards tied with the last place shown are all shown; equal counts share a rank.");
        Map<String, Object> figures = new LinkedHashMap<>();
        totals.forEach((period, all) -> figures.put("all_records_" + period.replaceAll("[^A-Za-z0-9]+", "_").toLowerCase(), all));
        return new Result(id(), title(), scope, List.of(t.build()), figures, List.of(scope.describe()));
    }
}
