package svo.cli;

import picocli.CommandLine.Option;
import svo.store.Store;

import java.nio.file.Path;

/** The {@code --store PATH} option every command that reads or writes the store takes. */
public final class StoreOptions {
    /** Used when neither --store nor SVO_STORE is given. */
    public static final String DEFAULT_STORE = "svo-data/svo.duckdb";

    @Option(names = "--store", paramLabel = "PATH",
            description = "The store file (default: $SVO_STORE, else ./" + DEFAULT_STORE + ").")
    Path store;

    /** The store path chosen by option, environment or default. */
    public Path path() {
        if (store != null) return store;
        String env = System.getenv("SVO_STORE");
        return Path.of(env != null && !env.isBlank() ? env : DEFAULT_STORE);
    }

    /** Opens the chosen store (creating and migrating it as needed). */
    public Store open() {
        return Store.open(path());
    }
}
