package svo.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Loads the SQL that sits beside a class: {@code svo/analysis/trend/OffenceTypeTrend.sql} for
 * {@code svo.analysis.trend.OffenceTypeTrend}. Queries live in files so they can be read, diffed and
 * run by hand in the DuckDB shell.
 */
public final class Sql {
    private Sql() {}

    /** The SQL file named after the class. */
    public static String load(Class<?> owner) {
        return load(owner, owner.getSimpleName());
    }

    /** The SQL file {@code name}.sql in the class's resource folder. */
    public static String load(Class<?> owner, String name) {
        String path = "/" + owner.getPackageName().replace('.', '/') + "/" + name + ".sql";
        return resource(path);
    }

    /** A resource on the class path, as UTF-8 text. */
    public static String resource(String path) {
        try (InputStream in = Sql.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing SQL resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
