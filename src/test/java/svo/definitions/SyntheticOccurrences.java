package svo.definitions;

import svo.store.Jdbc;
import svo.store.Store;

import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Fills a store with {@code n} synthetic occurrences generated in DuckDB itself ({@code range()} and
 * {@code hash()}): every offence code, weapon and domestic-abuse flags at realistic-ish rates, Home Office codes
 * on some rows, dates from April 2022 to March 2026. For measuring classification speed, not for analysis:
 *
 * <pre>
 * java -cp … svo.definitions.SyntheticOccurrences bench.duckdb 10000000
 * ./svo classify --store bench.duckdb
 * </pre>
 */
public final class SyntheticOccurrences {
    private SyntheticOccurrences() {}

    /** Adds one active, synthetic batch of {@code n} occurrences and returns its id. */
    public static long generate(Store store, long n) {
        String offences = Fields.OFFENCE_GROUP.entrySet().stream()
                .map(e -> "('" + e.getKey() + "', '" + e.getValue() + "')").collect(Collectors.joining(", "));
        int count = Fields.OFFENCE_GROUP.size();
        return store.inTransaction(c -> {
            long batch = Jdbc.count(c, "SELECT nextval('batch_seq')");
            Jdbc.update(c, """
                    INSERT INTO batch VALUES (?, 'occurrences', 'synthetic', 'synthetic', 'synthetic-' || ?, 'UTF-8',
                                              'strict', ?, ?, 0, DATE '2022-04-01', DATE '2026-03-31', 'active', NULL,
                                              true, 'bench', current_timestamp)""", batch, batch, n, n);
            Jdbc.update(c, """
                    INSERT INTO occurrence_all (batch_id, occurrence_id, recorded_date, committed_from, ho_code, offence,
                        offence_group, knife, firearm, other_weapon, domestic_abuse, sexual_offence, q_alcohol, q_drugs,
                        q_youth, q_mental_health, q_nte)
                    WITH vocabulary AS (SELECT row_number() OVER () - 1 AS k, code, grp FROM (VALUES %s) v(code, grp)),
                    rows AS (
                        SELECT i, hash(i) AS h, hash(i + 7919) AS g,
                               TIMESTAMP '2022-04-01' + to_minutes(CAST(hash(i + 104729) %% (4 * 365 * 24 * 60) AS BIGINT)) AS t
                        FROM range(?) r(i))
                    SELECT ?, 'S' || i, CAST(t AS DATE), t,
                           CASE g %% 16 WHEN 0 THEN '106' WHEN 1 THEN '8N' ELSE NULL END,
                           v.code, v.grp,
                           (h >> 8) %% 5 = 0, (h >> 16) %% 40 = 0, (h >> 24) %% 12 = 0, (h >> 32) %% 4 = 0,
                           v.grp = 'Sexual offences',
                           (g >> 8) %% 3 = 0, (g >> 16) %% 5 = 0, (g >> 24) %% 6 = 0, (g >> 32) %% 10 = 0, (g >> 40) %% 8 = 0
                    FROM rows JOIN vocabulary v ON v.k = h %% %d
                    """.formatted(offences, count), n, batch);
            return batch;
        });
    }

    public static void main(String[] args) {
        try (Store store = Store.open(Path.of(args[0]))) {
            long t0 = System.nanoTime();
            generate(store, Long.parseLong(args[1]));
            store.checkpoint();
            System.out.printf("generated %,d occurrences in %.1f s%n", Long.parseLong(args[1]), (System.nanoTime() - t0) / 1e9);
        }
    }
}
