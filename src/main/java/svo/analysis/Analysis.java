package svo.analysis;

import svo.store.Store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One table or figure of the SNA (or beyond it), computed from records in the store. Implementations are
 * thin: the work is in the SQL file beside the class. Every analysis is listed in {@code AnalysisCatalog}.
 *
 * <pre>
 * Analysis a = AnalysisCatalog.standard().find("trend.offence-type").orElseThrow();
 * Result r = a.run(store, Scope.of(definition, Period.parse("FY2022-FY2024")));
 * </pre>
 */
public interface Analysis {
    /** The definition used when none is asked for: the one the SNA 2025 applied to every year. */
    String SNA_DEFINITION = "svb-2024";

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

    /**
     * The parameters it accepts ({@code --param name=value}), each with a one-line description that says its
     * default. Names not listed here are refused before the analysis runs.
     */
    default Map<String, String> parameters() {
        return Map.of();
    }

    /** The rule a public output applies to health data (outputs.md): counts 1–7 shown as "*", others rounded to 5. */
    String NHS_HES = "nhs-hes";

    /**
     * The disclosure rule a public output applies to this analysis's tables unless the report forces one: null
     * for the report's default ({@code small-counts}), {@link #NHS_HES} for health data. Restricted outputs show
     * every figure whatever this says.
     */
    default String disclosureRule() {
        return null;
    }

    /** The definition used when none is given; null for an analysis that does not count occurrences (stop and search). */
    default String defaultDefinition() {
        return SNA_DEFINITION;
    }

    /** The period used when none is given: the last three complete financial years before {@code today}. */
    default Period defaultPeriod(LocalDate today) {
        int lastStart = today.getMonthValue() >= 4 ? today.getYear() - 1 : today.getYear() - 2;
        return Period.parse("FY" + (lastStart - 2) + "-FY" + lastStart);
    }
}
