package svo.ingest;

import org.duckdb.DuckDBAppender;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Null-safe appends of the value types the importers use (DuckDB's appender wants explicit NULLs). */
public final class Append {
    private Append() {}

    public static void text(DuckDBAppender a, String v) throws SQLException {
        if (v == null) a.appendNull();
        else a.append(v);
    }

    public static void date(DuckDBAppender a, LocalDate v) throws SQLException {
        if (v == null) a.appendNull();
        else a.appendEpochDays((int) v.toEpochDay());
    }

    /** A TIMESTAMP (local wall-clock time, no zone). */
    public static void timestamp(DuckDBAppender a, LocalDateTime v) throws SQLException {
        if (v == null) a.appendNull();
        else a.appendEpochMicros(v.toEpochSecond(ZoneOffset.UTC) * 1_000_000L + v.getNano() / 1_000);
    }

    public static void number(DuckDBAppender a, Double v) throws SQLException {
        if (v == null) a.appendNull();
        else a.append(v.doubleValue());
    }

    public static void whole(DuckDBAppender a, Integer v) throws SQLException {
        if (v == null) a.appendNull();
        else a.append(v.intValue());
    }

    public static void flag(DuckDBAppender a, Boolean v) throws SQLException {
        if (v == null) a.appendNull();
        else a.append(v.booleanValue());
    }
}
