package svo.ingest.partners;

import svo.ingest.Row;
import svo.store.Jdbc;

import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The hospitals known to the store (view {@code hospital}: the shipped list, overridden code by code by
 * imported lists), for turning the names source files use into hospital codes. A spelling matches a code,
 * a name or an alias (compared as {@link Codes#normalise} does); a spelling two hospitals share is refused
 * as ambiguous rather than guessed.
 */
final class Hospitals {
    private final Map<String, String> byCode = new HashMap<>();
    private final Map<String, String> bySpelling = new HashMap<>();
    private final Map<String, String> ambiguous = new HashMap<>();

    private Hospitals() {}

    /** The hospitals of the store, read on the import's connection. */
    static Hospitals load(Connection c) {
        Hospitals h = new Hospitals();
        List<String[]> rows = Jdbc.query(c, "SELECT code, name, coalesce(aliases, '') FROM hospital ORDER BY code",
                rs -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)});
        for (String[] row : rows) h.byCode.put(Codes.normalise(row[0]), row[0]);
        for (String[] row : rows) {
            h.spelling(row[1], row[0]);
            for (String alias : row[2].split(";")) if (!alias.isBlank()) h.spelling(alias, row[0]);
        }
        return h;
    }

    private void spelling(String s, String code) {
        String key = Codes.normalise(s);
        if (byCode.containsKey(key)) return; // a code always means its own hospital
        String before = bySpelling.putIfAbsent(key, code);
        if (before != null && !before.equals(code)) ambiguous.put(key, before + " or " + code);
    }

    /** Reads a hospital cell: its code, or null with a row error (unknown or ambiguous). */
    String read(Row r, String column, boolean required) {
        String v = required ? r.required(column) : r.text(column);
        if (v == null) return null;
        String key = Codes.normalise(v);
        String code = byCode.get(key);
        if (code != null) return code;
        if (ambiguous.containsKey(key)) {
            r.error(column, v, "'" + v + "' could be hospital " + ambiguous.get(key) + "; give the hospital code");
            return null;
        }
        code = bySpelling.get(key);
        if (code == null) {
            r.error(column, v, "'" + v + "' is not a known hospital (codes: " + String.join(", ", new TreeSet<>(byCode.values()))
                    + "); use a code, name or alias of the hospital list (docs/datasets/hospitals.md), or add the hospital with ./svo import --dataset hospitals");
        }
        return code;
    }
}
