package svo.geo;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * WGS84 longitude/latitude ↔ British National Grid (EPSG:27700) easting/northing, with proj4j.
 *
 * <pre>
 * Projection p = new Projection();
 * GridPoint derby = p.toGrid(-1.4793582, 52.9238718);   // easting 435 100, northing 336 400
 * double metres = derby.distanceTo(new GridPoint(435_600, 336_400));   // 500.0
 * </pre>
 *
 * proj4j goes through OSGB36 with the seven-parameter Helmert transformation (EPSG:1314, the parameters
 * the Ordnance Survey publishes), not the OSTN15 grid: positions are within about 3.5 m of OSTN15 (the
 * Ordnance Survey's 95% figure); docs/geography.md says why that is acceptable here. Distances are plain
 * Euclidean metres on the grid (the grid's scale factor is within 0.04% of 1 across England).
 *
 * <p>Not thread-safe (proj4j transforms keep working state): use one instance per thread.
 */
public final class Projection {
    private final CoordinateTransform toGrid;
    private final CoordinateTransform toWgs84;
    private final ProjCoordinate in = new ProjCoordinate();
    private final ProjCoordinate out = new ProjCoordinate();

    public Projection() {
        CRSFactory crs = new CRSFactory();
        CoordinateReferenceSystem wgs84 = crs.createFromName("EPSG:4326");
        CoordinateReferenceSystem bng = crs.createFromName("EPSG:27700");
        CoordinateTransformFactory f = new CoordinateTransformFactory();
        this.toGrid = f.createTransform(wgs84, bng);
        this.toWgs84 = f.createTransform(bng, wgs84);
    }

    /** The grid position of a WGS84 longitude and latitude (degrees). */
    public GridPoint toGrid(double longitude, double latitude) {
        in.x = longitude;
        in.y = latitude;
        toGrid.transform(in, out);
        return new GridPoint(out.x, out.y);
    }

    /** The WGS84 longitude and latitude (degrees) of a grid position. */
    public LonLat toWgs84(double easting, double northing) {
        in.x = easting;
        in.y = northing;
        toWgs84.transform(in, out);
        return new LonLat(out.x, out.y);
    }

    /** Converts every coordinate of {@code g} (longitude, latitude) to the grid, in place, and returns it. */
    public Geometry geometryToGrid(Geometry g) {
        g.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                in.x = seq.getX(i);
                in.y = seq.getY(i);
                toGrid.transform(in, out);
                seq.setOrdinate(i, 0, out.x);
                seq.setOrdinate(i, 1, out.y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        g.geometryChanged();
        return g;
    }

    /** Metres between two grid positions. */
    public static double distance(double e1, double n1, double e2, double n2) {
        return Math.hypot(e2 - e1, n2 - n1);
    }

    /** A position on the British National Grid, metres. */
    public record GridPoint(double easting, double northing) {
        /** Metres to another grid position. */
        public double distanceTo(GridPoint other) {
            return distance(easting, northing, other.easting, other.northing);
        }
    }

    /** A WGS84 position, degrees. */
    public record LonLat(double longitude, double latitude) {}
}
