package svo.geo;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import svo.BadInputException;
import svo.store.Jdbc;
import svo.store.Store;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static svo.geo.GeoJsonFixtures.write;

class ImdImportTest {
    @TempDir
    Path dir;

    final Store store = Store.inMemory();

    @AfterEach
    void close() {
        store.close();
    }

    private static final String FILE_1 = """
            LSOA code (2011),LSOA name (2011),Local Authority District code (2019),Local Authority District name (2019),Index of Multiple Deprivation (IMD) Rank,Index of Multiple Deprivation (IMD) Decile
            E01013453,Derby 013A,E06000015,Derby,"6,073",2
            E01013454,Derby 013B,E06000015,Derby,"8,187",3
            """;

    private ImportSummary importImd(Path... files) {
        return store.inTransaction(c -> ImdImport.run(c, List.of(files)));
    }

    @Test
    void file_1_ranks_with_thousands_separators_and_the_score_file_merge_into_one_row_per_lsoa() {
        importImd(write(dir, "file1.csv", FILE_1), write(dir, "scores.csv", """
                LSOA11CD,IMD_2019_decile,IMD_2019_score
                E01013453,2,35.5
                E01013454,3,28.25
                """));
        assertThat(Jdbc.query(store.connection(), "SELECT lsoa_code || ' ' || rank || ' ' || decile || ' ' || score FROM imd "
                + "ORDER BY lsoa_code", rs -> rs.getString(1))).containsExactly("E01013453 6073 2 35.5", "E01013454 8187 3 28.25");
        assertThat(Jdbc.count(store.connection(), "SELECT count(*) FROM batch WHERE dataset = 'imd' AND status = 'active'")).isEqualTo(2);
    }

    @Test
    void files_that_disagree_about_a_decile_are_refused_with_both_places() {
        importImd(write(dir, "file1.csv", FILE_1));
        Path scores = write(dir, "scores.csv", "LSOA11CD,IMD_2019_decile,IMD_2019_score\nE01013453,2,35.5\nE01013454,4,28.25\n");
        assertThatThrownBy(() -> importImd(dir.resolve("file1.csv"), scores))
                .isInstanceOf(BadInputException.class)
                .hasMessageContainingAll("scores.csv, line 3, column IMD_2019_decile", "E01013454 has 4 here but 3 in file1.csv, line 3");
        assertThat(Jdbc.count(store.connection(), "SELECT count(*) FROM imd WHERE score IS NULL")).isEqualTo(2);
    }

    @Test
    void a_decile_outside_1_to_10_or_a_rank_that_is_not_a_number_is_refused() {
        assertThatThrownBy(() -> importImd(write(dir, "bad.csv", "LSOA11CD,IMD_2019_decile,IMD_2019_score\nE01013453,11,35.5\n")))
                .hasMessageContainingAll("bad.csv, line 2, column IMD_2019_decile: \"11\"", "a decile from 1 to 10");
        assertThatThrownBy(() -> importImd(write(dir, "bad.csv", FILE_1.replace("\"6,073\"", "n/a"))))
                .hasMessageContainingAll("bad.csv, line 2, column Index of Multiple Deprivation (IMD) Rank: \"n/a\"");
        assertThatThrownBy(() -> importImd(write(dir, "bad.csv", "code,thing\nE01013453,1\n")))
                .hasMessageContainingAll("bad.csv, line 1", "not an IoD2019 file");
    }

    @Test
    void an_lsoa_without_a_decile_in_any_file_is_refused() {
        assertThatThrownBy(() -> importImd(write(dir, "score_only.csv", "LSOA11CD,IMD_2019_score\nE01013453,35.5\n")))
                .hasMessageContainingAll("E01013453 has no IMD decile", "File 1");
    }

    @Test
    void importing_again_replaces_the_whole_imd() {
        importImd(write(dir, "file1.csv", FILE_1));
        importImd(write(dir, "one.csv", "LSOA11CD,IMD_2019_decile,IMD_2019_score\nE01099999,7,12.5\n"));
        assertThat(Jdbc.query(store.connection(), "SELECT lsoa_code FROM imd", rs -> rs.getString(1))).containsExactly("E01099999");
        assertThat(Jdbc.query(store.connection(), "SELECT file_name || ' ' || status FROM batch ORDER BY batch_id",
                rs -> rs.getString(1))).containsExactly("file1.csv superseded", "one.csv active");
    }
}
