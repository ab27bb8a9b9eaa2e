package svo.analysis.places;

import svo.analysis.Area;
import svo.analysis.Comparison;
import svo.analysis.Period;
import svo.analysis.Scope;
import svo.definitions.DefinitionRegistry;
import svo.geo.ReferenceData;
import svo.ingest.ImportOptions;
import svo.store.Store;
import svo.testing.TestImports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real police.uk street files of {@code ../shared/data/police_uk/} with the real boundaries, population,
 * schools and IMD of the same force area, all loaded through the real importers (geography, then police.uk with
 * point-in-polygon assignment).
 */
final class RealPoliceUk {
    static final Path DATA = Path.of("../shared/data");

    private RealPoliceUk() {}

    /** An in-memory store with a force's reference data and every street file in {@code folder}. */
    static Store load(ReferenceData.Partnership partnership, String folder) {
        Store store = Store.inMemory();
        store.inTransaction(c -> ReferenceData.load(c, DATA, partnership));
        try (var files = Files.list(DATA.resolve("police_uk").resolve(folder))) {
            List<Path> csv = files.filter(f -> f.toString().endsWith("-street.csv")).sorted().toList();
            if (csv.isEmpty()) throw new IllegalStateException("no street files in " + folder);
            for (Path f : csv) TestImports.loadFile(store, "police-uk-street", f, ImportOptions.strict().withUser("test"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return store;
    }

    /** A scope over police.uk crimes under the definitions' upper-bound mapping, with extra parameters. */
    static Scope scope(String period, String... keyValues) {
        Map<String, String> p = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) p.put(keyValues[i], keyValues[i + 1]);
        return new Scope(DefinitionRegistry.standard().resolve("police-uk-sv-upper", false), false, Period.parse(period), Area.ALL,
                Comparison.PREVIOUS, p);
    }
}
