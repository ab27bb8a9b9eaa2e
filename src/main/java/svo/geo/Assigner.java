package svo.geo;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import svo.BadInputException;
import svo.store.Jdbc;
import svo.store.StoreException;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Gives located records their area codes by point in polygon: {@code lsoa_code}, {@code ward_code},
 * {@code neighbourhood_code}, {@code district_code} and {@code nte_area_code} of {@code occurrence_all},
 * {@code police_uk_crime_all} and {@code stop_search_all}.
 *
 * <pre>
 * // at the end of an import, inside the import's transaction:
 * Assigner.Result r = Assigner.assign(connection, "police_uk_crime_all", batchId);
 * </pre>
 *
 * It fills only what is missing: a code the source gave is kept, and a row with easting/northing gets its
 * longitude/latitude (and the other way round) converted with {@link Projection}. The point-in-polygon test
 * runs once per <em>distinct</em> point (police.uk points are snapped to map points, so a month of a force's
 * crimes has far fewer points than rows); results go to a temporary table and back into the records with one
 * set-based {@code UPDATE … FROM} per coordinate kind. Rows with an LSOA or ward code but no coordinates get
 * their district from that area's parent. Points inside no loaded area keep NULL codes and are counted
 * ({@link Result#rowsOutside()}), a data-quality figure.
 */
public final class Assigner {
    /** The tables with located records, and the levels each carries a code column for. */
    static final Map<String, List<Level>> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("occurrence_all", List.of(Level.values()));
        TABLES.put("police_uk_crime_all", List.of(Level.values()));
        TABLES.put("stop_search_all", List.of(Level.DISTRICT, Level.WARD, Level.LSOA, Level.NEIGHBOURHOOD));
    }

    /** Codes that come from the publisher and are kept even when everything is reassigned. */
    private static final Map<String, Set<Level>> SOURCE_CODES = Map.of("police_uk_crime_all", Set.of(Level.LSOA));

    /**
     * What an assignment did.
     *
     * @param rowsExamined    rows whose point was looked up
     * @param distinctPoints  distinct points looked up
     * @param rowsOutside     examined rows whose point lies inside no loaded area of any level (codes stay NULL)
     * @param rowsUnlocated   rows in scope without usable coordinates
     * @param rowsByCode      rows given a district from the parent of their LSOA or ward code
     */
    public record Result(String table, Long batchId, long rowsExamined, long distinctPoints, long rowsOutside,
                         long rowsUnlocated, long rowsByCode) {
        /** "police_uk_crime_all: 7514 rows at 3961 distinct points, 61 outside every area, 0 without coordinates". */
        public String describe() {
            return String.format("%s%s: %d rows at %d distinct points, %d outside every loaded area, %d without "
                            + "coordinates, %d placed by their area code", table,
                    batchId == null ? "" : " (batch " + batchId + ")", rowsExamined, distinctPoints, rowsOutside,
                    rowsUnlocated, rowsByCode);
        }
    }

    private Assigner() {}

    /**
     * Fills the missing area codes (and the missing half of the coordinates) of the rows of batch
     * {@code batchId} in {@code table}, in the caller's transaction. Builds a {@link Locator} from the loaded
     * areas; callers assigning many batches at once should build one and use the other overload.
     */
    public static Result assign(Connection c, String table, long batchId) {
        return assign(c, Locator.load(c), table, batchId);
    }

    /** As {@link #assign(Connection, String, long)} with a locator the caller built. */
    public static Result assign(Connection c, Locator locator, String table, long batchId) {
        return run(c, locator, table, batchId, false);
    }

    /**
     * Every batch of every located table: fills what is missing, or with {@code overwrite} recomputes every
     * code of every located row from the current boundaries (after boundaries change). The publisher's
     * police.uk LSOA code is kept either way. Also re-places the schools.
     */
    public static List<Result> assignAll(Connection c, boolean overwrite) {
        Locator locator = Locator.load(c);
        List<Result> out = new ArrayList<>();
        for (String table : TABLES.keySet()) out.add(run(c, locator, table, null, overwrite));
        SchoolImport.relocate(c, locator);
        return out;
    }

    static Result run(Connection c, Locator locator, String table, Long batchId, boolean overwrite) {
        List<Level> levels = TABLES.get(table);
        if (levels == null) {
            throw BadInputException.of("table", table, TABLES.keySet().stream().collect(Collectors.joining(", ", "one of ", "")));
        }
        Set<Level> kept = SOURCE_CODES.getOrDefault(table, Set.of());
        String t = table + ".";
        // Only the levels with loaded areas can be filled; a level never loaded must not make every row "missing".
        List<Level> loaded = levels.stream().filter(locator::has).toList();
        Object[] params = batchId == null ? new Object[0] : new Object[] {batchId};

        // 1. Distinct points with grid coordinates, and distinct points with only WGS84 coordinates.
        List<double[]> grid = Jdbc.query(c, "SELECT easting, northing, count(*) FROM " + table + " WHERE "
                + scope("", batchId) + " AND easting IS NOT NULL AND northing IS NOT NULL AND "
                + missing("", loaded, overwrite) + " GROUP BY easting, northing",
                rs -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getLong(3)}, params);
        List<double[]> wgs = Jdbc.query(c, "SELECT longitude, latitude, count(*) FROM " + table + " WHERE "
                + scope("", batchId) + " AND (easting IS NULL OR northing IS NULL) AND longitude IS NOT NULL "
                + "AND latitude IS NOT NULL GROUP BY longitude, latitude",
                rs -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getLong(3)}, params);

        // 2. Point in polygon, once per distinct point, on every core.
        Located[] fromGrid = locate(locator, grid, true);
        Located[] fromWgs = locate(locator, wgs, false);
        long examined = 0, outside = 0;
        for (int i = 0; i < grid.size(); i++) {
            examined += (long) grid.get(i)[2];
            if (fromGrid[i].codes.outside()) outside += (long) grid.get(i)[2];
        }
        for (int i = 0; i < wgs.size(); i++) {
            examined += (long) wgs.get(i)[2];
            if (fromWgs[i].codes.outside()) outside += (long) wgs.get(i)[2];
        }

        // 3. Back into the records: one set-based UPDATE per coordinate kind.
        String codes = levels.stream().map(l -> l.codeColumn() + " = " + (overwrite && !kept.contains(l)
                        ? "x." + l.id() : "coalesce(" + t + l.codeColumn() + ", x." + l.id() + ")"))
                .collect(Collectors.joining(", "));
        if (!grid.isEmpty()) {
            writeTemp(c, "geo_assign_grid", grid, fromGrid);
            Jdbc.update(c, "UPDATE " + table + " SET longitude = coalesce(" + t + "longitude, x.x2), latitude = "
                    + "coalesce(" + t + "latitude, x.y2), " + codes + " FROM geo_assign_grid x WHERE "
                    + scope(t, batchId) + " AND " + t + "easting = x.x1 AND " + t + "northing = x.y1 AND "
                    + missing(t, loaded, overwrite), params);
        }
        if (!wgs.isEmpty()) {
            writeTemp(c, "geo_assign_wgs", wgs, fromWgs);
            Jdbc.update(c, "UPDATE " + table + " SET easting = x.x2, northing = x.y2, " + codes
                    + " FROM geo_assign_wgs x WHERE " + scope(t, batchId) + " AND (" + t + "easting IS NULL OR "
                    + t + "northing IS NULL) AND " + t + "longitude = x.x1 AND " + t + "latitude = x.y1", params);
        }
        Jdbc.execute(c, "DROP TABLE IF EXISTS temp.geo_assign_grid; DROP TABLE IF EXISTS temp.geo_assign_wgs");

        // 4. Rows with an area code but no point: the district is that area's parent.
        long byCode = 0;
        for (Level via : List.of(Level.LSOA, Level.WARD)) {
            Object[] p = batchId == null ? new Object[] {via.id()} : new Object[] {batchId, via.id()};
            byCode += Jdbc.update(c, "UPDATE " + table + " SET district_code = a.parent_code FROM area a WHERE "
                    + scope(t, batchId) + " AND " + t + "district_code IS NULL AND a.level = ? AND a.code = "
                    + t + via.codeColumn() + " AND a.parent_code IS NOT NULL", p);
        }
        long unlocated = Jdbc.count(c, "SELECT count(*) FROM " + table + " WHERE " + scope("", batchId)
                + " AND (easting IS NULL OR northing IS NULL) AND (longitude IS NULL OR latitude IS NULL)", params);
        return new Result(table, batchId, examined, grid.size() + wgs.size(), outside, unlocated, byCode);
    }

    private static String scope(String qualifier, Long batchId) {
        return batchId == null ? "true" : qualifier + "batch_id = ?";
    }

    /** Rows that lack a code or half of their coordinates (every row when overwriting). */
    private static String missing(String qualifier, List<Level> levels, boolean overwrite) {
        if (overwrite) return "true";
        List<String> conditions = new ArrayList<>();
        for (Level l : levels) conditions.add(qualifier + l.codeColumn() + " IS NULL");
        conditions.add(qualifier + "longitude IS NULL");
        conditions.add(qualifier + "latitude IS NULL");
        return "(" + String.join(" OR ", conditions) + ")";
    }

    /** The looked-up point: the other half of its coordinates (NaN when outside Great Britain) and its codes. */
    private record Located(double x2, double y2, Locator.Codes codes) {}

    private static Located[] locate(Locator locator, List<double[]> points, boolean fromGrid) {
        Located[] out = new Located[points.size()];
        ThreadLocal<Projection> projection = ThreadLocal.withInitial(Projection::new);
        IntStream.range(0, points.size()).parallel().forEach(i -> {
            double[] p = points.get(i);
            Projection proj = projection.get();
            if (fromGrid) {
                if (!BoundaryFile.GB_GRID.contains(p[0], p[1])) {
                    out[i] = new Located(Double.NaN, Double.NaN, Locator.Codes.NONE);
                    return;
                }
                Projection.LonLat ll = proj.toWgs84(p[0], p[1]);
                out[i] = new Located(ll.longitude(), ll.latitude(), locator.locate(p[0], p[1]));
            } else {
                if (!BoundaryFile.GB_LON_LAT.contains(p[0], p[1])) {
                    out[i] = new Located(Double.NaN, Double.NaN, Locator.Codes.NONE);
                    return;
                }
                Projection.GridPoint g = proj.toGrid(p[0], p[1]);
                out[i] = new Located(g.easting(), g.northing(), locator.locate(g.easting(), g.northing()));
            }
        });
        return out;
    }

    private static void writeTemp(Connection c, String name, List<double[]> keys, Located[] located) {
        Jdbc.execute(c, "CREATE OR REPLACE TEMP TABLE " + name + " (x1 DOUBLE, y1 DOUBLE, x2 DOUBLE, y2 DOUBLE, "
                + "district VARCHAR, ward VARCHAR, lsoa VARCHAR, neighbourhood VARCHAR, nte VARCHAR)");
        try (DuckDBAppender app = c.unwrap(DuckDBConnection.class).createAppender("temp", "main", name)) {
            for (int i = 0; i < keys.size(); i++) {
                Located l = located[i];
                app.beginRow();
                app.append(keys.get(i)[0]);
                app.append(keys.get(i)[1]);
                if (Double.isNaN(l.x2)) {
                    app.appendNull();
                    app.appendNull();
                } else {
                    app.append(l.x2);
                    app.append(l.y2);
                }
                for (Level level : Level.values()) AreaImport.appendNullable(app, l.codes.get(level));
                app.endRow();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot write the assigned area codes: " + e.getMessage(), e);
        }
    }
}
