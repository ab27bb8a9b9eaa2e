package svo.cli;

import svo.geo.Assigner;
import svo.ingest.ImportRunner;
import svo.store.Store;

/** Builds the import runner the CLI uses, with everything it needs wired in. */
final class Imports {
    private Imports() {}

    static ImportRunner runner(Store store) {
        // Located rows get their area codes (point in polygon) inside the import's transaction.
        return ImportRunner.forProcess(store).withLocationAssigner((c, table, batch) -> Assigner.assign(c, table, batch).rowsOutside());
    }
}
