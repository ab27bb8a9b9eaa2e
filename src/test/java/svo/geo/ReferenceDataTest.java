package svo.geo;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;
import svo.store.Jdbc;
import svo.store.Store;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** All the real Derbyshire reference data of ../shared/data, loaded once through ReferenceData.load. */
class ReferenceDataTest {
    static Store store;
    static Connection c;
    static Locator locator;

    @BeforeAll
    static void load() {
        store = RealData.derbyshire();
        c = store.connection();
        locator = Locator.load(c);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void loads_the_nine_districts_their_642_lsoas_and_their_194_wards() {
        assertThat(Jdbc.query(c, "SELECT code FROM area WHERE level = 'district' ORDER BY code", rs -> rs.getString(1)))
                .containsExactlyElementsOf(RealData.DERBYSHIRE);
        assertThat(Areas.count(c, Level.LSOA)).isEqualTo(642);
        assertThat(Areas.count(c, Level.WARD)).isEqualTo(194);
        assertThat(Jdbc.query(c, "SELECT name FROM area WHERE code = 'E07000038'", rs -> rs.getString(1)))
                .containsExactly("North East Derbyshire");
    }

    @Test
    void derby_is_the_city_and_the_eight_derbyshire_districts_are_the_county() {
        assertThat(Jdbc.query(c, "SELECT code FROM area WHERE level = 'district' AND city_county = 'city'", rs -> rs.getString(1)))
                .containsExactly("E06000015");
        assertThat(Jdbc.count(c, "SELECT count(*) FROM area WHERE level = 'district' AND city_county = 'county'")).isEqualTo(8);
    }

    @Test
    void each_lsoa_and_ward_has_as_parent_the_district_named_by_its_file() {
        for (String district : RealData.DERBYSHIRE) {
            for (var pair : List.of(Map.entry(RealData.lsoaFile(district), "lsoa"), Map.entry(RealData.wardFile(district), "ward"))) {
                BoundaryFile f = BoundaryFile.read(pair.getKey(), new GeometryFactory());
                List<String> codes = f.features.stream()
                        .map(x -> x.properties().get(pair.getValue().equals("lsoa") ? "LSOA11CD" : "WD13CD")).toList();
                List<String> parents = Jdbc.query(c, "SELECT DISTINCT parent_code FROM area WHERE level = ? AND code IN ("
                        + String.join(",", codes.stream().map(x -> "'" + x + "'").toList()) + ")",
                        rs -> rs.getString(1), pair.getValue());
                assertThat(parents).as(pair.getKey().toString()).containsExactly(district);
            }
        }
    }

    @Test
    void boundaries_are_stored_on_the_grid_with_their_bounding_box() {
        for (AreaShape lsoa : Areas.load(c, Level.LSOA)) {
            assertThat(lsoa.geometry().isValid()).as(lsoa.code()).isTrue();
            assertThat(lsoa.geometry().getSRID()).isEqualTo(27700);
        }
        var box = Jdbc.query(c, "SELECT min(min_e), min(min_n), max(max_e), max(max_n) FROM area WHERE level = 'district'",
                rs -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)}).get(0);
        // Derbyshire lies between about 403 000 and 454 000 east and 311 000 and 404 000 north.
        assertThat(box[0]).isBetween(395_000.0, 410_000.0);
        assertThat(box[1]).isBetween(305_000.0, 315_000.0);
        assertThat(box[2]).isBetween(450_000.0, 460_000.0);
        assertThat(box[3]).isBetween(398_000.0, 410_000.0);
        double km2 = Areas.load(c, Level.DISTRICT).stream().mapToDouble(AreaShape::areaKm2).sum();
        assertThat(km2).isBetween(2600.0, 2650.0);   // Derby 78 km² + Derbyshire 2,547 km² (ONS, generalised here)
    }

    @Test
    void known_schools_land_in_the_lsoa_ward_and_district_a_gis_finds_for_them() {
        // Expected codes from geopandas/shapely point-in-polygon of the GIAS longitude/latitude in the same files.
        Object[][] schools = {
                {402025.0, 395856.0, "E01019733", "E05003400", "E07000037"},   // Hadfield Nursery School
                {401061.0, 394609.0, "E01019729", "E05003398", "E07000037"},   // Gamesley Early Excellence Centre
                {448111.0, 333989.0, "E01019652", "E05003371", "E07000036"},   // Trent College (GIAS says E01019653)
                {431328.0, 335346.0, "E01013557", "E05001779", "E06000015"},   // Ravensdale Junior School
                {404561.0, 382543.0, "E01019712", "E05003390", "E07000037"},   // Peak School
                {436397.0, 338020.0, "E01013530", "E05001776", "E06000015"},   // St Giles' Spencer Academy
                {442500.0, 336007.0, "E01019686", "E05003381", "E07000036"},   // Redhill Primary School
                {442290.0, 373223.0, "E01019550", "E05003329", "E07000034"},   // Inkersall Spencer Academy
        };
        for (Object[] s : schools) {
            Locator.Codes codes = locator.locate((double) s[0], (double) s[1]);
            assertThat(codes.lsoa()).isEqualTo(s[2]);
            assertThat(codes.ward()).isEqualTo(s[3]);
            assertThat(codes.district()).isEqualTo(s[4]);
            assertThat(locator.codeAt(Level.DISTRICT, (double) s[0], (double) s[1])).isEqualTo(s[4]);
        }
    }

    @Test
    void a_schools_longitude_and_latitude_give_the_same_lsoa_as_its_easting_and_northing() {
        Projection p = new Projection();
        Projection.GridPoint hadfield = p.toGrid(-1.9709692462080088, 53.45945018876542);
        assertThat(hadfield.distanceTo(new Projection.GridPoint(402025, 395856))).isLessThan(1.0);
        assertThat(locator.locate(hadfield.easting(), hadfield.northing())).isEqualTo(locator.locate(402025, 395856));
        var differing = Jdbc.count(c, "SELECT count(*) FROM school WHERE easting IS NOT NULL");
        int same = 0;
        for (double[] s : Jdbc.query(c, "SELECT easting, northing, longitude, latitude FROM school",
                rs -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)})) {
            Projection.GridPoint g = p.toGrid(s[2], s[3]);
            if (java.util.Objects.equals(locator.locate(g.easting(), g.northing()), locator.locate(s[0], s[1]))) same++;
        }
        assertThat(same).isEqualTo(differing);
    }

    @Test
    void a_point_outside_every_polygon_stays_unassigned() {
        assertThat(locator.locate(435_000, 387_000).outside()).isTrue();   // Sheffield city centre, South Yorkshire
        assertThat(locator.locate(530_000, 180_000)).isEqualTo(Locator.Codes.NONE);   // London
    }

    @Test
    void the_schools_are_loaded_with_their_district_by_point_in_polygon() {
        assertThat(Jdbc.count(c, "SELECT count(*) FROM school")).isEqualTo(570);
        // Three Derbyshire-run independent schools lie outside the county (Tameside, Staffordshire Moorlands).
        assertThat(Jdbc.query(c, "SELECT urn FROM school WHERE district_code IS NULL ORDER BY urn", rs -> rs.getString(1)))
                .containsExactly("135187", "136167", "136168");
        // 117 schools have LA Derby; one of them, Buxton and Leek College (University of Derby), is in Buxton.
        assertThat(Jdbc.count(c, "SELECT count(*) FROM school WHERE district_code = 'E06000015'")).isEqualTo(116);
        assertThat(Jdbc.query(c, "SELECT district_code FROM school WHERE urn = '148567'", rs -> rs.getString(1)))
                .containsExactly("E07000037");
        assertThat(Jdbc.count(c, "SELECT count(*) FROM school WHERE phase = 'Primary'")).isEqualTo(427);
        assertThat(Jdbc.query(c, "SELECT pupils FROM school WHERE urn = '112469'", rs -> rs.getInt(1))).containsExactly(65);
    }

    @Test
    void census_2021_population_aggregates_to_district_totals_that_add_up_to_the_derbyshire_pfa_total() {
        long total = Jdbc.count(c, "SELECT sum(count) FROM district_population WHERE year = 2021 AND age_band = 'all' AND sex = 'all'");
        assertThat(total).isEqualTo(1_056_021);   // SOURCES.md: Census 2021 total, Derbyshire PFA
        // Each district's total equals the sum of the file's rows whose LSOA 2021 name starts with the district name.
        Map<String, Long> byName = new HashMap<>();
        Csv csv = Csv.open(RealData.file("population", "census2021"));
        for (Csv.Row r; (r = csv.nextRow()) != null; ) {
            byName.merge(Csv.get(r, 1).replaceAll(" \\d{3}[A-Z]$", ""), Long.parseLong(Csv.get(r, 3)), Long::sum);
        }
        for (AreaShape d : Areas.load(c, Level.DISTRICT)) {
            assertThat(Jdbc.count(c, "SELECT count FROM district_population WHERE district_code = ? AND year = 2021 "
                    + "AND age_band = 'all' AND sex = 'all'", d.code())).as(d.name()).isEqualTo(byName.get(d.name()));
        }
        assertThat(Jdbc.count(c, "SELECT count FROM district_population WHERE district_code = 'E06000015' AND year = 2021 "
                + "AND age_band = '16-24' AND sex = 'all'")).isPositive();
    }

    @Test
    void the_2021_population_of_the_nine_split_lsoas_counts_towards_their_2011_boundaries() {
        // 18 LSOA 2021 codes are new (9 LSOAs of 2011 were each split in two); every 2011 LSOA has a 2021 population.
        assertThat(Jdbc.count(c, "SELECT count(DISTINCT area_code) FROM area_population WHERE year = 2021")).isEqualTo(642);
        assertThat(Jdbc.count(c, "SELECT sum(count) FROM area_population WHERE year = 2021 AND age_band = 'all' AND sex = 'all'"))
                .isEqualTo(1_056_021);
        // South Derbyshire 012C (E01033531) became 012F and 012G (E01034654, E01034655).
        assertThat(Jdbc.count(c, "SELECT source_areas FROM area_population WHERE area_code = 'E01033531' AND year = 2021 "
                + "AND age_band = 'all' AND sex = 'all'")).isEqualTo(2);
        assertThat(Jdbc.count(c, "SELECT count FROM area_population WHERE area_code = 'E01033531' AND year = 2021 "
                + "AND age_band = 'all' AND sex = 'all'")).isEqualTo(Jdbc.count(c, "SELECT sum(count) FROM population "
                + "WHERE area_code IN ('E01034654', 'E01034655') AND year = 2021 AND age_band = 'all'"));
    }

    @Test
    void the_mid_2015_population_of_iod_file_6_is_loaded_with_its_thousands_separators_read() {
        assertThat(Jdbc.count(c, "SELECT count FROM population WHERE area_code = 'E01013453' AND year = 2015 "
                + "AND age_band = 'all'")).isEqualTo(2437);
        assertThat(Jdbc.count(c, "SELECT count FROM population WHERE area_code = 'E01013453' AND year = 2015 "
                + "AND age_band = '16-59'")).isEqualTo(1863);
        long fromFile = 0;
        Csv csv = Csv.open(RealData.file("population", "IoD2019_File6"));
        for (Csv.Row r; (r = csv.nextRow()) != null; ) fromFile += csv.wholeNumber(r, 4, "total");
        assertThat(Jdbc.count(c, "SELECT sum(count) FROM district_population WHERE year = 2015 AND age_band = 'all' "
                + "AND sex = 'all'")).isEqualTo(fromFile);
    }

    @Test
    void imd_2019_is_loaded_with_ranks_deciles_domains_and_scores_from_three_files_that_agree() {
        assertThat(Jdbc.count(c, "SELECT count(*) FROM imd")).isEqualTo(642);
        assertThat(Jdbc.count(c, "SELECT count(*) FROM imd WHERE decile = 1")).isEqualTo(46);   // SOURCES.md
        assertThat(Jdbc.count(c, "SELECT count(*) FROM imd WHERE decile = 10")).isEqualTo(70);
        assertThat(Jdbc.count(c, "SELECT rank FROM imd WHERE lsoa_code = 'E01013453'")).isEqualTo(6073);  // "6,073" in File 1
        assertThat(Jdbc.count(c, "SELECT crime_rank FROM imd WHERE lsoa_code = 'E01013453'")).isEqualTo(5509);
        assertThat(Jdbc.count(c, "SELECT living_environment_decile FROM imd WHERE lsoa_code = 'E01013454'")).isEqualTo(3);
        assertThat(Jdbc.query(c, "SELECT score FROM imd WHERE lsoa_code = 'E01032586'", rs -> rs.getDouble(1)))
                .containsExactly(18.265);
        assertThat(Jdbc.count(c, "SELECT count(*) FROM imd WHERE score IS NULL OR rank IS NULL OR crime_decile IS NULL")).isZero();
        assertThat(Jdbc.count(c, "SELECT count(*) FROM area a WHERE level = 'lsoa' AND NOT EXISTS "
                + "(SELECT 1 FROM imd i WHERE i.lsoa_code = a.code)")).isZero();
    }

    @Test
    void every_file_is_recorded_as_a_batch_with_the_checksum_in_the_data_manifest() throws IOException {
        Map<String, List<String>> manifest = new HashMap<>();   // file name -> checksums (names repeat across folders)
        for (String line : Files.readAllLines(RealData.DIR.resolve("MANIFEST.sha256"))) {
            String[] p = line.split("\\s+", 2);
            manifest.computeIfAbsent(p[1].substring(p[1].lastIndexOf('/') + 1), k -> new java.util.ArrayList<>()).add(p[0]);
        }
        var batches = Jdbc.query(c, "SELECT dataset, file_name, sha256, rows_read, rows_loaded, status FROM batch ORDER BY batch_id",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)});
        assertThat(batches).hasSize(1 + 9 + 9 + 1 + 2 + 3);
        for (String[] b : batches) {
            assertThat(manifest.get(b[1])).as(b[1]).contains(b[2]);
            assertThat(b[5]).isEqualTo("active");
        }
        assertThat(batches).filteredOn(b -> b[0].equals("areas") && b[1].equals("E07000035.json"))
                .extracting(b -> b[3]).containsExactlyInAnyOrder("25", "43");   // wards, LSOAs of Derbyshire Dales
    }
}
