package svo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import svo.analysis.Column;
import svo.analysis.Table;
import svo.store.Jdbc;
import svo.store.Store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code svo batches}: what is loaded, batch by batch. */
@Command(name = "batches", mixinStandardHelpOptions = true,
        description = "List the imported batches: data set, file, SHA-256, rows read / loaded / rejected, period, status.")
final class BatchesCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Option(names = "--dataset", paramLabel = "NAME", description = "Only this data set.")
    String dataset;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, csv or json.")
    String format;

    @Override
    public Integer call() {
        Output.Format f = Output.format(format);
        try (Store store = storeOptions.open()) {
            Table.Builder t = Table.builder("batches", "Imported batches").columns(
                    Column.count("batch_id", "Batch"), Column.text("dataset", "Data set"), Column.text("source", "Source"),
                    Column.text("file_name", "File"), Column.text("sha256", "SHA-256"), Column.text("encoding", "Encoding"),
                    Column.text("mode", "Mode"), Column.count("rows_read", "Read"), Column.count("rows_loaded", "Loaded"),
                    Column.count("rows_rejected", "Rejected"), Column.date("period_from", "From"), Column.date("period_to", "To"),
                    Column.text("status", "Status"), Column.count("superseded_by", "Superseded by"),
                    Column.text("loaded_by", "Loaded by"), Column.text("loaded_at", "Loaded at"));
            List<Object> params = new ArrayList<>();
            String where = "";
            if (dataset != null) {
                where = "WHERE dataset = ?";
                params.add(dataset);
            }
            Jdbc.query(store.connection(), """
                    SELECT batch_id, dataset, source, file_name, sha256, encoding, mode, rows_read, rows_loaded, rows_rejected,
                           period_from, period_to, status, superseded_by, loaded_by, strftime(loaded_at, '%Y-%m-%d %H:%M:%S')
                    FROM batch """ + where + " ORDER BY batch_id", rs -> {
                t.row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        f == Output.Format.TABLE ? rs.getString(5).substring(0, 12) + "…" : rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
                        rs.getObject(11) == null ? null : rs.getDate(11).toLocalDate(),
                        rs.getObject(12) == null ? null : rs.getDate(12).toLocalDate(), rs.getString(13),
                        rs.getObject(14) == null ? null : rs.getLong(14), rs.getString(15), rs.getString(16));
                return null;
            }, params.toArray());
            Output.print(t.build(), f, spec.commandLine().getOut());
        }
        return 0;
    }
}
