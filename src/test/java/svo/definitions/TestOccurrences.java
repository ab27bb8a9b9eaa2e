package svo.definitions;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import svo.store.Jdbc;
import svo.store.Store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts occurrences written in the canonical {@code occurrences.csv} layout into a test store as one active
 * batch. Stands in for the canonical occurrence importer until it lands on main; tests write canonical CSV so
 * that switching to the importer changes only this class. Unquoted CSV only; optional columns may be omitted.
 */
public final class TestOccurrences {
    private TestOccurrences() {}

    /** Loads the CSV (header line first) and returns the batch id. */
    public static long load(Store store, String csv) {
        List<String> lines = csv.strip().lines().filter(l -> !l.isBlank()).toList();
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) row.put(header.get(i).strip(), i < cells.length ? cells[i].strip() : "");
            rows.add(row);
        }
        long batch = Jdbc.count(store.connection(), "SELECT nextval('batch_seq')");
        Jdbc.update(store.connection(), """
                INSERT INTO batch VALUES (?, 'occurrences', 'test', 'occurrences.csv', 'sha-' || ?, 'UTF-8', 'strict',
                                          ?, ?, 0, NULL, NULL, 'active', NULL, true, 'test', current_timestamp)""",
                batch, batch, rows.size(), rows.size());
        try (DuckDBAppender a = ((DuckDBConnection) store.connection()).createAppender(DuckDBConnection.DEFAULT_SCHEMA,
                "occurrence_all")) {
            for (Map<String, String> r : rows) {
                String offence = r.get("offence");
                String group = Fields.OFFENCE_GROUP.get(offence);
                if (group == null) throw new IllegalArgumentException("not an offence code: " + offence);
                a.beginRow();
                a.append(batch);
                a.append(r.get("occurrence_id"));
                a.append(LocalDate.parse(r.getOrDefault("recorded_date", r.get("committed_from").substring(0, 10))));
                a.append(LocalDateTime.parse(r.get("committed_from")));
                a.appendNull();                                     // committed_to
                String ho = r.getOrDefault("ho_code", "");
                if (ho.isEmpty()) a.appendNull(); else a.append(ho);
                a.append(offence);
                a.append(group);
                a.append(flag(r, "knife"));
                a.append(flag(r, "firearm"));
                a.append(flag(r, "other_weapon"));
                a.append(flag(r, "domestic_abuse"));
                a.append(group.equals(Fields.SEXUAL_OFFENCES));    // sexual_offence, derived from the group
                for (int i = 0; i < 5; i++) a.append(false);        // qualifiers
                for (int i = 0; i < 4; i++) a.appendNull();         // coordinates
                for (int i = 0; i < 5; i++) a.appendNull();         // area codes
                for (int i = 0; i < 4; i++) a.appendNull();         // location type, outcome
                a.endRow();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return batch;
    }

    private static boolean flag(Map<String, String> r, String name) {
        String v = r.getOrDefault(name, "N");
        if (!v.equals("Y") && !v.equals("N")) throw new IllegalArgumentException(name + " must be Y or N: " + v);
        return v.equals("Y");
    }
}
