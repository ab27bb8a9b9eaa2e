package svo.geo;

import java.util.List;

/** What a reference import did: one line per file (its batch and row counts) and notes a person should read. */
public record ImportSummary(String dataset, List<FileResult> files, List<String> notes) {
    public ImportSummary {
        files = List.copyOf(files);
        notes = List.copyOf(notes);
    }

    /** One imported file. */
    public record FileResult(long batchId, String file, long read, long loaded, long rejected) {}

    /** Rows loaded from every file. */
    public long loaded() {
        return files.stream().mapToLong(FileResult::loaded).sum();
    }

    /** Rows read from every file. */
    public long read() {
        return files.stream().mapToLong(FileResult::read).sum();
    }

    /** Rows rejected in every file. */
    public long rejected() {
        return files.stream().mapToLong(FileResult::rejected).sum();
    }

    /** Lines for a terminal: "areas  E07000035.json  batch 4: 43 read, 43 loaded, 0 rejected", then the notes. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (FileResult f : files) {
            sb.append(String.format("%-10s %-60s batch %d: %d read, %d loaded, %d rejected%n", dataset, f.file(),
                    f.batchId(), f.read(), f.loaded(), f.rejected()));
        }
        for (String n : notes) sb.append("  note: ").append(n).append(System.lineSeparator());
        return sb.toString();
    }
}
