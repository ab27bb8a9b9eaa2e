package svo.store;

import svo.BadInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Backup and restore of the store. A backup is a consistent copy taken while the store is open (DuckDB's
 * {@code COPY FROM DATABASE} into a new file), so it can be made while the product runs. A restore checks the
 * backup is a store this version can read, moves the current store aside (never deletes it) and puts the
 * backup in its place; the store must not be open in another process.
 */
public final class Backup {
    private Backup() {}

    /** Writes a copy of the open store to {@code target} (which must not exist yet). */
    public static void backup(Store store, Path target) {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.exists(abs)) {
            throw new BadInputException("the backup file " + abs + " already exists; choose a new name (backups are never overwritten).");
        }
        try {
            if (abs.getParent() != null) Files.createDirectories(abs.getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for " + abs + ": " + e.getMessage(), e);
        }
        var c = store.connection();
        store.checkpoint();
        Jdbc.execute(c, "ATTACH '" + abs.toString().replace("'", "''") + "' AS svo_backup");
        try {
            Jdbc.execute(c, "COPY FROM DATABASE " + currentDatabase(store) + " TO svo_backup");
            // Sequences are copied at their start value: carry the batch counter over, or restored stores would reuse ids.
            long next = Jdbc.count(c, "SELECT coalesce(max(batch_id), 0) + 1 FROM batch");
            Jdbc.execute(c, "DROP SEQUENCE svo_backup.batch_seq");
            Jdbc.execute(c, "CREATE SEQUENCE svo_backup.batch_seq START " + next);
        } finally {
            Jdbc.execute(c, "DETACH svo_backup");
        }
    }

    /** Replaces the store file with the backup; returns where the previous store was moved. */
    public static Path restore(Path backup, Path storeFile) {
        Path from = backup.toAbsolutePath().normalize();
        Path to = storeFile.toAbsolutePath().normalize();
        if (!Files.isRegularFile(from)) throw new BadInputException("no backup file at " + from + ".");
        int version = Store.schemaVersionOf(from);
        try {
            Path aside = null;
            if (Files.exists(to)) {
                aside = to.resolveSibling(to.getFileName() + ".before-restore-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
                Files.move(to, aside);
                Path wal = to.resolveSibling(to.getFileName() + ".wal");
                if (Files.exists(wal)) Files.move(wal, aside.resolveSibling(aside.getFileName() + ".wal"));
            }
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
            if (version <= 0) throw new StoreException("the backup " + from + " holds no schema");
            return aside;
        } catch (IOException e) {
            throw new StoreException("cannot restore " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }

    private static String currentDatabase(Store store) {
        return Jdbc.queryOne(store.connection(), "SELECT current_database()", rs -> rs.getString(1)).orElseThrow();
    }
}
