package svo.geo;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import svo.store.Jdbc;
import svo.store.Store;

import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceDataTest {
    static Store store;
    static Connection c;

    @BeforeAll
    static void load() {
        store = RealData.derbyshire();
        c = store.connection();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void loads_the_nine_districts_their_642_lsoas_and_their_wards() {
        assertThat(Areas.count(c, Level.DISTRICT)).isEqualTo(9);
        assertThat(Areas.count(c, Level.LSOA)).isEqualTo(642);
        assertThat(Areas.count(c, Level.WARD)).isEqualTo(194);
    }
}
