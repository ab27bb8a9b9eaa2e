package svo.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import svo.BadInputException;
import svo.store.Jdbc;
import svo.store.Store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static svo.geo.GeoJsonFixtures.BNG;
import static svo.geo.GeoJsonFixtures.CRS84;
import static svo.geo.GeoJsonFixtures.collection;
import static svo.geo.GeoJsonFixtures.feature;
import static svo.geo.GeoJsonFixtures.square;
import static svo.geo.GeoJsonFixtures.write;

class AreaImportTest {
    @TempDir
    Path dir;

    final Store store = Store.inMemory();

    @AfterEach
    void close() {
        store.close();
    }

    private ImportSummary importAreas(AreaImport.Options options, Path... files) {
        return store.inTransaction(c -> AreaImport.run(c, List.of(files), options));
    }

    private ImportSummary importAreas(Level level, Path... files) {
        return importAreas(AreaImport.Options.of(level), files);
    }

    /** Two districts side by side, 10 km square each, west A (E06…) and east B (E07…). */
    private void twoDistricts() {
        importAreas(Level.DISTRICT, write(dir, "districts.json", collection(BNG,
                square("\"LAD13CD\": \"E06000901\", \"LAD13NM\": \"West\"", 430_000, 330_000, 10_000),
                square("\"LAD13CD\": \"E07000901\", \"LAD13NM\": \"East\"", 440_000, 330_000, 10_000))));
    }

    /** The rows of area and batch, to compare before and after a refused import. */
    private List<String> snapshot() {
        var c = store.connection();
        List<String> rows = new java.util.ArrayList<>(Jdbc.query(c, "SELECT level || code || name || coalesce(parent_code, '') "
                + "|| md5(geom_wkb::VARCHAR) FROM area ORDER BY level, code", rs -> rs.getString(1)));
        rows.addAll(Jdbc.query(c, "SELECT batch_id || status FROM batch ORDER BY batch_id", rs -> rs.getString(1)));
        return rows;
    }

    private void assertRefusedAndNothingChanged(Level level, Path file, String... messageParts) {
        List<String> before = snapshot();
        assertThatThrownBy(() -> importAreas(level, file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContainingAll(messageParts);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void a_geojson_in_epsg_27700_imports_the_same_as_its_wgs84_twin() throws Exception {
        Path wgs84 = RealData.lsoaFile("E07000035");
        ObjectMapper json = new ObjectMapper();
        ObjectNode twin = (ObjectNode) json.readTree(wgs84.toFile());
        twin.set("crs", json.readTree(BNG));
        Projection p = new Projection();
        for (JsonNode f : twin.get("features")) {
            for (JsonNode ring : f.get("geometry").get("coordinates")) {
                for (JsonNode pos : ring) {
                    Projection.GridPoint g = p.toGrid(pos.get(0).asDouble(), pos.get(1).asDouble());
                    ((ArrayNode) pos).removeAll().add(g.easting()).add(g.northing());
                }
            }
        }
        Path bng = dir.resolve("E07000035_bng.json");
        json.writeValue(bng.toFile(), twin);
        twin.remove("crs");
        Path bngNoCrs = dir.resolve("E07000035_bng_no_crs.json");
        json.writeValue(bngNoCrs.toFile(), twin);

        importAreas(Level.LSOA, wgs84);
        List<AreaShape> fromWgs84 = Areas.load(store.connection(), Level.LSOA);
        for (Path file : List.of(bng, bngNoCrs)) {
            importAreas(Level.LSOA, file);
            List<AreaShape> fromGrid = Areas.load(store.connection(), Level.LSOA);
            assertThat(fromGrid).hasSize(43);
            for (int i = 0; i < fromGrid.size(); i++) {
                AreaShape a = fromWgs84.get(i), b = fromGrid.get(i);
                assertThat(b.code()).isEqualTo(a.code());
                assertThat(b.name()).isEqualTo(a.name());
                assertThat(b.areaKm2()).isCloseTo(a.areaKm2(), within(1e-9));
                assertThat(DiscreteHausdorffDistance.distance(a.geometry(), b.geometry())).isLessThan(0.001);
            }
        }
    }

    @Test
    void a_file_that_is_not_json_is_refused_with_its_line_and_nothing_changes() {
        twoDistricts();
        assertRefusedAndNothingChanged(Level.DISTRICT, write(dir, "bad.json", "{\"type\": \"FeatureCollection\",\n"
                + "\"features\": [ {\"type\": \"Feature\" oops } ] }"), "bad.json, line 2", "not valid JSON");
        assertRefusedAndNothingChanged(Level.DISTRICT, write(dir, "bad.csv", "code,name\nE01,x\n"),
                "bad.csv", "not valid JSON");
    }

    @Test
    void a_file_without_features_is_refused_and_nothing_changes() {
        twoDistricts();
        assertRefusedAndNothingChanged(Level.DISTRICT, write(dir, "empty.json", collection(BNG)),
                "empty.json", "has no features");
    }

    @Test
    void a_file_in_an_unknown_coordinate_system_is_refused_with_the_system_named() {
        twoDistricts();
        String webMercator = "{\"type\": \"name\", \"properties\": {\"name\": \"EPSG:3857\"}}";
        assertRefusedAndNothingChanged(Level.DISTRICT, write(dir, "mercator.json", collection(webMercator,
                square("\"LAD13CD\": \"E06000902\"", -160_000, 6_960_000, 1000))),
                "mercator.json", "\"EPSG:3857\"", "EPSG:27700");
    }

    @Test
    void a_feature_without_a_code_is_refused_with_its_feature_number() {
        twoDistricts();
        assertRefusedAndNothingChanged(Level.DISTRICT, write(dir, "nocode.json", collection(BNG,
                        square("\"LAD13CD\": \"E06000903\", \"LAD13NM\": \"One\"", 430_000, 330_000, 1000),
                        square("\"LAD13CD\": \"\", \"LAD13NM\": \"Two\"", 431_000, 330_000, 1000))),
                "nocode.json, feature 2", "has no code", "LAD13CD", "--code-field");
    }

    @Test
    void coordinates_outside_great_britain_for_the_declared_system_are_refused_with_the_feature_and_a_hint() {
        assertThatThrownBy(() -> importAreas(Level.DISTRICT, write(dir, "declared84.json", collection(CRS84,
                square("\"LAD13CD\": \"E06000904\"", 430_000, 330_000, 1000)))))
                .hasMessageContainingAll("declared84.json, feature 1", "outside Great Britain", "declare EPSG:27700");
        assertThatThrownBy(() -> importAreas(Level.DISTRICT, write(dir, "swapped.json", collection(CRS84,
                square("\"LAD13CD\": \"E06000904\"", 52.9, -1.5, 0.01)))))
                .hasMessageContainingAll("swapped.json, feature 1", "latitude, longitude");
    }

    @Test
    void a_file_without_crs_that_mixes_systems_or_fits_neither_is_refused() {
        assertThatThrownBy(() -> importAreas(Level.DISTRICT, write(dir, "mixed.json", collection(null,
                square("\"LAD13CD\": \"E06000905\"", -1.48, 52.92, 0.01),
                square("\"LAD13CD\": \"E06000906\"", 435_000, 336_000, 1000)))))
                .hasMessageContainingAll("mixed.json", "ambiguous", "feature 1 has longitude/latitude", "feature 2 has grid metres");
        assertThatThrownBy(() -> importAreas(Level.DISTRICT, write(dir, "france.json", collection(null,
                square("\"LAD13CD\": \"E06000905\"", 2.3, 48.8, 0.1)))))
                .hasMessageContainingAll("france.json, feature 1", "outside Great Britain", "no crs member");
        assertThatThrownBy(() -> importAreas(Level.DISTRICT, write(dir, "latlon.json", collection(null,
                square("\"LAD13CD\": \"E06000905\"", 52.9, -1.5, 0.01)))))
                .hasMessageContainingAll("latlon.json, feature 1", "latitude, longitude");
    }

    @Test
    void a_file_without_crs_is_read_as_wgs84_or_grid_from_its_coordinate_ranges() {
        importAreas(Level.DISTRICT, write(dir, "lonlat.json", collection(null,
                square("\"LAD13CD\": \"E06000906\", \"LAD13NM\": \"Deg\"", -1.48, 52.92, 0.01))));
        AreaShape a = Areas.load(store.connection(), Level.DISTRICT).get(0);
        assertThat(a.geometry().getEnvelopeInternal().getMinX()).isBetween(434_000.0, 436_000.0);
        assertThat(a.areaKm2()).isCloseTo(0.748, within(0.01));
        importAreas(Level.DISTRICT, write(dir, "grid.json", collection(null,
                square("\"LAD13CD\": \"E06000906\", \"LAD13NM\": \"Grid\"", 435_000, 336_000, 1000))));
        assertThat(Areas.load(store.connection(), Level.DISTRICT).get(0).areaKm2()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void a_self_intersecting_boundary_is_repaired_and_said_so() {
        // A bow-tie: the ring crosses itself at (431000, 331000).
        ImportSummary s = importAreas(Level.DISTRICT, write(dir, "bowtie.json", collection(BNG,
                feature("\"LAD13CD\": \"E06000907\", \"LAD13NM\": \"Bow\"", new double[] {430_000, 330_000},
                        new double[] {432_000, 332_000}, new double[] {432_000, 330_000}, new double[] {430_000, 332_000}))));
        AreaShape a = Areas.load(store.connection(), Level.DISTRICT).get(0);
        assertThat(a.geometry().isValid()).isTrue();
        assertThat(a.areaKm2()).isCloseTo(2.0, within(1e-9));   // two triangles of 1 km² each
        assertThat(s.notes()).anyMatch(n -> n.contains("1 invalid boundaries were repaired"));
    }

    @Test
    void a_boundary_that_cannot_be_repaired_is_refused_with_the_feature_and_the_reason() {
        twoDistricts();
        assertRefusedAndNothingChanged(Level.DISTRICT, write(dir, "flat.json", collection(BNG,
                        square("\"LAD13CD\": \"E06000908\"", 430_000, 330_000, 1000),
                        feature("\"LAD13CD\": \"E06000909\"", new double[] {430_000, 330_000},
                                new double[] {431_000, 330_000}, new double[] {432_000, 330_000}))),
                "flat.json, feature 2", "E06000909", "cannot be repaired");
        assertRefusedAndNothingChanged(Level.DISTRICT, write(dir, "line.json", collection(BNG,
                        "{\"type\": \"Feature\", \"properties\": {\"LAD13CD\": \"E06000910\"}, \"geometry\": "
                                + "{\"type\": \"LineString\", \"coordinates\": [[430000, 330000], [431000, 331000]]}}")),
                "line.json, feature 1", "LineString", "Polygon or MultiPolygon");
    }

    @Test
    void a_code_that_appears_twice_is_refused_with_both_places() {
        assertThatThrownBy(() -> importAreas(Level.DISTRICT, write(dir, "twice.json", collection(BNG,
                square("\"LAD13CD\": \"E06000911\"", 430_000, 330_000, 1000),
                square("\"LAD13CD\": \"E06000911\"", 431_000, 330_000, 1000)))))
                .hasMessageContainingAll("twice.json, feature 2", "E06000911", "twice.json feature 1");
    }

    @Test
    void the_england_topojson_imports_only_the_chosen_districts_and_refuses_codes_it_lacks() {
        ImportSummary s = importAreas(AreaImport.Options.of(Level.DISTRICT).withCodes(Set.of("E06000015", "E07000035")),
                RealData.ladTopo());
        assertThat(s.loaded()).isEqualTo(2);
        assertThat(Jdbc.query(store.connection(), "SELECT code || ' ' || name FROM area ORDER BY code", rs -> rs.getString(1)))
                .containsExactly("E06000015 Derby", "E07000035 Derbyshire Dales");
        assertThat(Areas.load(store.connection(), Level.DISTRICT).get(0).areaKm2()).isCloseTo(78.0, within(1.0));
        List<String> before = snapshot();
        assertThatThrownBy(() -> importAreas(AreaImport.Options.of(Level.DISTRICT).withCodes(Set.of("E06000015", "E09999999")),
                RealData.ladTopo())).hasMessageContainingAll("E09999999", "not in topo_lad_england.json", "--codes");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void a_topojson_with_shared_and_reversed_arcs_decodes_into_the_right_polygons() {
        // Two unit squares side by side sharing the arc x = 1; quantised with scale 1000 m and a translation.
        String topo = """
                {"type": "Topology",
                 "transform": {"scale": [1000, 1000], "translate": [430000, 330000]},
                 "objects": {"areas": {"type": "GeometryCollection",
                   "crs": {"type": "name", "properties": {"name": "EPSG:27700"}},
                   "geometries": [
                     {"type": "Polygon", "properties": {"code": "A", "name": "West"}, "arcs": [[0, 1]]},
                     {"type": "Polygon", "properties": {"code": "B", "name": "East"}, "arcs": [[2, -1]]}]}},
                 "arcs": [[[1, 0], [0, 1]], [[1, 1], [-1, 0], [0, -1], [1, 0]], [[1, 1], [1, 0], [0, -1], [-1, 0]]]}
                """;
        importAreas(Level.NTE, write(dir, "two.topojson", topo));
        List<AreaShape> areas = Areas.load(store.connection(), Level.NTE);
        assertThat(areas).extracting(AreaShape::code).containsExactly("A", "B");
        assertThat(areas).allSatisfy(a -> assertThat(a.areaKm2()).isCloseTo(1.0, within(1e-9)));
        assertThat(areas.get(0).geometry().getEnvelopeInternal().getMinX()).isEqualTo(430_000);
        assertThat(areas.get(1).geometry().getEnvelopeInternal().getMaxX()).isEqualTo(432_000);
        assertThat(areas.get(0).geometry().intersection(areas.get(1).geometry()).getArea()).isZero();
    }

    @Test
    void the_usual_ons_property_names_are_recognised_and_others_can_be_named() {
        importAreas(Level.NEIGHBOURHOOD, write(dir, "msoa.json", collection(BNG,
                square("\"MSOA11CD\": \"E02000001\", \"MSOA11NM\": \"Derby 001\"", 430_000, 330_000, 1000))));
        assertThat(Jdbc.query(store.connection(), "SELECT code || ' ' || name FROM area", rs -> rs.getString(1)))
                .containsExactly("E02000001 Derby 001");
        importAreas(Level.NTE, write(dir, "nte.json", collection(BNG,
                square("\"nte_code\": \"NTE01\", \"nte_name\": \"Derby City Centre\"", 430_000, 330_000, 1000))));
        assertThat(Jdbc.query(store.connection(), "SELECT name FROM area WHERE level = 'nte'", rs -> rs.getString(1)))
                .containsExactly("Derby City Centre");
        Path custom = write(dir, "custom.json", collection(BNG,
                square("\"ref\": \"N1\", \"label\": \"Rose Hill\", \"la\": \"E06000015\"", 430_000, 330_000, 1000)));
        assertThatThrownBy(() -> importAreas(Level.NEIGHBOURHOOD, custom))
                .hasMessageContainingAll("custom.json", "cannot tell which property holds the neighbourhood code", "ref, label, la");
        importAreas(new AreaImport.Options(Level.NEIGHBOURHOOD, "ref", "label", "la", Set.of(), Map.of()), custom);
        assertThat(Jdbc.query(store.connection(), "SELECT code || ' ' || name || ' ' || parent_code FROM area "
                + "WHERE level = 'neighbourhood'", rs -> rs.getString(1))).containsExactly("N1 Rose Hill E06000015");
        Path both = write(dir, "both.json", collection(BNG,
                square("\"LSOA11CD\": \"E01000001\", \"LSOA21CD\": \"E01000001\"", 430_000, 330_000, 1000)));
        assertThatThrownBy(() -> importAreas(Level.LSOA, both)).hasMessageContainingAll("LSOA11CD, LSOA21CD", "--code-field");
    }

    @Test
    void an_area_gets_as_parent_the_district_holding_most_of_it() {
        twoDistricts();
        importAreas(Level.WARD, write(dir, "wards.json", collection(BNG,
                square("\"WD13CD\": \"E05000001\", \"WD13NM\": \"Inside west\"", 432_000, 332_000, 1000),
                // 10% in West, 90% in East: its interior point may fall either side, the larger share wins
                feature("\"WD13CD\": \"E05000002\", \"WD13NM\": \"Straddling\"", new double[] {439_000, 332_000},
                        new double[] {449_000, 332_000}, new double[] {449_000, 333_000}, new double[] {439_000, 333_000}),
                square("\"WD13CD\": \"E05000003\", \"WD13NM\": \"Outside\"", 400_000, 300_000, 1000))));
        assertThat(Jdbc.query(store.connection(), "SELECT code || ':' || coalesce(parent_code, '-') FROM area WHERE level = 'ward' "
                + "ORDER BY code", rs -> rs.getString(1))).containsExactly("E05000001:E06000901", "E05000002:E07000901", "E05000003:-");
    }

    @Test
    void districts_are_city_when_unitary_and_county_when_two_tier_unless_told_otherwise() {
        twoDistricts();
        assertThat(Jdbc.query(store.connection(), "SELECT code || ' ' || city_county FROM area ORDER BY code", rs -> rs.getString(1)))
                .containsExactly("E06000901 city", "E07000901 county");
        importAreas(new AreaImport.Options(Level.DISTRICT, null, null, null, Set.of(),
                AreaImport.parseCityCounty("E07000901=city")), dir.resolve("districts.json"));
        assertThat(Jdbc.query(store.connection(), "SELECT code || ' ' || city_county FROM area ORDER BY code", rs -> rs.getString(1)))
                .containsExactly("E06000901 city", "E07000901 city");
        assertThatThrownBy(() -> AreaImport.parseCityCounty("E07000901=town")).hasMessageContainingAll("E07000901=town", "CODE=city or CODE=county");
    }

    @Test
    void importing_a_level_again_replaces_its_areas_and_supersedes_the_earlier_batch() {
        twoDistricts();
        importAreas(Level.DISTRICT, write(dir, "one.json", collection(BNG,
                square("\"LAD13CD\": \"E06000912\", \"LAD13NM\": \"Only\"", 430_000, 330_000, 1000))));
        var c = store.connection();
        assertThat(Jdbc.query(c, "SELECT code FROM area", rs -> rs.getString(1))).containsExactly("E06000912");
        assertThat(Jdbc.query(c, "SELECT file_name || ' ' || status || ' ' || coalesce(superseded_by::VARCHAR, '-') FROM batch "
                + "ORDER BY batch_id", rs -> rs.getString(1))).containsExactly("districts.json superseded 2", "one.json active -");
    }
}
