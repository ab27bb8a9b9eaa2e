package svo.geo;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import svo.BadInputException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A boundary file read into features: GeoJSON (a FeatureCollection) or TopoJSON (a Topology), with its
 * coordinate system declared by the {@code crs} member or recognised from the coordinate ranges.
 * Geometries stay in the file's coordinates; {@link AreaImport} converts them to the grid.
 */
final class BoundaryFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Longitude/latitude window that holds Great Britain and its islands, with a margin. */
    static final Envelope GB_LON_LAT = new Envelope(-9.5, 3.0, 49.0, 61.5);
    /**
     * Easting/northing window of the British National Grid that holds Great Britain (St Kilda at about 10 km east,
     * Scilly at about 5 km north, Shetland at 1,220 km north). No land lies within 1 km north of the grid's origin,
     * so the window and the longitude/latitude window never overlap.
     */
    static final Envelope GB_GRID = new Envelope(-10_000, 710_000, 1_000, 1_260_000);
    /** Latitude, longitude written in the wrong order. */
    static final Envelope GB_LAT_LON = new Envelope(GB_LON_LAT.getMinY(), GB_LON_LAT.getMaxY(), GB_LON_LAT.getMinX(),
            GB_LON_LAT.getMaxX());

    /** The coordinate system of a file's coordinates. */
    enum Crs {
        WGS84("WGS84 longitude/latitude (CRS84, EPSG:4326)", GB_LON_LAT),
        BNG("British National Grid (EPSG:27700)", GB_GRID);

        final String label;
        final Envelope window;

        Crs(String label, Envelope window) {
            this.label = label;
            this.window = window;
        }
    }

    /** One feature: its number in the file (1 = first), its properties as text, its geometry in file coordinates. */
    record Feature(int number, Map<String, String> properties, Geometry geometry) {}

    final String name;
    final String format;
    final Crs crs;
    final boolean crsDeclared;
    final List<Feature> features;

    private BoundaryFile(String name, String format, Crs crs, boolean crsDeclared, List<Feature> features) {
        this.name = name;
        this.format = format;
        this.crs = crs;
        this.crsDeclared = crsDeclared;
        this.features = features;
    }

    static BoundaryFile read(Path file, GeometryFactory gf) {
        String name = file.getFileName().toString();
        JsonNode root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.readTree(in);
        } catch (NoSuchFileException e) {
            throw new BadInputException(name + ": the file does not exist (" + file.toAbsolutePath() + ").");
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? "" : ", line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new BadInputException(name + where + ": not valid JSON (" + e.getOriginalMessage()
                    + "). Expected a GeoJSON FeatureCollection or a TopoJSON Topology.");
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot be read (" + e.getMessage() + ").");
        }
        if (root == null || !root.isObject()) {
            throw new BadInputException(name + ": not a GeoJSON or TopoJSON object (the file is empty or holds "
                    + "a JSON " + (root == null ? "nothing" : root.getNodeType().toString().toLowerCase(Locale.ROOT))
                    + "). Expected a GeoJSON FeatureCollection or a TopoJSON Topology.");
        }
        String type = root.path("type").asText("");
        List<Feature> features;
        JsonNode crsNode;
        String format;
        switch (type) {
            case "FeatureCollection" -> {
                format = "GeoJSON";
                crsNode = root.get("crs");
                features = geoJsonFeatures(name, root, gf);
            }
            case "Topology" -> {
                format = "TopoJSON";
                crsNode = topoCrs(root);
                features = new TopoJson(name, root, gf).features();
            }
            case "Feature" -> {
                format = "GeoJSON";
                crsNode = root.get("crs");
                features = List.of(geoJsonFeature(name, 1, root, gf));
            }
            default -> throw new BadInputException(name + ": the JSON has type \"" + type + "\" (expected a GeoJSON "
                    + "FeatureCollection or a TopoJSON Topology).");
        }
        if (features.isEmpty()) {
            throw new BadInputException(name + ": the " + format + " file has no features. Check that it is the "
                    + "right file; an empty boundary file would remove every area of the level.");
        }
        Crs declared = crsNode == null || crsNode.isNull() ? null : declaredCrs(name, crsNode);
        Crs crs = declared != null ? declared : detectCrs(name, features);
        checkRange(name, crs, declared != null, features);
        return new BoundaryFile(name, format, crs, declared != null, features);
    }

    private static List<Feature> geoJsonFeatures(String name, JsonNode root, GeometryFactory gf) {
        JsonNode arr = root.get("features");
        if (arr == null || !arr.isArray()) {
            throw new BadInputException(name + ": the FeatureCollection has no \"features\" array.");
        }
        List<Feature> out = new ArrayList<>(arr.size());
        int n = 0;
        for (JsonNode f : arr) out.add(geoJsonFeature(name, ++n, f, gf));
        return out;
    }

    private static Feature geoJsonFeature(String name, int number, JsonNode f, GeometryFactory gf) {
        Map<String, String> props = properties(f.get("properties"));
        if (f.hasNonNull("id") && !props.containsKey("id")) props.put("id", f.get("id").asText());
        JsonNode g = f.get("geometry");
        if (g == null || g.isNull()) throw featureError(name, number, "has no geometry", null);
        try {
            return new Feature(number, props, geoJsonGeometry(g, gf));
        } catch (IllegalArgumentException e) {
            throw featureError(name, number, "has a geometry that cannot be read: " + e.getMessage(), null);
        }
    }

    static Map<String, String> properties(JsonNode p) {
        Map<String, String> props = new LinkedHashMap<>();
        if (p == null || !p.isObject()) return props;
        for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
            var e = it.next();
            JsonNode v = e.getValue();
            props.put(e.getKey(), v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString());
        }
        return props;
    }

    private static Geometry geoJsonGeometry(JsonNode g, GeometryFactory gf) {
        String type = g.path("type").asText("");
        JsonNode c = g.get("coordinates");
        return switch (type) {
            case "Polygon" -> polygon(c, gf);
            case "MultiPolygon" -> {
                Polygon[] parts = new Polygon[c.size()];
                for (int i = 0; i < parts.length; i++) parts[i] = polygon(c.get(i), gf);
                yield gf.createMultiPolygon(parts);
            }
            case "GeometryCollection" -> {
                List<Geometry> parts = new ArrayList<>();
                for (JsonNode part : g.path("geometries")) parts.add(geoJsonGeometry(part, gf));
                yield gf.buildGeometry(parts);
            }
            default -> throw new IllegalArgumentException("it is a " + (type.isEmpty() ? "geometry without a type" : type)
                    + " (an area needs a Polygon or MultiPolygon)");
        };
    }

    private static Polygon polygon(JsonNode rings, GeometryFactory gf) {
        if (rings == null || !rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon has no rings");
        }
        LinearRing shell = ring(rings.get(0), gf);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) holes[i - 1] = ring(rings.get(i), gf);
        return gf.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions, GeometryFactory gf) {
        List<Coordinate> cs = new ArrayList<>(positions.size() + 1);
        for (JsonNode p : positions) {
            if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                throw new IllegalArgumentException("a position is not a pair of numbers: " + p);
            }
            cs.add(new Coordinate(p.get(0).asDouble(), p.get(1).asDouble()));
        }
        return closedRing(cs, gf);
    }

    static LinearRing closedRing(List<Coordinate> cs, GeometryFactory gf) {
        if (!cs.isEmpty() && !cs.get(0).equals2D(cs.get(cs.size() - 1))) cs.add(new Coordinate(cs.get(0)));
        if (cs.size() < 4) {
            throw new IllegalArgumentException("a ring has " + cs.size() + " positions (a closed ring needs at least 4)");
        }
        return gf.createLinearRing(cs.toArray(new Coordinate[0]));
    }

    private static JsonNode topoCrs(JsonNode root) {
        if (root.hasNonNull("crs")) return root.get("crs");
        for (JsonNode o : root.path("objects")) if (o.hasNonNull("crs")) return o.get("crs");
        return null;
    }

    private static Crs declaredCrs(String name, JsonNode crsNode) {
        String label = crsNode.path("properties").path("name").asText(crsNode.isTextual() ? crsNode.asText() : "");
        String s = label.toUpperCase(Locale.ROOT);
        if (s.endsWith("CRS84") || s.matches(".*EPSG:+(4326|4258)$")) return Crs.WGS84;
        if (s.matches(".*EPSG:+27700$")) return Crs.BNG;
        throw new BadInputException(name + ": the coordinate system \"" + (label.isEmpty() ? crsNode.toString() : label)
                + "\" in the crs member is not one this product reads (expected urn:ogc:def:crs:OGC:1.3:CRS84, "
                + "EPSG:4326 or EPSG:27700). Re-project the file to WGS84 or British National Grid, "
                + "for example with ogr2ogr -t_srs EPSG:27700.");
    }

    private static Crs detectCrs(String name, List<Feature> features) {
        Feature firstLonLat = null, firstGrid = null;
        for (Feature f : features) {
            Envelope e = f.geometry().getEnvelopeInternal();
            if (GB_LON_LAT.contains(e)) {
                if (firstLonLat == null) firstLonLat = f;
            } else if (GB_GRID.contains(e)) {
                if (firstGrid == null) firstGrid = f;
            } else {
                String hint = GB_LAT_LON.contains(e) ? " The numbers look like latitude, longitude: GeoJSON positions "
                        + "are longitude first." : "";
                throw featureError(name, f.number(), "has coordinates between " + range(e) + ", outside Great Britain "
                        + "both as WGS84 longitude/latitude and as British National Grid easting/northing, and the file "
                        + "has no crs member. This product reads boundaries of areas in Great Britain in CRS84/EPSG:4326 "
                        + "or EPSG:27700." + hint, f.properties());
            }
        }
        if (firstLonLat != null && firstGrid != null) {
            throw new BadInputException(name + ": the coordinate system is ambiguous: feature " + firstLonLat.number()
                    + " has longitude/latitude degrees but feature " + firstGrid.number() + " has grid metres, and the "
                    + "file has no crs member. Put every feature in one system and declare it, for example \"crs\": "
                    + "{\"type\": \"name\", \"properties\": {\"name\": \"EPSG:27700\"}}.");
        }
        return firstLonLat != null ? Crs.WGS84 : Crs.BNG;
    }

    private static void checkRange(String name, Crs crs, boolean declared, List<Feature> features) {
        for (Feature f : features) {
            Envelope e = f.geometry().getEnvelopeInternal();
            if (crs.window.contains(e)) continue;
            String hint = crs == Crs.WGS84 && GB_GRID.contains(e)
                    ? " The numbers look like British National Grid metres: declare EPSG:27700 in the crs member."
                    : crs == Crs.WGS84 && GB_LAT_LON.contains(e)
                    ? " The numbers look like latitude, longitude: GeoJSON positions are longitude first."
                    : crs == Crs.BNG && GB_LON_LAT.contains(e)
                    ? " The numbers look like longitude/latitude degrees: declare CRS84 in the crs member."
                    : "";
            throw featureError(name, f.number(), "has coordinates between " + range(e) + ", outside Great Britain in "
                    + crs.label + (declared ? " (declared by the file's crs member)" : "") + "." + hint, f.properties());
        }
    }

    static BadInputException featureError(String file, int number, String what, Map<String, String> props) {
        String id = "";
        if (props != null) {
            for (var e : props.entrySet()) {
                if (e.getValue() != null && e.getKey().toUpperCase(Locale.ROOT).endsWith("CD")) {
                    id = " (" + e.getKey() + " " + e.getValue() + ")";
                    break;
                }
            }
        }
        String msg = file + ", feature " + number + id + ": " + what;
        return new BadInputException(msg.endsWith(".") ? msg : msg + ".");
    }

    private static String range(Envelope e) {
        return String.format(Locale.ROOT, "x %s..%s, y %s..%s", num(e.getMinX()), num(e.getMaxX()), num(e.getMinY()),
                num(e.getMaxY()));
    }

    private static String num(double v) {
        return Math.abs(v) >= 1000 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.4f", v);
    }
}
