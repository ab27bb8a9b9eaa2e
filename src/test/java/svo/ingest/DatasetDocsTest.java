package svo.ingest;

import org.junit.jupiter.api.Test;
import svo.store.Store;
import svo.testing.TestImports;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every data set is documented with its exact layout and an example file that imports strictly. */
class DatasetDocsTest {
    @Test
    void every_data_set_has_a_page_with_its_layout_and_an_example_that_imports_without_a_reject() throws Exception {
        try (Store store = Store.inMemory()) {
            for (Importer i : Datasets.standard().all()) {
                Path page = Path.of("docs/datasets/" + i.dataset() + ".md");
                assertThat(page).as("docs page for " + i.dataset()).exists();
                assertThat(Files.readString(page)).as(page + " shows the importer's layout").contains(i.layout().markdown());
                Path example = Path.of("docs/datasets/examples/" + i.dataset() + ".csv");
                assertThat(example).exists();
                ImportReport r = TestImports.loadFile(store, i.dataset(), example, ImportOptions.strict());
                assertThat(r.rowsRejected()).as(example.toString()).isZero();
                assertThat(r.rowsLoaded()).as(example.toString()).isPositive();
                assertThat(r.ignoredColumns()).as(example + " uses only layout columns").isEmpty();
            }
        }
    }
}
