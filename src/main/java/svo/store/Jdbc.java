package svo.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small JDBC helpers: values are always bound with {@code ?}, never spliced into SQL. */
public final class Jdbc {
    private Jdbc() {}

    /** A function that may throw {@link SQLException}. */
    @FunctionalInterface
    public interface SqlFunction<A, R> {
        R apply(A a) throws SQLException;
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<R> {
        R map(ResultSet rs) throws SQLException;
    }

    /** Executes SQL without parameters (DDL, PRAGMA, several statements separated by ';'). */
    public static void execute(Connection c, String sql) {
        // A fresh Statement every time: DuckDB leaves a Statement unusable after a failed query.
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new StoreException(e.getMessage() + "\n  in: " + abbreviate(sql), e);
        }
    }

    /** Executes an INSERT / UPDATE / DELETE with bound parameters and returns the row count. */
    public static int update(Connection c, String sql, Object... params) {
        try (PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(e.getMessage() + "\n  in: " + abbreviate(sql), e);
        }
    }

    /** Runs a query and maps every row. */
    public static <R> List<R> query(Connection c, String sql, RowMapper<R> mapper, Object... params) {
        try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            List<R> out = new ArrayList<>();
            while (rs.next()) out.add(mapper.map(rs));
            return out;
        } catch (SQLException e) {
            throw new StoreException(e.getMessage() + "\n  in: " + abbreviate(sql), e);
        }
    }

    /** The first row, if any. */
    public static <R> Optional<R> queryOne(Connection c, String sql, RowMapper<R> mapper, Object... params) {
        List<R> rows = query(c, sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    /** A single number (count(*), max(...)); 0 when the query gives no row or NULL. */
    public static long count(Connection c, String sql, Object... params) {
        return queryOne(c, sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    /** Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. */
    public static <T> T inTransaction(Connection c, SqlFunction<Connection, T> work) {
        try {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    c.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                if (e instanceof SQLException se) throw new StoreException(se.getMessage(), se);
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p instanceof java.time.LocalDate d) ps.setObject(i + 1, java.sql.Date.valueOf(d));
            else if (p instanceof java.time.LocalDateTime t) ps.setObject(i + 1, java.sql.Timestamp.valueOf(t));
            else if (p instanceof java.time.Instant t) ps.setObject(i + 1, java.sql.Timestamp.from(t));
            else ps.setObject(i + 1, p);
        }
        return ps;
    }

    private static String abbreviate(String sql) {
        String s = sql.strip().replaceAll("\\s+", " ");
        return s.length() > 200 ? s.substring(0, 200) + " …" : s;
    }
}
