package svo.definitions;

import java.time.LocalDate;

/**
 * A named, versioned statement of which occurrences count (for example {@code svb-2024}), loaded from a
 * definition file. Analyses never hard-code offence lists: they filter with {@link #sqlCondition()}.
 */
public interface Definition {
    /** Short name, e.g. {@code svb-2024}. */
    String name();

    /** Version of the definition file, e.g. {@code 1.0}. */
    String version();

    /** Title for tables and reports, e.g. "Serious Violence Board definition (2024)". */
    String title();

    /** Plain-English statement of what is counted. */
    String statement();

    /** First day the definition is in force. */
    LocalDate effectiveFrom();

    /** Last day in force, or null while it still is. */
    LocalDate effectiveTo();

    /**
     * A boolean SQL expression over the columns of the {@code occurrence} view (unqualified names), true
     * for an occurrence the definition includes. Generated from the validated file; never holds request text.
     */
    String sqlCondition();

    /** "svb-2024 v1.0", as every table and chart prints it. */
    default String label() {
        return name() + " v" + version();
    }
}
