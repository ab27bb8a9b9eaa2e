package svo.ingest.delivery;

import svo.store.Jdbc;

import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The active register as the delivery importers look interventions up in it: by id or by name, any case. */
final class RegisterIndex {
    /** One intervention: id, name, owner, and the first and last day it runs as the register states them (or null). */
    record Entry(String id, String name, String owner, java.time.LocalDate start, java.time.LocalDate end) {}

    private final Map<String, Entry> byKey = new HashMap<>();

    private RegisterIndex() {}

    static RegisterIndex load(Connection c) {
        RegisterIndex index = new RegisterIndex();
        List<Entry> all = Jdbc.query(c, "SELECT intervention_id, name, owner, period_start, period_end FROM intervention ORDER BY intervention_id",
                rs -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, java.time.LocalDate.class),
                        rs.getObject(5, java.time.LocalDate.class)));
        for (Entry e : all) {
            index.byKey.put(e.id().toLowerCase(Locale.ROOT), e);
            index.byKey.putIfAbsent(e.name().strip().toLowerCase(Locale.ROOT), e);
        }
        return index;
    }

    /** The intervention with this id or name, or null. */
    Entry find(String idOrName) {
        return idOrName == null ? null : byKey.get(idOrName.strip().toLowerCase(Locale.ROOT));
    }

    boolean isEmpty() {
        return byKey.isEmpty();
    }

    /** The error text for an intervention not in the register. */
    static String unknown(String value, boolean registerEmpty) {
        return "'" + value + "' is not in the interventions register (by id or name)"
                + (registerEmpty ? "; the register is empty: import it first (./svo import --dataset interventions FILE)"
                : "; ./svo interventions list shows the register");
    }
}
