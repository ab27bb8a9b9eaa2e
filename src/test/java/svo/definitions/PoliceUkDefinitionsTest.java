package svo.definitions;

import org.junit.jupiter.api.Test;
import svo.ingest.ImportOptions;
import svo.store.Jdbc;
import svo.store.Store;
import svo.testing.TestImports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The police.uk definitions on real police.uk data: Derbyshire's five published months of 2018
 * ({@code ../shared/data/police_uk/derbyshire_street/}, whose SOURCES.md states 8,111 violence and sexual
 * offences, 261 robberies and 266 possession of weapons offences).
 */
class PoliceUkDefinitionsTest {
    private static final Path FOLDER = Path.of("../shared/data/police_uk/derbyshire_street");

    @Test
    void on_derbyshire_police_uk_data_the_lower_bound_counts_robbery_and_weapons_and_the_upper_adds_all_violence() throws IOException {
        DefinitionRegistry registry = DefinitionRegistry.standard();
        try (Store store = Store.inMemory(); Stream<Path> files = Files.list(FOLDER)) {
            List<Path> csvs = files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
            assertThat(csvs).hasSize(5);
            for (Path f : csvs) TestImports.loadFile(store, "police-uk-street", f, ImportOptions.strict().withUser("test"));
            assertThat(count(store, registry.get("police-uk-sv-lower"))).isEqualTo(261 + 266);
            assertThat(count(store, registry.get("police-uk-sv-upper"))).isEqualTo(261 + 266 + 8_111);
            assertThat(Jdbc.count(store.connection(), "SELECT count(*) FROM police_uk_crime WHERE "
                    + PoliceUkCrimeTypes.sqlGroup() + " = ?", PoliceUkCrimeTypes.VIOLENCE_AND_SEXUAL_OFFENCES))
                    .isEqualTo(8_111);
            assertThat(Jdbc.count(store.connection(), "SELECT count(*) FROM police_uk_crime WHERE "
                    + PoliceUkCrimeTypes.sqlGroup() + " LIKE 'Unmapped%'")).isZero();
        }
    }

    private static long count(Store store, Definition d) {
        assertThat(d.label()).endsWith("(approximate)");
        return Jdbc.count(store.connection(), "SELECT count(*) FROM " + d.view() + " WHERE " + d.sqlCondition());
    }
}
