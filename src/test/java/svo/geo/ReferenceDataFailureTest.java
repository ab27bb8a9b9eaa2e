package svo.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import svo.BadInputException;
import svo.store.Jdbc;
import svo.store.Store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceDataFailureTest {
    @TempDir
    Path dir;

    @Test
    void a_bad_last_file_leaves_the_store_as_it_was_although_everything_before_it_was_written() throws IOException {
        // A folder like shared/data whose IMD File 2 disagrees with File 1 about one decile; the rest are links.
        for (String folder : new String[] {"boundaries", "schools", "population"}) {
            Files.createSymbolicLink(dir.resolve(folder), RealData.DIR.resolve(folder).toAbsolutePath());
        }
        Files.createDirectories(dir.resolve("imd2019"));
        for (String prefix : new String[] {"IoD2019_File1_IMD", "IMD2019_score_decile"}) {
            Path f = RealData.file("imd2019", prefix);
            Files.createSymbolicLink(dir.resolve("imd2019").resolve(f.getFileName()), f.toAbsolutePath());
        }
        Path file2 = RealData.file("imd2019", "IoD2019_File2_domains");
        String text = Files.readString(file2).replace("E01013453,Derby 013A,E06000015,Derby,6073,2,", "E01013453,Derby 013A,E06000015,Derby,6073,3,");
        Files.writeString(dir.resolve("imd2019").resolve(file2.getFileName()), text);

        try (Store store = Store.inMemory()) {
            assertThatThrownBy(() -> store.inTransaction(c -> ReferenceData.load(c, dir, ReferenceData.Partnership.DERBYSHIRE)))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageContainingAll("IoD2019_File2_domains_derbyshire_pfa_lsoa11.csv, line 2", "E01013453 has 3 here but 2");
            var c = store.connection();
            for (String table : new String[] {"area", "school", "population", "imd", "batch", "reject"}) {
                assertThat(Jdbc.count(c, "SELECT count(*) FROM " + table)).as(table).isZero();
            }
        }
    }
}
