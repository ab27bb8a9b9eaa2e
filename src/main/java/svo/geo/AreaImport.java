package svo.geo;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import svo.BadInputException;
import svo.store.Jdbc;
import svo.store.StoreException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Imports the boundaries of one level (district, ward, LSOA, neighbourhood area, NTE area) from GeoJSON or
 * TopoJSON files into the {@code area} table, replacing that level's areas.
 *
 * <pre>
 * store.inTransaction(c -> AreaImport.run(c, List.of(Path.of("E07000035.json")), AreaImport.Options.of(Level.LSOA)));
 * </pre>
 *
 * Coordinates in WGS84 (CRS84, EPSG:4326) or British National Grid (EPSG:27700) are recognised from the
 * {@code crs} member or the coordinate ranges and stored on the grid as WKB with their bounding box. Codes
 * and names come from the usual ONS properties ({@code LSOA11CD}/{@code LSOA11NM}, {@code WD13CD},
 * {@code LAD13CD}, {@code MSOA11CD}, …) unless named. The parent of a ward, LSOA, neighbourhood or NTE area
 * is the loaded district that holds most of its area (or a named property). Invalid polygons are repaired
 * with JTS's GeometryFixer, or refused with the feature number and the reason. Runs in the caller's
 * transaction: a refused file changes nothing.
 */
public final class AreaImport {
    private static final GeometryFactory FILE_COORDS = new GeometryFactory(new PrecisionModel(), 0);

    private AreaImport() {}

    /**
     * How to read the files.
     *
     * @param codeField   property holding the code (null: recognise the usual ONS names)
     * @param nameField   property holding the name (null: recognise)
     * @param parentField property holding the parent district code (null: by position in the loaded districts)
     * @param codes       import only features with these codes (empty: all)
     * @param cityCounty  districts: city/county for named codes, overriding E06 = city, E07 = county
     */
    public record Options(Level level, String codeField, String nameField, String parentField, Set<String> codes,
                          Map<String, String> cityCounty) {
        public Options {
            codes = codes == null ? Set.of() : Set.copyOf(codes);
            cityCounty = cityCounty == null ? Map.of() : Map.copyOf(cityCounty);
            for (var e : cityCounty.entrySet()) {
                if (!e.getValue().equals("city") && !e.getValue().equals("county")) {
                    throw BadInputException.of("city/county of " + e.getKey(), e.getValue(), "city or county");
                }
            }
        }

        /** Recognise every field; import every feature. */
        public static Options of(Level level) {
            return new Options(level, null, null, null, Set.of(), Map.of());
        }

        /** Only features whose code is in {@code list}. */
        public Options withCodes(Set<String> list) {
            return new Options(level, codeField, nameField, parentField, list, cityCounty);
        }
    }

    private record Row(String code, String name, String parent, Geometry geometry, int file, int feature) {}

    /** Imports {@code files} as the whole of {@code options.level()}, in the caller's transaction. */
    public static ImportSummary run(Connection c, List<Path> files, Options options) {
        return run(c, files, options, ReferenceBatches.systemDefault());
    }

    static ImportSummary run(Connection c, List<Path> files, Options options, ReferenceBatches batches) {
        if (files.isEmpty()) throw new BadInputException("no boundary file given: name one or more GeoJSON or TopoJSON files.");
        Level level = options.level();
        Projection projection = new Projection();
        List<String> notes = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<long[]> counts = new ArrayList<>();
        List<ReferenceBatches.FileInfo> infos = new ArrayList<>();
        Map<String, String> seenAt = new HashMap<>();
        int repaired = 0;
        int unnamed = 0;
        for (int fi = 0; fi < files.size(); fi++) {
            Path file = files.get(fi);
            BoundaryFile bf = BoundaryFile.read(file, FILE_COORDS);
            infos.add(ReferenceBatches.FileInfo.of(file, null));
            Fields fields = Fields.detect(bf, options);
            long read = bf.features.size();
            long kept = 0;
            for (BoundaryFile.Feature f : bf.features) {
                String code = blankToNull(f.properties().get(fields.code));
                if (code == null) {
                    throw BoundaryFile.featureError(bf.name, f.number(), "has no code (property " + fields.code
                            + " is " + (f.properties().containsKey(fields.code) ? "empty" : "missing")
                            + "). Give every feature a code, or name the code property with --code-field", null);
                }
                if (!options.codes().isEmpty() && !options.codes().contains(code)) continue;
                String where = bf.name + " feature " + f.number();
                String earlier = seenAt.putIfAbsent(code, where);
                if (earlier != null) {
                    throw BoundaryFile.featureError(bf.name, f.number(), "has the code " + code + ", which "
                            + earlier + " already has. Each area must appear once", null);
                }
                String name = fields.name == null ? null : blankToNull(f.properties().get(fields.name));
                if (name == null) {
                    unnamed++;
                    name = code;
                }
                String parent = fields.parent == null ? null : blankToNull(f.properties().get(fields.parent));
                Geometry g = f.geometry();
                if (bf.crs == BoundaryFile.Crs.WGS84) projection.geometryToGrid(g);
                Geometry fixed = polygonal(g, bf.name, f.number(), code);
                if (fixed != g) repaired++;
                rows.add(new Row(code, name, parent, fixed, fi, f.number()));
                kept++;
            }
            counts.add(new long[] {read, kept});
        }
        if (!options.codes().isEmpty()) {
            Set<String> missing = new TreeSet<>(options.codes());
            missing.removeAll(seenAt.keySet());
            if (!missing.isEmpty()) {
                throw new BadInputException("the codes " + String.join(", ", missing) + " are not in "
                        + (files.size() == 1 ? files.get(0).getFileName() : "any of the " + files.size() + " files")
                        + ". Check the --codes list against the file's " + level.id() + " codes.");
            }
        }
        if (rows.isEmpty()) {
            throw new BadInputException("no feature of the " + files.size() + " file(s) was selected, so nothing would "
                    + "be imported and every " + level.id() + " would be removed. Check --codes.");
        }
        if (repaired > 0) notes.add(repaired + " invalid boundaries were repaired (JTS GeometryFixer).");
        if (unnamed > 0) notes.add(unnamed + " areas have no name in the file; their code is used as the name.");

        // Parents: a named property, else the loaded district that holds most of the area.
        Map<String, String> parents = new HashMap<>();
        if (level != Level.DISTRICT && options.parentField() == null) {
            List<AreaShape> districts = Areas.load(c, Level.DISTRICT);
            if (districts.isEmpty()) {
                notes.add("no districts are loaded, so these areas have no parent district: import the districts "
                        + "first, then import this level again.");
            } else {
                Parents finder = new Parents(districts);
                int none = 0;
                for (Row r : rows) {
                    Parents.Match m = finder.parentOf(r.geometry());
                    if (m == null) none++;
                    else parents.put(r.code(), m.code());
                }
                if (none > 0) notes.add(none + " areas lie outside every loaded district and have no parent.");
                if (finder.straddling > 0) {
                    notes.add(finder.straddling + " areas cross a district boundary by more than 1% of their area "
                            + "(generalised boundaries); each has the district holding most of it as parent.");
                }
            }
        }

        List<Long> batchIds = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) batchIds.add(batches.newId(c));
        Jdbc.update(c, "DELETE FROM area WHERE level = ?", level.id());
        append(c, level, rows, parents, options, batchIds);
        List<ImportSummary.FileResult> results = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            long[] n = counts.get(i);
            // Features left out by --codes are read and deliberately not loaded; they are not rejects.
            batches.record(c, batchIds.get(i), "areas", level.id(), infos.get(i), n[1], n[1], 0);
            results.add(new ImportSummary.FileResult(batchIds.get(i), infos.get(i).name(), n[1], n[1], 0));
            if (n[0] != n[1]) notes.add(infos.get(i).name() + ": " + n[1] + " of " + n[0] + " features selected by --codes.");
        }
        batches.supersedeEmptied(c, "areas", "area", batchIds, batchIds.get(0));
        PopulationPlacement.refresh(c);
        return new ImportSummary("areas", results, notes);
    }

    private static void append(Connection c, Level level, List<Row> rows, Map<String, String> parents, Options o,
                               List<Long> batchIds) {
        try (DuckDBAppender app = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "area")) {
            for (Row r : rows) {
                var env = r.geometry().getEnvelopeInternal();
                String parent = r.parent() != null ? r.parent() : parents.get(r.code());
                String cityCounty = level == Level.DISTRICT ? o.cityCounty().getOrDefault(r.code(), cityCounty(r.code())) : null;
                app.beginRow();
                app.append(level.id());
                app.append(r.code());
                app.append(r.name());
                appendNullable(app, parent);
                appendNullable(app, cityCounty);
                app.append(Areas.wkb(r.geometry()));
                app.append(env.getMinX());
                app.append(env.getMinY());
                app.append(env.getMaxX());
                app.append(env.getMaxY());
                app.append(batchIds.get(r.file()).longValue());
                app.endRow();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store the " + level.id() + " boundaries: " + e.getMessage(), e);
        }
    }

    static void appendNullable(DuckDBAppender app, String v) throws SQLException {
        if (v == null) app.appendNull();
        else app.append(v);
    }

    /** E06 (unitary: Derby) is a city, E07 (two-tier district) is county; other codes have neither. */
    static String cityCounty(String code) {
        if (code.startsWith("E06")) return "city";
        if (code.startsWith("E07")) return "county";
        return null;
    }

    /** The polygons of {@code g}, repaired when invalid; refused with the reason when they cannot be. */
    private static Geometry polygonal(Geometry g, String file, int feature, String code) {
        if (g.isEmpty()) throw BoundaryFile.featureError(file, feature, "(" + code + ") has an empty geometry", null);
        IsValidOp op = new IsValidOp(g);
        if (op.isValid()) return polygonsOnly(g);
        TopologyValidationError err = op.getValidationError();
        Geometry fixed = polygonsOnly(GeometryFixer.fix(g));
        if (fixed.isEmpty() || fixed.getArea() <= 0 || !fixed.isValid()) {
            throw BoundaryFile.featureError(file, feature, "(" + code + ") has an invalid boundary that cannot be "
                    + "repaired: " + err.getMessage() + " at " + err.getCoordinate() + ". Fix the polygon in a GIS "
                    + "(for example QGIS \"Fix geometries\") and import again", null);
        }
        return fixed;
    }

    @SuppressWarnings("unchecked")
    private static Geometry polygonsOnly(Geometry g) {
        if (g instanceof Polygon || g instanceof org.locationtech.jts.geom.MultiPolygon) return g;
        List<Polygon> polys = PolygonExtracter.getPolygons(g);
        return Areas.GRID.createMultiPolygon(polys.toArray(new Polygon[0]));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The properties that hold code, name and parent in one file. */
    record Fields(String code, String name, String parent) {
        private static final Map<Level, Pattern> CODE = Map.of(
                Level.DISTRICT, Pattern.compile("(LAD|LTLA|CTYUA|UTLA|LA)\\d{2}CD", Pattern.CASE_INSENSITIVE),
                Level.WARD, Pattern.compile("WD\\d{2}CD", Pattern.CASE_INSENSITIVE),
                Level.LSOA, Pattern.compile("LSOA\\d{2}CD", Pattern.CASE_INSENSITIVE),
                Level.NEIGHBOURHOOD, Pattern.compile("(MSOA|NBH|SNA|NH)\\d{2}CD", Pattern.CASE_INSENSITIVE),
                Level.NTE, Pattern.compile("NTE\\d{0,2}CD", Pattern.CASE_INSENSITIVE));
        private static final Pattern ANY_ONS_CODE = Pattern.compile("[A-Z]+\\d{2}CD", Pattern.CASE_INSENSITIVE);

        static Fields detect(BoundaryFile bf, Options o) {
            Set<String> keys = new LinkedHashSet<>();
            for (BoundaryFile.Feature f : bf.features) keys.addAll(f.properties().keySet());
            String code = o.codeField() != null ? require(bf, keys, o.codeField(), "--code-field") : detectCode(bf, keys, o.level());
            String name = o.nameField() != null ? require(bf, keys, o.nameField(), "--name-field") : detectName(keys, code, o.level());
            String parent = o.parentField() != null ? require(bf, keys, o.parentField(), "--parent-field") : null;
            return new Fields(code, name, parent);
        }

        private static String require(BoundaryFile bf, Set<String> keys, String field, String option) {
            if (keys.contains(field)) return field;
            for (String k : keys) if (k.equalsIgnoreCase(field)) return k;
            throw new BadInputException(bf.name + ": no feature has the property \"" + field + "\" named by " + option
                    + " (the properties are " + String.join(", ", keys) + ").");
        }

        private static String detectCode(BoundaryFile bf, Set<String> keys, Level level) {
            List<String> levelMatches = keys.stream().filter(k -> CODE.get(level).matcher(k).matches()).toList();
            if (levelMatches.size() == 1) return levelMatches.get(0);
            if (levelMatches.size() > 1) throw ambiguous(bf, levelMatches);
            List<String> ons = keys.stream().filter(k -> ANY_ONS_CODE.matcher(k).matches()).toList();
            if (ons.size() == 1) return ons.get(0);
            if (ons.size() > 1) throw ambiguous(bf, ons);
            for (String candidate : List.of(level.id() + "_code", "code", "area_code", "id")) {
                for (String k : keys) if (k.equalsIgnoreCase(candidate)) return k;
            }
            throw new BadInputException(bf.name + ": cannot tell which property holds the " + level.id() + " code (the "
                    + "properties are " + (keys.isEmpty() ? "none" : String.join(", ", keys)) + "). Name it with "
                    + "--code-field.");
        }

        private static BadInputException ambiguous(BoundaryFile bf, List<String> candidates) {
            return new BadInputException(bf.name + ": several properties could hold the code (" + String.join(", ",
                    candidates) + "). Choose one with --code-field.");
        }

        private static String detectName(Set<String> keys, String code, Level level) {
            List<String> candidates = new ArrayList<>();
            if (code.toUpperCase(Locale.ROOT).endsWith("CD")) {
                candidates.add(code.substring(0, code.length() - 2) + (Character.isUpperCase(code.charAt(code.length() - 1)) ? "NM" : "nm"));
            }
            candidates.addAll(List.of(level.id() + "_name", "name", "area_name"));
            for (String cand : candidates) for (String k : keys) if (k.equalsIgnoreCase(cand)) return k;
            return null;
        }
    }

    /** Parses "E06000015=city,E07000032=county". */
    public static Map<String, String> parseCityCounty(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) return out;
        for (String part : text.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2 || kv[0].isBlank()) {
                throw BadInputException.of("--city-county", part.strip(), "CODE=city or CODE=county, separated by commas");
            }
            String v = kv[1].strip().toLowerCase(Locale.ROOT);
            if (!v.equals("city") && !v.equals("county")) {
                throw BadInputException.of("--city-county", part.strip(), "CODE=city or CODE=county, separated by commas");
            }
            out.put(kv[0].strip(), v);
        }
        return out;
    }
}
