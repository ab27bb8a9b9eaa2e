package svo.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Small hand-written GeoJSON files for tests: squares and polygons on the British National Grid near Derby. */
final class GeoJsonFixtures {
    static final String BNG = "{\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::27700\"}}";
    static final String CRS84 = "{\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:OGC:1.3:CRS84\"}}";

    private GeoJsonFixtures() {}

    /** A FeatureCollection with the given crs member (null: none). */
    static String collection(String crs, String... features) {
        return "{\"type\": \"FeatureCollection\"," + (crs == null ? "" : " \"crs\": " + crs + ",")
                + " \"features\": [" + String.join(",\n", features) + "]}";
    }

    /** A feature with properties written as "KEY": "value" pairs and a polygon of {x, y} corners. */
    static String feature(String properties, double[]... ring) {
        String coords = List.of(ring).stream().map(p -> String.format(Locale.ROOT, "[%s, %s]", p[0], p[1]))
                .collect(Collectors.joining(", "));
        String first = String.format(Locale.ROOT, "[%s, %s]", ring[0][0], ring[0][1]);
        return "{\"type\": \"Feature\", \"properties\": {" + properties + "}, \"geometry\": {\"type\": \"Polygon\", "
                + "\"coordinates\": [[" + coords + ", " + first + "]]}}";
    }

    /** A square feature with its lower-left corner at (x, y). */
    static String square(String properties, double x, double y, double size) {
        return feature(properties, new double[] {x, y}, new double[] {x + size, y}, new double[] {x + size, y + size},
                new double[] {x, y + size});
    }

    static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
