package svo.geo;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

import java.util.List;

/**
 * Finds the district an area lies in: the loaded district that holds most of its area. The point-on-surface
 * rule is not enough here: the district boundaries come from a TopoJSON quantised to about 60 m, the LSOAs
 * from finer files, so a small LSOA on a district edge can have its interior point a few metres over the line.
 */
final class Parents {
    private final STRtree tree = new STRtree();
    int straddling;

    record Match(String code, double share) {}

    private record District(String code, Geometry geometry, PreparedGeometry prepared) {}

    Parents(List<AreaShape> districts) {
        for (AreaShape d : districts) {
            if (d.geometry() == null) continue;
            tree.insert(d.geometry().getEnvelopeInternal(),
                    new District(d.code(), d.geometry(), PreparedGeometryFactory.prepare(d.geometry())));
        }
        tree.build();
    }

    /** The district holding most of {@code area}, or null when it overlaps none. */
    Match parentOf(Geometry area) {
        @SuppressWarnings("unchecked")
        List<District> candidates = tree.query(area.getEnvelopeInternal());
        for (District d : candidates) {
            if (d.prepared().covers(area)) return new Match(d.code(), 1.0);
        }
        double total = area.getArea();
        District best = null;
        double bestArea = 0;
        for (District d : candidates) {
            if (!d.prepared().intersects(area)) continue;
            double a = OverlayNGRobust.overlay(area, d.geometry(), OverlayNG.INTERSECTION).getArea();
            if (a > bestArea) {
                bestArea = a;
                best = d;
            }
        }
        if (best == null) return null;
        double share = total > 0 ? bestArea / total : 1;
        if (share < 0.99) straddling++;
        return new Match(best.code(), share);
    }
}
