package svo.analysis.places;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import svo.analysis.Result;
import svo.analysis.Table;
import svo.geo.ReferenceData;
import svo.report.maps.PlaceMaps;
import svo.report.maps.SvgMap;
import svo.store.Store;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The place analyses on the real Derbyshire police.uk files of 2018 with the real LSOA boundaries, population and schools. */
class RealDataDerbyshireTest {
    private static Store store;

    @BeforeAll
    static void load() {
        store = RealPoliceUk.load(ReferenceData.Partnership.DERBYSHIRE, "derbyshire_street");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void ranks_the_642_lsoas_of_october_to_december_2018_by_the_sna_method() {
        Result r = new RankedHotspots().run(store, RealPoliceUk.scope("2018-10-01..2018-12-31", "level", "lsoa", "top", "all"));
        Table t = r.table("ranking");
        assertThat(t.rows().size()).isBetween(600, 642);
        assertThat(t.value(0, "rank")).isEqualTo(1L);
        assertThat((Long) t.value(0, "total")).isGreaterThan(20L);
        assertThat(t.value(0, "district")).isNotNull();
        // The population used is mid-2015 (the loaded year nearest before 2018), and the note says so.
        assertThat(t.notes()).anyMatch(n -> n.startsWith("Population of 2015"));
        // Crimes the Derbyshire file places in neighbouring forces' LSOAs have no population here and are named.
        assertThat(t.notes()).anyMatch(n -> n.contains("have no population and are not ranked"));
        assertThat(r.notes()).anyMatch(n -> n.contains("approximate grouping"));
    }

    @Test
    void draws_the_lsoa_rate_map_small_and_well_formed_with_the_attribution() throws Exception {
        var data = MapData.rates(store, RealPoliceUk.scope("2018-10-01..2018-12-31"));
        assertThat(data.areas()).hasSize(642);
        assertThat(data.areas().stream().filter(a -> a.per1000() != null).count()).isEqualTo(642);
        String svg = PlaceMaps.rates(data, "Violence, robbery and weapons crimes per 1,000 population");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(svg).contains(SvgMap.BOUNDARY_ATTRIBUTION.substring(0, 80)).contains(SvgMap.POLICE_UK_ATTRIBUTION);
        assertThat(svg.length()).isLessThan(600_000);
    }

    @Test
    void finds_gi_star_hot_cells_on_a_default_grid_over_the_nine_districts() {
        Result r = new StatisticalHotspots().run(store, RealPoliceUk.scope("2018-10-01..2018-12-31"));
        Table settings = r.table("settings");
        assertThat(settings.find("cell size").get(2)).isEqualTo("default: shorter side of the extent / 50, to 10 m");
        assertThat(settings.find("study area").get(1).toString()).contains("cells whose centre lies in the district boundaries");
        Table hot = r.table("hot_cells");
        assertThat(hot.rows()).isNotEmpty();
        assertThat(hot.value(0, "bin")).isEqualTo(3L);
        assertThat(settings.notes()).anyMatch(n -> n.contains("fall outside the study area"));
        String svg = PlaceMaps.hotSpots(StatisticalHotspots.model(store, RealPoliceUk.scope("2018-10-01..2018-12-31")), "Hot spots");
        assertThat(svg).contains("hot spot, 99% confidence");
    }

    @Test
    void school_proximity_and_nte_on_police_uk_say_what_cannot_be_computed() {
        Result schools = new SchoolProximity().run(store, RealPoliceUk.scope("2018-10-01..2018-12-31"));
        assertThat(schools.table("near_schools_any_time").rows()).hasSize(1);
        assertThat((Long) schools.table("near_schools_any_time").value(0, "within_distance_of_a_school")).isGreaterThan(100L);
        assertThat(schools.notes()).anyMatch(n -> n.contains("no day, time of day or victim age"));
        Result nte = new NightTimeEconomy().run(store, RealPoliceUk.scope("2018-10-01..2018-12-31"));
        assertThat(nte.table("by_type").title()).startsWith("Any hour:");
    }
}
