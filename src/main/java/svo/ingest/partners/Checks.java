package svo.ingest.partners;

import svo.ingest.ImportContext;
import svo.store.Jdbc;

import java.util.List;

/** Set-based checks the partner importers share, run once all rows of a file are in. */
final class Checks {
    private Checks() {}

    /**
     * Rejects a row whose id appears on an earlier line of the same file, or is already loaded in an active
     * batch of the same source (unless that batch is being replaced). Rows without an id are not checked.
     */
    static void uniqueIds(ImportContext ctx, String table, String idColumn, String what) {
        ctx.rejectWhere("""
                SELECT line, '%2$s' AS column_name, %2$s AS value,
                       '%3$s ' || %2$s || ' appears again (first on line ' || first_line || ')' AS reason
                FROM (SELECT line, %2$s, min(line) OVER (PARTITION BY %2$s) AS first_line
                      FROM %1$s WHERE batch_id = ? AND %2$s IS NOT NULL)
                WHERE line > first_line""".formatted(table, idColumn, what), ctx.batchId());
        ctx.rejectWhere("""
                SELECT n.line, '%2$s' AS column_name, n.%2$s AS value,
                       '%3$s ' || n.%2$s || ' is already loaded (batch ' || min(o.batch_id)
                       || '); to load a corrected extract of the same period use --replace' AS reason
                FROM %1$s n
                JOIN %1$s o ON o.%2$s = n.%2$s AND o.batch_id <> n.batch_id
                JOIN batch b ON b.batch_id = o.batch_id AND b.status = 'active' AND b.source = ?
                WHERE n.batch_id = ? AND o.batch_id NOT IN (%4$s)
                GROUP BY n.line, n.%2$s""".formatted(table, idColumn, what, ctx.replacingSqlList()), ctx.source(), ctx.batchId());
    }

    /**
     * For aggregate counts: rejects a row that repeats the dimensions of an earlier row of the file (its count
     * would be added twice), or of a row already loaded in an active batch of the same source that is not
     * being replaced. {@code keys} are table columns; {@code names} says what they are, for the message.
     */
    static void uniqueKeys(ImportContext ctx, String table, String reportColumn, List<String> keys, String names) {
        String key = String.join(" || '|' || ", keys.stream().map(k -> "coalesce(CAST(" + k + " AS VARCHAR), '-')").toList());
        ctx.rejectWhere("""
                SELECT line, '%2$s' AS column_name, k AS value,
                       'repeats line ' || first_line || ' (same %3$s); its count would be added twice' AS reason
                FROM (SELECT line, %4$s AS k, min(line) OVER (PARTITION BY %4$s) AS first_line
                      FROM %1$s WHERE batch_id = ?)
                WHERE line > first_line""".formatted(table, reportColumn, names, key), ctx.batchId());
        ctx.rejectWhere("""
                SELECT n.line, '%2$s' AS column_name, n.k AS value,
                       'the same %3$s is already loaded (batch ' || min(o.batch_id)
                       || '); to load a corrected extract use --replace' AS reason
                FROM (SELECT line, %4$s AS k FROM %1$s WHERE batch_id = ?) n
                JOIN (SELECT t.batch_id, %4$s AS k FROM %1$s t
                      JOIN batch b ON b.batch_id = t.batch_id AND b.status = 'active' AND b.source = ?
                      WHERE t.batch_id NOT IN (%5$s)) o ON o.k = n.k
                GROUP BY n.line, n.k""".formatted(table, reportColumn, names, key, ctx.replacingSqlList()),
                ctx.batchId(), ctx.source());
    }

    /**
     * Fills {@code area} (city or county) where the file left it empty: from an ONS local authority code
     * (E06, E08, E09: single-tier, "city"; E10: county council) or from a loaded district with the same
     * code or name.
     */
    static void deriveArea(ImportContext ctx, String table, String codeColumn, String nameColumn) {
        var c = ctx.connection();
        Jdbc.update(c, """
                UPDATE %1$s SET area = CASE WHEN upper(%2$s) SIMILAR TO 'E0(6|8|9)[0-9]{6}' THEN 'city'
                                            WHEN upper(%2$s) SIMILAR TO 'E10[0-9]{6}' THEN 'county' END
                WHERE batch_id = ? AND area IS NULL AND %2$s IS NOT NULL""".formatted(table, codeColumn), ctx.batchId());
        Jdbc.update(c, """
                UPDATE %1$s t SET area = a.city_county
                FROM area a
                WHERE t.batch_id = ? AND t.area IS NULL AND a.level = 'district' AND a.city_county IS NOT NULL
                  AND (a.code = t.%2$s OR lower(a.name) = lower(t.%3$s))""".formatted(table,
                codeColumn == null ? "NULL" : codeColumn, nameColumn), ctx.batchId());
    }
}
