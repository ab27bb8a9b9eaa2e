package svo.cli;

import svo.ingest.ImportRunner;
import svo.store.Store;

/** Builds the import runner the CLI uses, with everything it needs wired in. */
final class Imports {
    private Imports() {}

    static ImportRunner runner(Store store) {
        return ImportRunner.forProcess(store);
    }
}
