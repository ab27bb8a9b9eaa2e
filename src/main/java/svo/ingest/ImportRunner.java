package svo.ingest;

import org.duckdb.DuckDBConnection;
import svo.BadInputException;
import svo.store.Jdbc;
import svo.store.Store;
import svo.store.StoreException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs an import: one file, one data set, one transaction.
 *
 * <ol>
 *   <li>A file whose SHA-256 is already recorded for the data set is reported and skipped.</li>
 *   <li>Every row is validated; a bad row is kept as a reject with its line, column, value and reason.</li>
 *   <li>Strict (the default): any reject → the transaction is rolled back, nothing changes, and the message
 *       names the first bad lines and how to run lenient. Lenient: the good rows load.</li>
 *   <li>{@code replace}: active batches of the same data set and source whose period overlaps this file's are
 *       marked superseded (kept, never deleted), so corrected extracts never double-count.</li>
 *   <li>The batch record is written with rows read = loaded + rejected, and the transaction commits. A crash
 *       or kill before the commit leaves the store exactly as it was.</li>
 * </ol>
 *
 * Two imports of the same data set are serialised; reads on other connections carry on meanwhile.
 */
public final class ImportRunner {
    private final Store store;
    private final Map<String, String> environment;
    private final Clock clock;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private volatile LocationAssigner locationAssigner;

    /**
     * Assigns area codes to the located rows of a batch (point in polygon); provided by {@code svo.geo}.
     * Returns how many located rows fall inside no area (a data-quality figure).
     */
    @FunctionalInterface
    public interface LocationAssigner {
        long assign(Connection connection, String table, long batchId) throws SQLException;
    }

    public ImportRunner(Store store, Map<String, String> environment, Clock clock) {
        this.store = store;
        this.environment = Map.copyOf(environment);
        this.clock = clock;
    }

    /** An import runner reading the key from the process environment. */
    public static ImportRunner forProcess(Store store) {
        return new ImportRunner(store, System.getenv(), Clock.systemDefaultZone());
    }

    /** Sets what assigns located rows to areas after they are loaded (inside the same transaction). */
    public ImportRunner withLocationAssigner(LocationAssigner assigner) {
        this.locationAssigner = assigner;
        return this;
    }

    /** Imports one file. Throws {@link BadInputException} (and changes nothing) when the file is refused. */
    public ImportReport run(Importer importer, SourceFile file, ImportOptions options, ImportProgress progress) {
        ReentrantLock lock = locks.computeIfAbsent(importer.dataset(), d -> new ReentrantLock());
        lock.lock();
        try (Connection c = store.newConnection()) {
            return runLocked(importer, file, options, progress, (DuckDBConnection) c);
        } catch (SQLException e) {
            throw new StoreException("import of " + file.name() + " failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private ImportReport runLocked(Importer importer, SourceFile file, ImportOptions options, ImportProgress progress,
                                   DuckDBConnection c) {
        long started = System.nanoTime();
        String source = options.source() == null || options.source().isBlank() ? importer.dataset() : options.source().strip();
        Optional<long[]> already = Jdbc.queryOne(c,
                "SELECT batch_id, rows_loaded FROM batch WHERE dataset = ? AND sha256 = ? ORDER BY batch_id LIMIT 1",
                rs -> new long[]{rs.getLong(1), rs.getLong(2)}, importer.dataset(), file.sha256());
        if (already.isPresent()) {
            return new ImportReport(importer.dataset(), file.name(), file.sha256(), already.get()[0], true, already.get()[0],
                    0, 0, 0, null, null, List.of(), List.of(), List.of(), file.encodingLabel(), 0,
                    Duration.ofNanos(System.nanoTime() - started));
        }
        return Jdbc.inTransaction(c, conn -> load(importer, file, options, progress, c, source, started));
    }

    private ImportReport load(Importer importer, SourceFile file, ImportOptions options, ImportProgress progress,
                              DuckDBConnection c, String source, long started) throws SQLException {
        long batchId = Jdbc.count(c, "SELECT nextval('batch_seq')");
        RejectLog rejects = new RejectLog(c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "reject"), batchId);
        Pseudonymiser[] key = new Pseudonymiser[1];
        ImportContext ctx = new ImportContext(c, batchId, importer.table(), source, options, () -> {
            if (key[0] == null) key[0] = checkedKey(c);
            return key[0];
        }, rejects);
        long rowsRead = 0;
        List<String> ignored;
        List<Long> superseded;
        LocalDate[] period;
        try (CsvReader csv = CsvReader.open(file)) {
            String[] names = csv.next();
            if (names == null) throw new BadInputException(file.name() + ": the file is empty (no header row). Nothing was loaded.");
            Header header = new Header(names, importer.layout(), file.name());
            ignored = header.ignored();
            if (importer.needsKey()) ctx.pseudonymiser();
            Importer.Load load = importer.start(ctx, header);
            Row row = new Row(header);
            long nextReport = started + 1_000_000_000L;
            try (ReadAhead rows = new ReadAhead(csv, file.name())) {
                for (String[] values; (values = rows.next()) != null; ) {
                    rowsRead++;
                    row.reset(values, rows.line());
                    if (values.length != header.size()) {
                        row.error(null, null, "the row has " + values.length + " fields but the header has " + header.size()
                                + " (a comma inside a value needs the value in double quotes)");
                    } else {
                        load.row(row);
                    }
                    if (!row.ok()) rejects.addRow(row.line(), row.errors());
                    if ((rowsRead & 0x1FFF) == 0) {
                        long now = System.nanoTime();
                        if (now >= nextReport) {
                            progress.update(file.name(), rowsRead, rows.bytesRead(), file.size(), now - started);
                            nextReport = now + 1_000_000_000L;
                        }
                    }
                }
            }
            if (rowsRead == 0) {
                throw new BadInputException(file.name() + ": the file has a header but no data rows. Nothing was loaded.");
            }
            progress.update(file.name(), rowsRead, file.size(), file.size(), System.nanoTime() - started);
            debug("rows read and appended", started);
            ctx.closeAppenders();
            debug("appenders flushed", started);
            period = Jdbc.queryOne(c, importer.periodSql(),
                    rs -> new LocalDate[]{toDate(rs.getDate(1)), toDate(rs.getDate(2))}, batchId).orElse(new LocalDate[2]);
            superseded = options.replace() ? supersede(c, importer.dataset(), source, batchId, period) : List.of();
            ctx.replacing(superseded);
            load.finish();
            debug("set-based checks", started);
        } catch (RuntimeException | SQLException | Error e) {
            ctx.closeAppendersQuietly();
            throw e;
        }
        long outside = importer.located() && locationAssigner != null ? locationAssigner.assign(c, importer.table(), batchId) : 0;

        long rowsRejected = rejects.rowsRejected();
        rejects.close();
        if (rowsRejected > 0 && !options.lenient()) {
            throw new BadInputException(strictMessage(file.name(), rowsRead, rowsRejected, rejects.first()));
        }
        long loaded = Jdbc.count(c, "SELECT count(*) FROM " + importer.table() + " WHERE batch_id = ?", batchId);
        if (loaded != rowsRead - rowsRejected) {
            throw new IllegalStateException("import bookkeeping error: " + loaded + " rows in the table but " + rowsRead
                    + " read and " + rowsRejected + " rejected");
        }
        if (options.synthetic()) {
            Jdbc.update(c, "INSERT OR REPLACE INTO store_setting VALUES ('synthetic', 'true')");
        }
        Jdbc.update(c, """
                INSERT INTO batch (batch_id, dataset, source, file_name, sha256, encoding, mode, rows_read, rows_loaded,
                                   rows_rejected, period_from, period_to, status, superseded_by, synthetic, loaded_by, loaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', NULL, ?, ?, ?)""",
                batchId, importer.dataset(), source, file.name(), file.sha256(), file.encodingLabel(),
                options.lenient() ? "lenient" : "strict", rowsRead, loaded, rowsRejected, period[0], period[1],
                options.synthetic(), options.user(), Timestamp.from(clock.instant()));
        if (!superseded.isEmpty()) {
            Jdbc.update(c, "UPDATE batch SET status = 'superseded', superseded_by = ? WHERE batch_id IN ("
                    + String.join(",", superseded.stream().map(String::valueOf).toList()) + ")", batchId);
        }
        return new ImportReport(importer.dataset(), file.name(), file.sha256(), batchId, false, 0, rowsRead, loaded,
                rowsRejected, period[0], period[1], rejects.first(), superseded, ignored, file.encodingLabel(), outside,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private List<Long> supersede(Connection c, String dataset, String source, long batchId, LocalDate[] period) {
        if (period[0] == null) return List.of();
        return new ArrayList<>(Jdbc.query(c, """
                SELECT batch_id FROM batch
                WHERE dataset = ? AND source = ? AND status = 'active' AND batch_id <> ?
                  AND period_from <= ? AND period_to >= ?
                ORDER BY batch_id""", rs -> rs.getLong(1), dataset, source, batchId, period[1], period[0]));
    }

    private Pseudonymiser checkedKey(Connection c) {
        Pseudonymiser p = Pseudonymiser.fromEnvironment(environment);
        Optional<String> known = Jdbc.queryOne(c, "SELECT value FROM store_setting WHERE key = 'key_fingerprint'",
                rs -> rs.getString(1));
        if (known.isEmpty()) {
            Jdbc.update(c, "INSERT INTO store_setting VALUES ('key_fingerprint', ?)", p.fingerprint());
        } else if (!known.get().equals(p.fingerprint())) {
            throw new BadInputException("the pseudonymisation key differs from the one used for earlier imports into this "
                    + "store (key fingerprint " + p.fingerprint() + ", store expects " + known.get() + "): people would not "
                    + "link across data sets. Set " + Pseudonymiser.KEY_FILE_ENV + " to the original key. Nothing was loaded.");
        }
        return p;
    }

    static String strictMessage(String file, long rowsRead, long rowsRejected, List<ImportReport.RejectRecord> first) {
        StringBuilder sb = new StringBuilder();
        sb.append(file).append(": ").append(String.format("%,d", rowsRejected)).append(" of ")
                .append(String.format("%,d", rowsRead)).append(rowsRead == 1 ? " row is" : rowsRejected == 1 ? " rows is" : " rows are")
                .append(" bad, so nothing was loaded (strict mode).");
        long lastLine = -1;
        int shown = 0;
        for (ImportReport.RejectRecord r : first) {
            if (shown >= 10 && r.line() != lastLine) break;
            sb.append("\n  ").append(file).append(", ").append(r.describe());
            if (r.line() != lastLine) shown++;
            lastLine = r.line();
        }
        if (rowsRejected > shown) sb.append("\n  … and more bad rows (").append(String.format("%,d", rowsRejected)).append(" in all).");
        long good = rowsRead - rowsRejected;
        sb.append("\nFix the file and import it again, or run with --lenient to load the ").append(String.format("%,d", good))
                .append(good == 1 ? " good row" : " good rows").append(" and keep the bad ones in the rejects report (./svo rejects).");
        return sb.toString();
    }

    private static final boolean DEBUG = System.getenv("SVO_DEBUG") != null;

    private static void debug(String step, long started) {
        if (DEBUG) System.err.printf("  [import] %-24s %6.2f s%n", step, (System.nanoTime() - started) / 1e9);
    }

    private static LocalDate toDate(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
