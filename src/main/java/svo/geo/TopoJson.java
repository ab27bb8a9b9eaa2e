package svo.geo;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import svo.BadInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decodes a TopoJSON Topology (https://github.com/topojson/topojson-specification) into features: shared
 * arcs, delta-encoded and quantised when the topology has a {@code transform}, stitched into rings.
 * Every object of the topology contributes its geometries, numbered in file order.
 */
final class TopoJson {
    private final String name;
    private final JsonNode root;
    private final GeometryFactory gf;
    private final double[][] arcX;
    private final double[][] arcY;

    TopoJson(String name, JsonNode root, GeometryFactory gf) {
        this.name = name;
        this.root = root;
        this.gf = gf;
        JsonNode arcs = root.get("arcs");
        if (arcs == null || !arcs.isArray()) {
            throw new BadInputException(name + ": the TopoJSON Topology has no \"arcs\" array.");
        }
        JsonNode transform = root.get("transform");
        double sx = 1, sy = 1, tx = 0, ty = 0;
        boolean quantised = transform != null && transform.isObject();
        if (quantised) {
            sx = transform.path("scale").path(0).asDouble(1);
            sy = transform.path("scale").path(1).asDouble(1);
            tx = transform.path("translate").path(0).asDouble(0);
            ty = transform.path("translate").path(1).asDouble(0);
        }
        arcX = new double[arcs.size()][];
        arcY = new double[arcs.size()][];
        for (int a = 0; a < arcs.size(); a++) {
            JsonNode arc = arcs.get(a);
            double[] xs = new double[arc.size()];
            double[] ys = new double[arc.size()];
            double x = 0, y = 0;
            for (int i = 0; i < arc.size(); i++) {
                JsonNode p = arc.get(i);
                if (quantised) {
                    x += p.path(0).asDouble();
                    y += p.path(1).asDouble();
                    xs[i] = x * sx + tx;
                    ys[i] = y * sy + ty;
                } else {
                    xs[i] = p.path(0).asDouble();
                    ys[i] = p.path(1).asDouble();
                }
            }
            arcX[a] = xs;
            arcY[a] = ys;
        }
    }

    List<BoundaryFile.Feature> features() {
        List<BoundaryFile.Feature> out = new ArrayList<>();
        JsonNode objects = root.path("objects");
        if (!objects.isObject() || objects.isEmpty()) {
            throw new BadInputException(name + ": the TopoJSON Topology has no objects.");
        }
        int number = 0;
        for (JsonNode object : objects) {
            List<JsonNode> geometries = new ArrayList<>();
            if ("GeometryCollection".equals(object.path("type").asText())) object.path("geometries").forEach(geometries::add);
            else geometries.add(object);
            for (JsonNode g : geometries) {
                number++;
                Map<String, String> props = BoundaryFile.properties(g.get("properties"));
                if (g.hasNonNull("id") && !props.containsKey("id")) props.put("id", g.get("id").asText());
                String type = g.path("type").asText("");
                if (type.isEmpty() || "null".equals(type) || g.path("type").isNull()) {
                    throw BoundaryFile.featureError(name, number, "has no geometry", props);
                }
                try {
                    out.add(new BoundaryFile.Feature(number, props, geometry(g)));
                } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                    throw BoundaryFile.featureError(name, number, "has a geometry that cannot be read: " + e.getMessage(),
                            props);
                }
            }
        }
        return out;
    }

    private Geometry geometry(JsonNode g) {
        String type = g.path("type").asText();
        JsonNode arcs = g.get("arcs");
        return switch (type) {
            case "Polygon" -> polygon(arcs);
            case "MultiPolygon" -> {
                Polygon[] parts = new Polygon[arcs.size()];
                for (int i = 0; i < parts.length; i++) parts[i] = polygon(arcs.get(i));
                yield gf.createMultiPolygon(parts);
            }
            default -> throw new IllegalArgumentException("it is a " + type + " (an area needs a Polygon or MultiPolygon)");
        };
    }

    private Polygon polygon(JsonNode rings) {
        if (rings == null || !rings.isArray() || rings.isEmpty()) throw new IllegalArgumentException("a polygon has no rings");
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) holes[i - 1] = ring(rings.get(i));
        return gf.createPolygon(shell, holes);
    }

    /** A ring is a list of arc indexes; ~i (that is -i-1) means arc i reversed. Consecutive arcs share an end point. */
    private LinearRing ring(JsonNode arcIndexes) {
        List<Coordinate> cs = new ArrayList<>();
        for (JsonNode idx : arcIndexes) {
            int i = idx.asInt();
            boolean reversed = i < 0;
            int a = reversed ? ~i : i;
            if (a >= arcX.length) throw new IllegalArgumentException("arc " + a + " does not exist");
            double[] xs = arcX[a];
            double[] ys = arcY[a];
            int n = xs.length;
            for (int k = 0; k < n; k++) {
                int j = reversed ? n - 1 - k : k;
                if (k == 0 && !cs.isEmpty()) continue;
                cs.add(new Coordinate(xs[j], ys[j]));
            }
        }
        return BoundaryFile.closedRing(cs, gf);
    }
}
