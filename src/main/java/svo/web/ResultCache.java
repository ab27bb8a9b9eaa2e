package svo.web;

import svo.analysis.Result;
import svo.analysis.Scope;
import svo.store.Store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Results of analyses already run, kept while the store is unchanged. Whether it is unchanged is read from
 * the store's files, not from the code that writes: DuckDB makes every committed write durable before the
 * commit returns (the write-ahead log grows, or a checkpoint rewrites the database file), so the size and
 * modification time of the database file and its log change with every commit, whichever code made it. A
 * result is used only when those are exactly what they were when it was computed; anything else, and the
 * analysis runs again. A store held in memory is never cached.
 *
 * <pre>
 * Result r = cache.get(analysis.id(), scope, () -> analysis.run(store, scope));
 * </pre>
 */
final class ResultCache {
    private record Entry(String fingerprint, Result result) {}

    private final Path file;
    private final Path wal;
    private final Map<String, Entry> entries;

    ResultCache(Store store, int capacity) {
        this.file = store.file();
        this.wal = file == null ? null : file.resolveSibling(file.getFileName() + ".wal");
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    Result get(String analysisId, Scope scope, Supplier<Result> compute) {
        if (file == null) return compute.get();
        String key = analysisId + "\u001f" + key(scope);
        String before = fingerprint();
        synchronized (entries) {
            Entry e = entries.get(key);
            if (e != null && e.fingerprint().equals(before)) return e.result();
        }
        Result r = compute.get();
        // Kept under the fingerprint read before the run: if a write landed meanwhile, the next request
        // sees a different fingerprint and runs the analysis again.
        synchronized (entries) {
            entries.put(key, new Entry(before, r));
        }
        return r;
    }

    /** Everything that makes two runs of one analysis the same question. */
    static String key(Scope s) {
        return String.join("\u001f", s.definition() == null ? "-" : s.definition().label(), Boolean.toString(s.asInForce()),
                s.period().text(), s.area().kind().name(), String.valueOf(s.area().code()), s.comparison().name(),
                new TreeMap<>(s.parameters()).toString());
    }

    String fingerprint() {
        return stamp(file) + "/" + stamp(wal);
    }

    private static String stamp(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return a.size() + "@" + a.lastModifiedTime().toInstant();
        } catch (IOException e) {
            return "none";
        }
    }
}
