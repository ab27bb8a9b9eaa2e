package svo.geo;

import svo.store.Store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The real reference data of ../shared/data, loaded once per test class that asks for it. */
final class RealData {
    static final Path DIR = Path.of("../shared/data");
    static final Path BOUNDARIES = DIR.resolve("boundaries/martinjc_UK-GeoJSON");
    static final List<String> DERBYSHIRE = ReferenceData.Partnership.DERBYSHIRE.districts();

    private RealData() {}

    static Path lsoaFile(String district) {
        return BOUNDARIES.resolve("lsoa_2011_by_lad/" + district + ".json");
    }

    static Path wardFile(String district) {
        return BOUNDARIES.resolve("wards_by_lad/" + district + ".json");
    }

    static Path ladTopo() {
        return BOUNDARIES.resolve("lad/topo_lad_england.json");
    }

    static Path file(String folder, String prefix) {
        try (var s = Files.list(DIR.resolve(folder))) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.getFileName().toString().contains("derbyshire_pfa")).findFirst().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An in-memory store with all the Derbyshire reference data loaded through the real importers. */
    static Store derbyshire() {
        Store store = Store.inMemory();
        store.inTransaction(c -> ReferenceData.load(c, DIR, ReferenceData.Partnership.DERBYSHIRE));
        return store;
    }
}
