package svo.ingest.police;

import svo.ingest.ImportContext;
import svo.store.Jdbc;

import java.util.List;

/**
 * Area codes given in a file may be codes or names. When the geography of a level is loaded, names are
 * turned into codes and anything that is neither is rejected with the column it came from; when the level
 * is not loaded, the value is kept as given (and point in polygon fills in what is missing later).
 */
public final class AreaCodes {
    private AreaCodes() {}

    /** A level, the table column holding its code, and the file column it came from. */
    public record Level(String level, String column, String fileColumn) {}

    public static void resolve(ImportContext ctx, String table, List<Level> levels) {
        var c = ctx.connection();
        for (Level l : levels) {
            if (Jdbc.count(c, "SELECT count(*) FROM area WHERE level = ?", l.level()) == 0) continue;
            Jdbc.update(c, """
                    UPDATE %1$s t SET %2$s = a.code
                    FROM area a
                    WHERE t.batch_id = ? AND a.level = ? AND t.%2$s IS NOT NULL
                      AND t.%2$s NOT IN (SELECT code FROM area WHERE level = ?)
                      AND lower(a.name) = lower(t.%2$s)""".formatted(table, l.column()), ctx.batchId(), l.level(), l.level());
            ctx.rejectWhere("""
                    SELECT line, '%3$s' AS column_name, %2$s AS value,
                           '''' || %2$s || ''' is not a known %4$s code or name (see ./svo geo list --level %4$s)' AS reason
                    FROM %1$s WHERE batch_id = ? AND %2$s IS NOT NULL
                      AND %2$s NOT IN (SELECT code FROM area WHERE level = ?)""".formatted(table, l.column(), l.fileColumn(), l.level()),
                    ctx.batchId(), l.level());
        }
    }
}
