package svo.geo;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import svo.BadInputException;
import svo.store.Jdbc;
import svo.store.Store;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static svo.geo.GeoJsonFixtures.BNG;
import static svo.geo.GeoJsonFixtures.collection;
import static svo.geo.GeoJsonFixtures.square;
import static svo.geo.GeoJsonFixtures.write;

class SchoolImportTest {
    @TempDir
    Path dir;

    final Store store = Store.inMemory();

    @AfterEach
    void close() {
        store.close();
    }

    /** The official GIAS edubasealldata header style (a few of its ~140 columns), Windows-1252 encoded. */
    private static final String EDUBASE = """
            URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,TypeOfEstablishment (name),EstablishmentTypeGroup (name),EstablishmentStatus (name),PhaseOfEducation (name),NumberOfPupils,Easting,Northing,LSOA (code)
            900001,831,Derby,2001,"St Ælfrida's Primary, Derby",Academy converter,Academies,Open,Primary,412,435100,336400,E01013999
            900002,831,Derby,2002,Old School,Community school,Local authority maintained schools,Closed,Secondary,,435200,336500,
            900003,831,Derby,2003,Far School,Community school,Local authority maintained schools,"Open, but proposed to close",Secondary,900,500000,200000,
            900004,831,Derby,2004,Overseas School,British schools overseas,Other,Open,Not applicable,,,,
            """;

    private ImportSummary importSchools(Path... files) {
        return store.inTransaction(c -> SchoolImport.run(c, List.of(files)));
    }

    @Test
    void the_official_gias_layout_loads_open_schools_and_rejects_closed_ones_with_the_reason() throws Exception {
        store.inTransaction(c -> AreaImport.run(c, List.of(write(dir, "d.json", collection(BNG,
                square("\"LAD13CD\": \"E06000015\", \"LAD13NM\": \"Derby\"", 430_000, 330_000, 10_000)))),
                AreaImport.Options.of(Level.DISTRICT)));
        Path file = dir.resolve("edubasealldata.csv");
        Files.writeString(file, EDUBASE, Charset.forName("windows-1252"));
        ImportSummary s = importSchools(file);

        assertThat(s.files().get(0)).extracting(ImportSummary.FileResult::read, ImportSummary.FileResult::loaded,
                ImportSummary.FileResult::rejected).containsExactly(4L, 3L, 1L);
        var c = store.connection();
        assertThat(Jdbc.query(c, "SELECT urn || '|' || name || '|' || phase || '|' || coalesce(district_code, '-') || '|' "
                + "|| coalesce(lsoa_code, '-') FROM school ORDER BY urn", rs -> rs.getString(1))).containsExactly(
                "900001|St Ælfrida's Primary, Derby|Primary|E06000015|E01013999",
                "900003|Far School|Secondary|-|-",
                "900004|Overseas School|Not applicable|-|-");
        // Longitude and latitude are computed from the grid.
        assertThat(Jdbc.query(c, "SELECT round(longitude, 5) || ',' || round(latitude, 5) FROM school WHERE urn = '900001'",
                rs -> rs.getString(1))).containsExactly("-1.47936,52.92387");
        assertThat(Jdbc.query(c, "SELECT encoding FROM batch WHERE dataset = 'schools'", rs -> rs.getString(1))).containsExactly("windows-1252");
        assertThat(Jdbc.query(c, "SELECT line || ' ' || column_name || ' ' || value || ': ' || reason FROM reject",
                rs -> rs.getString(1))).containsExactly("3 EstablishmentStatus (name) Closed: the establishment is not open "
                + "(Closed); only open schools are loaded");
        assertThat(s.notes()).anyMatch(n -> n.contains("1 schools have no coordinates"))
                .anyMatch(n -> n.contains("1 schools lie outside every loaded district"));
    }

    @Test
    void grid_and_wgs84_coordinates_that_disagree_are_refused_with_the_distance() {
        Path f = write(dir, "gias.csv", """
                urn,la_code,la_name,establishment_number,establishment_name,establishment_type,establishment_type_group,education_phase,number_of_pupils,percentage_fsm,easting,northing,lsoa_code,pcon_code,longitude,latitude
                1,831,Derby,1,Good,Academy,Academies,Primary,10.0,0.0,435100.0,336400.0,E01,E14,-1.4793582,52.9238718
                2,831,Derby,2,Moved,Academy,Academies,Primary,10.0,0.0,435100.0,336400.0,E01,E14,-1.4700000,52.9238718
                """);
        assertThatThrownBy(() -> importSchools(f)).isInstanceOf(BadInputException.class)
                .hasMessageContainingAll("gias.csv, line 3", "629 m apart", "leave longitude and latitude blank");
        assertThat(Jdbc.count(store.connection(), "SELECT count(*) FROM school")).isZero();
    }

    @Test
    void a_file_that_is_not_a_schools_list_or_lists_a_school_twice_is_refused() {
        assertThatThrownBy(() -> importSchools(write(dir, "x.csv", "name,postcode\nA,DE1 1AA\n")))
                .hasMessageContainingAll("x.csv, line 1", "not a GIAS schools file");
        assertThatThrownBy(() -> importSchools(write(dir, "twice.csv", "URN,EstablishmentName,Easting,Northing\n"
                + "5,A,435100,336400\n5,B,435100,336400\n"))).hasMessageContainingAll("twice.csv, line 3", "URN 5 appears twice", "line 2");
        assertThatThrownBy(() -> importSchools(write(dir, "east.csv", "URN,EstablishmentName,Easting,Northing\n"
                + "5,A,east,336400\n"))).hasMessageContainingAll("east.csv, line 2, column Easting: \"east\"");
    }
}
