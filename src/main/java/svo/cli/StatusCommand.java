package svo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import svo.store.Jdbc;
import svo.store.Store;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code svo status}: which store, its schema version, and how many rows each data set holds. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show the store in use, its schema version and the rows loaded per data set.")
final class StatusCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            out.printf("store           %s%n", store.file());
            out.printf("schema version  %d%n", store.schemaVersion());
            var rows = Jdbc.query(store.connection(), """
                    SELECT dataset, count(*) AS batches, sum(rows_loaded) AS rows
                    FROM batch WHERE status = 'active' GROUP BY dataset ORDER BY dataset""",
                    rs -> String.format("%-24s %6d batches %12d rows", rs.getString(1), rs.getLong(2), rs.getLong(3)));
            if (rows.isEmpty()) out.println("no data loaded yet: see `./svo import --help`");
            rows.forEach(out::println);
        }
        return 0;
    }
}
