package svo.security;

import svo.store.Jdbc;
import svo.store.Store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The append-only audit log: who did what, to what, when (UTC), from where, and whether it was allowed.
 *
 * <pre>
 * audit.record(Actor.of(user, ip), "export", "trend.offence-type", "CSV, FY2024, all areas", Outcome.OK);
 * </pre>
 *
 * This class is the only code that writes {@code audit_log}, and it only ever inserts. Each entry's hash is
 * SHA-256 over the previous entry's hash and its own fields, and ids run 1, 2, 3, … without gaps, so an
 * entry changed or removed outside the product (a DuckDB shell on the file) is found by {@link #verify()}.
 * The newest hash is written to the server log at start and stop, an anchor outside the store that
 * also reveals a cut-off tail.
 */
public final class AuditLog {
    /** Whether the action happened. */
    public enum Outcome {
        OK, REFUSED, FAILED;

        String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One entry as stored. */
    public record Entry(long id, LocalDateTime at, String actor, String role, String action, String target,
                        String detail, String address, String outcome, String prevHash, String hash) {
    }

    /** The result of checking the chain: how many entries, and the first one that does not fit (or 0). */
    public record Verification(long entries, long firstBadId, String problem, String headHash) {
        public boolean intact() {
            return firstBadId == 0;
        }
    }

    static final String GENESIS = "0".repeat(64);
    private static final int MAX_FIELD = 500;

    private final Store store;
    private final Clock clock;
    private final Object appendLock = new Object();

    public AuditLog(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Appends one entry. Never throws for bad text: fields are cleaned of control characters and shortened. */
    public void record(Actor actor, String action, String target, String detail, Outcome outcome) {
        synchronized (appendLock) {
            try (Store s = store.forThread()) {
                Connection c = s.connection();
                var head = Jdbc.queryOne(c, "SELECT audit_id, hash FROM audit_log ORDER BY audit_id DESC LIMIT 1",
                        rs -> new Object[]{rs.getLong(1), rs.getString(2)});
                long id = head.map(h -> (Long) h[0]).orElse(0L) + 1;
                String prev = head.map(h -> (String) h[1]).orElse(GENESIS);
                LocalDateTime at = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
                Entry e = new Entry(id, at, clean(actor.name()), clean(actor.role()), clean(action), cleanOrNull(target),
                        cleanOrNull(detail), clean(actor.address()), outcome.id(), prev, null);
                String hash = hashOf(e);
                Jdbc.update(c, """
                        INSERT INTO audit_log (audit_id, occurred_at, actor, role, action, target, detail, address, outcome, prev_hash, hash)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        e.id(), Timestamp.valueOf(e.at()), e.actor(), e.role(), e.action(), e.target(), e.detail(),
                        e.address(), e.outcome(), e.prevHash(), hash);
            }
        }
    }

    /** The newest entries first, optionally only those whose action starts with {@code actionPrefix} or by {@code actor}. */
    public List<Entry> recent(String actionPrefix, String actor, int limit) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE true");
        if (actionPrefix != null && !actionPrefix.isBlank()) {
            where.append(" AND starts_with(action, ?)");
            params.add(actionPrefix.strip());
        }
        if (actor != null && !actor.isBlank()) {
            where.append(" AND actor = ?");
            params.add(actor.strip());
        }
        params.add(Math.max(1, Math.min(limit, 10_000)));
        try (Store s = store.forThread()) {
            return Jdbc.query(s.connection(), "SELECT * FROM audit_log" + where + " ORDER BY audit_id DESC LIMIT ?",
                    AuditLog::entry, params.toArray());
        }
    }

    /** Number of entries. */
    public long size() {
        try (Store s = store.forThread()) {
            return Jdbc.count(s.connection(), "SELECT count(*) FROM audit_log");
        }
    }

    /** Walks the whole chain and reports the first entry that was changed, removed or inserted out of turn. */
    public Verification verify() {
        try (Store s = store.forThread()) {
            List<Entry> all = Jdbc.query(s.connection(), "SELECT * FROM audit_log ORDER BY audit_id", AuditLog::entry);
            String prev = GENESIS;
            long expectedId = 1;
            for (Entry e : all) {
                if (e.id() != expectedId) {
                    return new Verification(all.size(), e.id(), "entry " + expectedId + (e.id() > expectedId + 1
                            ? " to " + (e.id() - 1) : "") + " is missing", prev);
                }
                if (!e.prevHash().equals(prev)) {
                    return new Verification(all.size(), e.id(), "entry " + e.id() + " does not follow entry " + (e.id() - 1)
                            + " (the one before it was changed or removed)", prev);
                }
                if (!hashOf(e).equals(e.hash())) {
                    return new Verification(all.size(), e.id(), "entry " + e.id() + " was changed after it was written", prev);
                }
                prev = e.hash();
                expectedId++;
            }
            return new Verification(all.size(), 0, null, prev);
        }
    }

    private static Entry entry(java.sql.ResultSet rs) throws SQLException {
        return new Entry(rs.getLong("audit_id"), rs.getTimestamp("occurred_at").toLocalDateTime(), rs.getString("actor"),
                rs.getString("role"), rs.getString("action"), rs.getString("target"), rs.getString("detail"),
                rs.getString("address"), rs.getString("outcome"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    static String hashOf(Entry e) {
        String text = String.join("\u001f", e.prevHash(), Long.toString(e.id()), e.at().toString(), e.actor(), e.role(),
                e.action(), String.valueOf(e.target()), String.valueOf(e.detail()), e.address(), e.outcome());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
        }
    }

    private static String clean(String s) {
        String c = cleanOrNull(s);
        return c == null ? "-" : c;
    }

    private static String cleanOrNull(String s) {
        if (s == null) return null;
        String c = s.replaceAll("\\p{Cntrl}", " ").strip();
        return c.length() > MAX_FIELD ? c.substring(0, MAX_FIELD) + "…" : c;
    }
}
