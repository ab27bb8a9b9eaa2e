package svo.geo;

import svo.BadInputException;
import svo.store.Jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;

/**
 * The {@code batch} bookkeeping of reference imports (datasets {@code areas}, {@code schools},
 * {@code population}, {@code imd}): one batch row per file, with its SHA-256 and row counts.
 *
 * <p>All of it is in this one class so it can be switched to the general batch API of {@code svo.ingest}
 * once both are on main. Reference data is replaced in place (docs/architecture.md), so a batch is marked
 * superseded when the rows it loaded have all been replaced.
 */
final class ReferenceBatches {
    private final Clock clock;
    private final String user;

    ReferenceBatches(Clock clock, String user) {
        this.clock = clock;
        this.user = user;
    }

    static ReferenceBatches systemDefault() {
        return new ReferenceBatches(Clock.systemDefaultZone(), System.getProperty("user.name", "unknown"));
    }

    /** A new batch id (the row itself is written by {@link #record} once the counts are known). */
    long newId(Connection c) {
        return Jdbc.count(c, "SELECT nextval('batch_seq')");
    }

    /** Writes the batch row of one imported file. */
    void record(Connection c, long batchId, String dataset, String source, FileInfo file, long read, long loaded,
                long rejected) {
        Jdbc.update(c, """
                INSERT INTO batch (batch_id, dataset, source, file_name, sha256, encoding, mode, rows_read, rows_loaded,
                                   rows_rejected, status, synthetic, loaded_by, loaded_at)
                VALUES (?, ?, ?, ?, ?, ?, 'strict', ?, ?, ?, 'active', false, ?, ?)""",
                batchId, dataset, source, file.name(), file.sha256(), file.encoding(), read, loaded, rejected, user,
                LocalDateTime.now(clock));
    }

    /** Keeps a rejected row's line, column, value and reason. */
    void reject(Connection c, long batchId, long line, String column, String value, String reason) {
        Jdbc.update(c, "INSERT INTO reject (batch_id, line, column_name, value, reason) VALUES (?, ?, ?, ?, ?)",
                batchId, line, column, value, reason);
    }

    /**
     * Marks superseded every other active batch of {@code dataset} none of whose rows is left in {@code table}
     * (column {@code batch_id}); {@code by} is the batch that replaced them.
     */
    int supersedeEmptied(Connection c, String dataset, String table, List<Long> current, long by) {
        String keep = current.isEmpty() ? "-1" : String.join(",", current.stream().map(String::valueOf).toList());
        return Jdbc.update(c, "UPDATE batch SET status = 'superseded', superseded_by = ? "
                + "WHERE dataset = ? AND status = 'active' AND batch_id NOT IN (" + keep + ") "
                + "AND batch_id NOT IN (SELECT DISTINCT batch_id FROM " + table + " WHERE batch_id IS NOT NULL)",
                by, dataset);
    }

    /** A file's name, SHA-256 and text encoding (null for JSON). */
    record FileInfo(String name, String sha256, String encoding) {
        static FileInfo of(Path file, String encoding) {
            return new FileInfo(file.getFileName().toString(), ReferenceBatches.sha256(file), encoding);
        }
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchFileException e) {
            throw new BadInputException(file.getFileName() + ": the file does not exist (" + file.toAbsolutePath() + ").");
        } catch (IOException e) {
            throw new BadInputException(file.getFileName() + ": cannot be read (" + e.getMessage() + ").");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
