package svo.geo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProjectionTest {
    private final Projection projection = new Projection();

    @Test
    void a_wgs84_to_grid_to_wgs84_round_trip_is_within_a_millionth_of_a_degree_across_great_britain() {
        double[][] places = {
                {-1.4746, 52.9225},   // Derby
                {-1.4216, 53.2350},   // Chesterfield
                {-1.9100, 53.4430},   // Glossop, High Peak
                {-5.7150, 50.0660},   // Land's End
                {-3.0700, 58.6400},   // Thurso
                {1.7500, 52.4800},    // Lowestoft
        };
        for (double[] p : places) {
            Projection.GridPoint g = projection.toGrid(p[0], p[1]);
            Projection.LonLat back = projection.toWgs84(g.easting(), g.northing());
            assertThat(back.longitude()).isCloseTo(p[0], within(1e-6));
            assertThat(back.latitude()).isCloseTo(p[1], within(1e-6));
        }
    }

    @Test
    void the_helmert_transform_is_within_five_metres_of_ostn15_at_the_ordnance_surveys_worked_example() {
        // Caister water tower: ETRS89 52°39'28.8282"N 1°42'57.8663"E is OSGB36 651409.903 E, 313177.270 N by
        // OSTN15 (Ordnance Survey, A guide to coordinate systems in Great Britain). The Helmert transform proj4j
        // uses is good to about 3.5 m (95%); here it is 3.6 m out, 1.3 m east and 3.3 m north.
        double lat = 52 + 39 / 60.0 + 28.8282 / 3600;
        double lon = 1 + 42 / 60.0 + 57.8663 / 3600;
        Projection.GridPoint g = projection.toGrid(lon, lat);
        double error = g.distanceTo(new Projection.GridPoint(651409.903, 313177.270));
        assertThat(error).isBetween(1.0, 5.0);
    }

    @Test
    void the_gias_longitude_and_latitude_of_every_derbyshire_school_converts_to_its_easting_and_northing() {
        Csv csv = Csv.open(RealData.file("schools", "gias_"));
        int e = csv.column("easting"), n = csv.column("northing"), lon = csv.column("longitude"), lat = csv.column("latitude");
        int schools = 0;
        double worst = 0;
        for (Csv.Row r; (r = csv.nextRow()) != null; schools++) {
            Projection.GridPoint g = projection.toGrid(Double.parseDouble(Csv.get(r, lon)), Double.parseDouble(Csv.get(r, lat)));
            worst = Math.max(worst, g.distanceTo(new Projection.GridPoint(Double.parseDouble(Csv.get(r, e)),
                    Double.parseDouble(Csv.get(r, n)))));
        }
        assertThat(schools).isEqualTo(570);
        // GIAS derived longitude/latitude from the grid with the same Helmert parameters: they agree to the millimetre.
        assertThat(worst).isLessThan(0.01);
    }

    @Test
    void distances_are_metres_on_the_grid() {
        assertThat(new Projection.GridPoint(435_000, 336_000).distanceTo(new Projection.GridPoint(435_300, 336_400)))
                .isEqualTo(500.0);
        assertThat(Projection.distance(0, 0, 3, 4)).isEqualTo(5.0);
    }

    @Test
    void a_boundary_converted_to_the_grid_keeps_its_shape() {
        var gf = new org.locationtech.jts.geom.GeometryFactory();
        var square = gf.toGeometry(new org.locationtech.jts.geom.Envelope(-1.48, -1.47, 52.92, 52.93));
        double km2 = projection.geometryToGrid(square).getArea() / 1e6;
        // 0.01° of longitude at 52.9°N is about 672 m and 0.01° of latitude about 1,113 m.
        assertThat(km2).isCloseTo(0.672 * 1.113, within(0.01));
    }
}
