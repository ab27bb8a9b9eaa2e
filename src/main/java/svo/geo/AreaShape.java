package svo.geo;

import org.locationtech.jts.geom.Geometry;

/**
 * One loaded area with its boundary on the British National Grid (EPSG:27700, metres).
 *
 * @param parentCode the district the area lies in (null for a district)
 * @param cityCounty districts only: "city" (unitary, E06) or "county" (two-tier, E07)
 */
public record AreaShape(Level level, String code, String name, String parentCode, String cityCounty,
                        Geometry geometry) {
    /** The area in square kilometres. */
    public double areaKm2() {
        return geometry == null ? 0 : geometry.getArea() / 1e6;
    }
}
