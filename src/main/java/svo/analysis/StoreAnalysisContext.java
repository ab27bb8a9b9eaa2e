package svo.analysis;

import svo.definitions.Definition;
import svo.store.Jdbc;
import svo.store.Store;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** {@link AnalysisContext} over the DuckDB store. */
final class StoreAnalysisContext implements AnalysisContext {
    /**
     * Reference data sets are replaced in place rather than kept as batches: loaded when their table has rows.
     * Analyses may name one level of the geography ("districts"); its batches are those of "areas".
     */
    private static final Map<String, String> REFERENCE_TABLES = Map.ofEntries(
            Map.entry("areas", "area"), Map.entry("geography", "area"), Map.entry("population", "population"),
            Map.entry("schools", "school"), Map.entry("imd", "imd"),
            Map.entry("districts", "area WHERE level = 'district'"), Map.entry("wards", "area WHERE level = 'ward'"),
            Map.entry("lsoas", "area WHERE level = 'lsoa'"), Map.entry("neighbourhoods", "area WHERE level = 'neighbourhood'"),
            Map.entry("nte-areas", "area WHERE level = 'nte'"));
    private static final java.util.Set<String> AREA_LEVELS = java.util.Set.of("districts", "wards", "lsoas", "neighbourhoods", "nte-areas", "geography");

    private final Store store;
    private final Function<String, Optional<Definition>> definitions;

    StoreAnalysisContext(Store store, Function<String, Optional<Definition>> definitions) {
        this.store = store;
        this.definitions = definitions;
    }

    @Override
    public Result run(Analysis analysis, Scope scope) {
        return analysis.run(store, scope);
    }

    @Override
    public boolean loaded(String dataset) {
        if (Jdbc.count(store.connection(), "SELECT count(*) FROM batch WHERE status = 'active' AND dataset = ?", dataset) > 0) {
            return true;
        }
        String table = REFERENCE_TABLES.get(dataset);
        return table != null && Jdbc.count(store.connection(), "SELECT count(*) FROM " + table) > 0;
    }

    @Override
    public List<Batch> batches(Collection<String> datasets) {
        if (datasets.isEmpty()) return List.of();
        java.util.Set<Object> names = new java.util.LinkedHashSet<>();
        for (String d : datasets) names.add(AREA_LEVELS.contains(d) ? "areas" : d);
        List<Object> params = new ArrayList<>(names);
        String marks = String.join(", ", java.util.Collections.nCopies(params.size(), "?"));
        return Jdbc.query(store.connection(), """
                SELECT batch_id, dataset, source, file_name, sha256, rows_read, rows_loaded, rows_rejected,
                       period_from, period_to, loaded_at, synthetic
                FROM batch WHERE status = 'active' AND dataset IN (%s)
                ORDER BY loaded_at, batch_id""".formatted(marks),
                rs -> new Batch(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8), date(rs.getDate(9)), date(rs.getDate(10)),
                        ts(rs.getTimestamp(11)), rs.getBoolean(12)),
                params.toArray());
    }

    @Override
    public boolean synthetic() {
        boolean setting = setting("synthetic").map(v -> v.strip().equalsIgnoreCase("true")).orElse(false);
        return setting || Jdbc.count(store.connection(), "SELECT count(*) FROM batch WHERE status = 'active' AND synthetic") > 0;
    }

    @Override
    public Optional<Definition> definition(String name) {
        return definitions.apply(name);
    }

    @Override
    public List<Area> districts() {
        return Jdbc.query(store.connection(), "SELECT code, name FROM area WHERE level = 'district' ORDER BY name",
                rs -> Area.district(rs.getString(1), rs.getString(2)));
    }

    @Override
    public Optional<String> setting(String key) {
        return Jdbc.queryOne(store.connection(), "SELECT value FROM store_setting WHERE key = ?", rs -> rs.getString(1), key);
    }

    private static java.time.LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static java.time.LocalDateTime ts(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
