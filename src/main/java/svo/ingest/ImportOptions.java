package svo.ingest;

/**
 * How to import: strict (any bad row → nothing changes) or lenient (good rows load, bad rows are kept in
 * the rejects report); whether to replace the earlier batch of the same source and period; who is
 * importing; the source label (who supplied the data; replacement works within one source); and whether the
 * data are synthetic (the demo).
 */
public record ImportOptions(boolean lenient, boolean replace, String source, String user, boolean synthetic) {
    /** Strict, no replacement, default source, the current OS user. */
    public static ImportOptions strict() {
        return new ImportOptions(false, false, null, System.getProperty("user.name", "unknown"), false);
    }

    public ImportOptions withLenient(boolean l) { return new ImportOptions(l, replace, source, user, synthetic); }
    public ImportOptions withReplace(boolean r) { return new ImportOptions(lenient, r, source, user, synthetic); }
    public ImportOptions withSource(String s) { return new ImportOptions(lenient, replace, s, user, synthetic); }
    public ImportOptions withUser(String u) { return new ImportOptions(lenient, replace, source, u, synthetic); }
    public ImportOptions withSynthetic(boolean s) { return new ImportOptions(lenient, replace, source, user, s); }
}
