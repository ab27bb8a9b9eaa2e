package svo.geo;

import org.junit.jupiter.api.Test;
import svo.store.Jdbc;
import svo.store.Store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AssignerWithoutAreasTest {
    @Test
    void with_no_areas_loaded_records_still_get_the_other_half_of_their_coordinates_and_no_codes() {
        try (Store store = Store.inMemory()) {
            var c = store.connection();
            Jdbc.update(c, """
                    INSERT INTO stop_search_all (batch_id, origin, searched_at, easting, northing, longitude, latitude)
                    VALUES (1, 'police-uk', TIMESTAMP '2024-05-01 22:00', NULL, NULL, -1.4746, 52.9225),
                           (1, 'canonical', TIMESTAMP '2024-05-01 22:00', 435100, 336400, NULL, NULL)""");
            Assigner.Result r = store.inTransaction(conn -> Assigner.assign(conn, "stop_search_all", 1));
            assertThat(r.rowsExamined()).isEqualTo(2);
            assertThat(r.rowsOutside()).isEqualTo(2);
            assertThat(Jdbc.count(c, "SELECT count(*) FROM stop_search_all WHERE easting IS NULL OR longitude IS NULL")).isZero();
            assertThat(Jdbc.count(c, "SELECT count(*) FROM stop_search_all WHERE district_code IS NOT NULL")).isZero();
            assertThat(Jdbc.query(c, "SELECT easting FROM stop_search_all WHERE origin = 'police-uk'", rs -> rs.getDouble(1)).get(0))
                    .isCloseTo(435_421.008, within(0.05));
        }
    }
}
