package svo.cli;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import svo.analysis.places.MapData;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StoreMapsTest {
    @Test
    void a_public_rate_map_draws_areas_with_small_counts_in_the_lowest_class_and_says_so() {
        var gf = new GeometryFactory();
        var point = gf.createPoint(new Coordinate(435_000, 336_000)).buffer(100);
        List<MapData.AreaRate> areas = List.of(new MapData.AreaRate("A", "None", point, 0, 1_500L, 0.0),
                new MapData.AreaRate("B", "Three", point, 3, 1_500L, 2.0), new MapData.AreaRate("C", "Forty", point, 40, 1_600L, 25.0));
        MapData.RateMap m = new MapData.RateMap(null, "2024/25", areas, List.of(), "occurrences under svb-2024 v1.0", false, 0, 0);
        MapData.RateMap pub = StoreMaps.withoutSmallCounts(m, 4);
        assertThat(pub.areas()).extracting(MapData.AreaRate::per1000).containsExactly(0.0, 0.0, 25.0);
        assertThat(pub.counted()).contains("the one area with 1 to 4 records is drawn in the lowest class");
    }
}
