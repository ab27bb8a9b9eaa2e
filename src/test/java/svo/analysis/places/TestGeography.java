package svo.analysis.places;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import svo.store.Jdbc;
import svo.store.Store;

/**
 * Reference geography for tests of place analyses: areas (with a square boundary when asked), population,
 * schools and IMD rows, written to the reference tables as the geography importers leave them. Records
 * (occurrences, people, police.uk crimes) never come from here: they go through the real importers.
 */
final class TestGeography {
    private final Store store;

    TestGeography(Store store) {
        this.store = store;
    }

    TestGeography district(String code, String name) {
        return area("district", code, name, null, code.startsWith("E06") ? "city" : "county", null);
    }

    TestGeography district(String code, String name, Geometry boundary) {
        return area("district", code, name, null, code.startsWith("E06") ? "city" : "county", boundary);
    }

    TestGeography area(String level, String code, String name, String parent, String cityCounty, Geometry boundary) {
        byte[] wkb = boundary == null ? null : new WKBWriter().write(boundary);
        var env = boundary == null ? null : boundary.getEnvelopeInternal();
        Jdbc.update(store.connection(), """
                INSERT INTO area (level, code, name, parent_code, city_county, geom_wkb, min_e, min_n, max_e, max_n)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", level, code, name, parent, cityCounty, wkb,
                env == null ? null : env.getMinX(), env == null ? null : env.getMinY(),
                env == null ? null : env.getMaxX(), env == null ? null : env.getMaxY());
        return this;
    }

    TestGeography population(String code, int year, long count) {
        Jdbc.update(store.connection(), "INSERT INTO population (area_code, year, age_band, sex, count) VALUES (?, ?, 'all', 'all', ?)",
                code, year, count);
        return this;
    }

    TestGeography school(String urn, String name, String phase, double e, double n, String district) {
        Jdbc.update(store.connection(), "INSERT INTO school (urn, name, phase, easting, northing, district_code) VALUES (?, ?, ?, ?, ?, ?)",
                urn, name, phase, e, n, district);
        return this;
    }

    TestGeography imd(String lsoa, Double score, int rank, int decile) {
        Jdbc.update(store.connection(), "INSERT INTO imd (lsoa_code, score, rank, decile) VALUES (?, ?, ?, ?)", lsoa, score, rank, decile);
        return this;
    }

    /** An axis-aligned square of the given side with its south-west corner at (e, n). */
    static Geometry square(double e, double n, double side) {
        return AreaShapes.FACTORY.createPolygon(new Coordinate[] {new Coordinate(e, n), new Coordinate(e + side, n),
                new Coordinate(e + side, n + side), new Coordinate(e, n + side), new Coordinate(e, n)});
    }
}
