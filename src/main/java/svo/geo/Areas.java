package svo.geo;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.ByteOrderValues;
import svo.store.Jdbc;

import java.sql.Connection;
import java.util.List;

/**
 * Reads the loaded areas of a level, with their boundaries, from the {@code area} table.
 *
 * <pre>
 * for (AreaShape lsoa : Areas.load(store.connection(), Level.LSOA)) { … lsoa.geometry() … }
 * </pre>
 */
public final class Areas {
    /** Grid coordinates in metres; the SRID is EPSG:27700. */
    static final GeometryFactory GRID = new GeometryFactory(new PrecisionModel(), 27700);

    private Areas() {}

    /** Every area of {@code level}, ordered by code. */
    public static List<AreaShape> load(Connection c, Level level) {
        WKBReader reader = new WKBReader(GRID);
        return Jdbc.query(c, """
                SELECT code, name, parent_code, city_county, geom_wkb FROM area WHERE level = ? ORDER BY code""",
                rs -> new AreaShape(level, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        read(reader, rs.getBytes(5), rs.getString(1))), level.id());
    }

    /** How many areas of {@code level} are loaded. */
    public static long count(Connection c, Level level) {
        return Jdbc.count(c, "SELECT count(*) FROM area WHERE level = ?", level.id());
    }

    /** One line of an area listing: the area and its population in the latest year known (null if none). */
    public record Listed(String code, String name, String parentCode, String cityCounty, double areaKm2,
                         Long population, Integer populationYear) {}

    /**
     * Every area of {@code level} with its area in km² and its population (all ages, both sexes) in the latest
     * year loaded: for districts from {@code district_population}, for other levels from {@code area_population}.
     */
    public static List<Listed> list(Connection c, Level level) {
        String pop = level == Level.DISTRICT
                ? "SELECT district_code AS code, year, count FROM district_population WHERE age_band = 'all' AND sex = 'all'"
                : "SELECT area_code AS code, year, count FROM area_population WHERE age_band = 'all' AND sex = 'all'";
        java.util.Map<String, long[]> latest = new java.util.HashMap<>();
        Jdbc.query(c, pop, rs -> latest.merge(rs.getString(1), new long[] {rs.getInt(2), rs.getLong(3)},
                (a, b) -> a[0] >= b[0] ? a : b));
        return load(c, level).stream().map(a -> {
            long[] p = latest.get(a.code());
            return new Listed(a.code(), a.name(), a.parentCode(), a.cityCounty(), a.areaKm2(),
                    p == null ? null : p[1], p == null ? null : (int) p[0]);
        }).toList();
    }

    static byte[] wkb(Geometry g) {
        return new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(g);
    }

    private static Geometry read(WKBReader reader, byte[] wkb, String code) {
        if (wkb == null) return null;
        try {
            return reader.read(wkb);
        } catch (ParseException e) {
            throw new IllegalStateException("the stored boundary of area " + code + " is not valid WKB: " + e.getMessage(), e);
        }
    }
}
