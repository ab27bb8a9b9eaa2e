package svo.web;

import svo.analysis.Analysis;
import svo.analysis.Column;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.store.Jdbc;
import svo.store.Store;

import java.util.List;
import java.util.Map;

/**
 * A small but real analysis for the web tests (the SNA analyses join the catalogue from their own part):
 * occurrences and knife occurrences by district in each span of the period, from the occurrence view.
 */
final class DistrictCounts implements Analysis {
    @Override
    public String id() {
        return "test.district-counts";
    }

    @Override
    public String title() {
        return "Occurrences by district";
    }

    @Override
    public String section() {
        return "web tests";
    }

    @Override
    public List<String> datasets() {
        return List.of("occurrences");
    }

    @Override
    public Result run(Store store, Scope scope) {
        Table.Builder t = Table.builder("by_district", "Occurrences by district, " + scope.period().label())
                .columns(Column.text("district", "District"), Column.count("occurrences", "Occurrences"),
                        Column.count("knife", "Knife or bladed article"), Column.percent("knife_pct", "Knife share", "occurrences"));
        long total = 0;
        // A definition's condition is generated from its validated file and never holds request text.
        String counted = scope.definition() == null ? "true" : scope.definition().sqlCondition();
        for (var span : scope.period().spans()) {
            var rows = Jdbc.query(store.connection(), """
                    SELECT coalesce(a.name, o.district_code, 'not placed') AS district, count(*) AS n,
                           count(*) FILTER (WHERE o.knife) AS knife
                    FROM occurrence o LEFT JOIN area a ON a.level = 'district' AND a.code = o.district_code
                    WHERE o.committed_from >= ? AND o.committed_from < ?
                      AND (? = 'ALL' OR (? = 'DISTRICT' AND o.district_code = ?) OR a.city_county = lower(?))
                      AND (%s)
                    GROUP BY 1 ORDER BY 2 DESC, 1""".formatted(counted),
                    rs -> List.<Object>of(rs.getString(1), rs.getLong(2), rs.getLong(3), 100.0 * rs.getLong(3) / rs.getLong(2)),
                    span.start(), span.endExclusive(), scope.area().kind().name(), scope.area().kind().name(),
                    scope.area().code(), scope.area().kind().name());
            for (var r : rows) {
                t.row(r);
                total += (Long) r.get(1);
            }
        }
        t.note("Counts each occurrence once, in the district it was recorded in.");
        return new Result(id(), title(), scope, List.of(t.build()), Map.of("occurrences", total),
                List.of("Test analysis: not part of the SNA."));
    }
}
