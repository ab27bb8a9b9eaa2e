package svo.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an analysis returns: its tables, named derived figures (for JSON, findings and tests: e.g.
 * {@code fri_sat_night_share_pct = 23.2}), and notes that must travel with the figures (definition used,
 * comparison basis, data-quality caveats, "police.uk data has no time of day").
 */
public record Result(String analysisId, String title, Scope scope, List<Table> tables, Map<String, Object> figures,
                     List<String> notes) {
    public Result {
        tables = List.copyOf(tables);
        figures = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        notes = List.copyOf(notes);
    }

    /** The table with the given id; fails loudly if there is none (a programming error). */
    public Table table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(analysisId + " has no table " + id + "; it has "
                        + tables.stream().map(Table::id).toList()));
    }

    /** The first table. */
    public Table table() {
        return tables.get(0);
    }

    /** A derived figure, or null. */
    public Object figure(String name) {
        return figures.get(name);
    }
}
