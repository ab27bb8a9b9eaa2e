package svo.analysis;

import svo.store.Store;

import java.util.List;

/**
 * One table or figure of the SNA (or beyond it), computed from records in the store. Implementations are
 * thin: the work is in the SQL file beside the class. Every analysis is listed in {@code AnalysisCatalog}.
 */
public interface Analysis {
    /** Stable id used on the command line and in the API, e.g. {@code trend.offence-type}. */
    String id();

    /** Title as a reader sees it. */
    String title();

    /** The SNA section it reproduces ("SNA 2025 §3.2"), or "beyond the SNA". */
    String section();

    /** Data sets it reads (e.g. "occurrences", "persons"); a report section says so when one is not loaded. */
    List<String> datasets();

    /** Runs the analysis. Works on an empty store (returns empty tables, never fails). */
    Result run(Store store, Scope scope);
}
