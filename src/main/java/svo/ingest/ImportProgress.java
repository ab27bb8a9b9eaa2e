package svo.ingest;

/** Told how an import is going, about once a second: rows so far, bytes read of the total, time taken. */
@FunctionalInterface
public interface ImportProgress {
    /** Called from the importing thread; must be quick. */
    void update(String fileName, long rows, long bytesRead, long totalBytes, long elapsedNanos);

    /** Progress that goes nowhere. */
    ImportProgress NONE = (f, r, b, t, e) -> {};
}
