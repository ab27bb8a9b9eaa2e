package svo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import svo.BadInputException;
import svo.analysis.Column;
import svo.analysis.Table;
import svo.store.Jdbc;
import svo.store.Store;

import java.util.concurrent.Callable;

/** {@code svo rejects --batch ID}: the rows a lenient import refused, with line, column, value and reason. */
@Command(name = "rejects", mixinStandardHelpOptions = true,
        description = "List the rows an import refused: line, column, value and the reason (personal identifiers withheld).")
final class RejectsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Option(names = "--batch", paramLabel = "ID", description = "The batch (default: the latest batch with rejects).")
    Long batch;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, csv or json.")
    String format;

    @Override
    public Integer call() {
        Output.Format f = Output.format(format);
        try (Store store = storeOptions.open()) {
            var c = store.connection();
            long id = batch != null ? batch
                    : Jdbc.queryOne(c, "SELECT max(batch_id) FROM batch WHERE rows_rejected > 0", rs -> rs.getObject(1) == null ? null : rs.getLong(1))
                    .orElseThrow(() -> new BadInputException("no batch has rejects."));
            String file = Jdbc.queryOne(c, "SELECT file_name FROM batch WHERE batch_id = ?", rs -> rs.getString(1), id)
                    .orElseThrow(() -> BadInputException.of("--batch", String.valueOf(id), "the id of a batch (./svo batches)"));
            Table.Builder t = Table.builder("rejects", "Rows refused in batch " + id + " (" + file + ")").columns(
                    Column.count("batch_id", "Batch"), Column.count("line", "Line"), Column.text("column_name", "Column"),
                    Column.text("value", "Value"), Column.text("reason", "Reason"));
            Jdbc.query(c, "SELECT batch_id, line, column_name, value, reason FROM reject WHERE batch_id = ? ORDER BY line, column_name",
                    rs -> t.row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)), id);
            Output.print(t.build(), f, spec.commandLine().getOut());
        }
        return 0;
    }
}
