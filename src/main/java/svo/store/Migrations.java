package svo.store;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Numbered SQL migrations in {@code src/main/resources/svo/store/migrations}, named
 * {@code V<number>__<what>.sql}. On open, every migration the store has not recorded is applied in
 * number order, each in its own transaction. A store that records a migration newer than any this build
 * knows is refused: it was written by a newer version and this one could damage it.
 *
 * <p>Numbers are grouped by feature so parallel work does not collide: 1–9 core and police data,
 * 10–19 definitions, 20–29 security and web, 30–39 partner data, 40–49 delivery, 50–59 reports,
 * 60–69 places, 70–79 cohorts.
 */
public final class Migrations {
    private static final String FOLDER = "svo/store/migrations";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

    private Migrations() {}

    /** A migration file: its number, its name and its SQL. */
    record Migration(int version, String name, String sql) {}

    /** Applies what is missing and returns the store's schema version afterwards. */
    static int apply(Connection c, String storeLabel) {
        Jdbc.execute(c, """
                CREATE TABLE IF NOT EXISTS schema_migration (
                    version    INTEGER PRIMARY KEY,
                    name       VARCHAR NOT NULL,
                    applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp
                )""");
        List<Migration> known = known();
        int newestKnown = known.isEmpty() ? 0 : known.get(known.size() - 1).version();
        int newestApplied = (int) Jdbc.count(c, "SELECT coalesce(max(version), 0) FROM schema_migration");
        if (newestApplied > newestKnown) {
            throw new StoreException("the store " + storeLabel + " was written by a newer version of the product "
                    + "(schema version " + newestApplied + "; this version knows up to " + newestKnown + "). "
                    + "Use the newer version, or restore a backup made by this one.");
        }
        var applied = Jdbc.query(c, "SELECT version FROM schema_migration", rs -> rs.getInt(1));
        for (Migration m : known) {
            if (applied.contains(m.version())) continue;
            Jdbc.inTransaction(c, conn -> {
                Jdbc.execute(conn, m.sql());
                Jdbc.update(conn, "INSERT INTO schema_migration(version, name) VALUES (?, ?)", m.version(), m.name());
                return null;
            });
        }
        return (int) Jdbc.count(c, "SELECT coalesce(max(version), 0) FROM schema_migration");
    }

    /** The highest migration number this build knows. */
    static int newestKnown() {
        List<Migration> known = known();
        return known.isEmpty() ? 0 : known.get(known.size() - 1).version();
    }

    /** Every migration shipped with this build, in number order. */
    static List<Migration> known() {
        Map<Integer, Migration> byVersion = new TreeMap<>();
        for (String file : listFiles()) {
            Matcher m = NAME.matcher(file);
            if (!m.matches()) continue;
            int version = Integer.parseInt(m.group(1));
            Migration mig = new Migration(version, m.group(2), Sql.resource("/" + FOLDER + "/" + file));
            Migration clash = byVersion.put(version, mig);
            if (clash != null) {
                throw new IllegalStateException("two migrations share number " + version + ": " + clash.name()
                        + " and " + mig.name());
            }
        }
        return new ArrayList<>(byVersion.values());
    }

    private static List<String> listFiles() {
        URL url = Migrations.class.getClassLoader().getResource(FOLDER);
        if (url == null) return List.of();
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return names(fs.getPath(FOLDER));
            }
            return names(Path.of(uri));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the migrations in " + url + ": " + e.getMessage(), e);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
