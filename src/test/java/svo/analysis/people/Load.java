package svo.analysis.people;

import svo.store.Store;
import svo.testing.Records;
import svo.testing.TestImports;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * Loads built records through the real importers, like {@link Records#load}, but with the persons file ordered
 * victims, then suspects, then offenders.
 *
 * <p>Why: duckdb_jdbc 2.0.0.1's appender leaves the bytes of a longer short string behind when a shorter one
 * is appended into the same slot of the next 2,048-row chunk, and the {@code CHECK (role IN …)} of
 * {@code person_all} then refuses a valid row ("suspect" followed, 2,048 rows later, by "victim"). The stored
 * values are right; only the CHECK misfires. Ordering the roles by length avoids it until the importer is fixed
 * (reported to the lead).
 */
final class Load {
    private Load() {}

    static void records(Store store, Records r) {
        TestImports.load(store, "occurrences", r.occurrencesCsv());
        String[] lines = r.personsCsv().split("\n");
        String header = lines[0];
        String body = Arrays.stream(lines, 1, lines.length)
                .sorted(Comparator.comparingInt((String l) -> l.split(",", -1)[2].length()))
                .collect(Collectors.joining("\n"));
        if (!body.isEmpty()) TestImports.load(store, "persons", header + "\n" + body + "\n");
    }
}
