package svo.definitions;

import java.time.LocalDate;

/**
 * A named, versioned statement of which occurrences count (for example {@code svb-2024}), loaded from a
 * definition file. Analyses never hard-code offence lists: they filter with {@link #sqlCondition()}.
 *
 * <pre>
 * Definition d = DefinitionRegistry.standard().resolve("svb-2024", false);
 * String sql = "SELECT count(*) FROM occurrence WHERE " + d.sqlCondition();
 * </pre>
 *
 * Definitions come from {@link DefinitionRegistry}; see {@code docs/definitions.md}.
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
     * Never NULL for any row: comparisons on empty values count as false.
     */
    String sqlCondition();

    /** "svb-2024 v1.0", as every table and chart prints it ("… (approximate)" for police.uk mappings). */
    default String label() {
        return name() + " v" + version() + (approximate() ? " (approximate)" : "");
    }

    /**
     * A SQL expression (same columns as {@link #sqlCondition()}) naming the rule that decides each row:
     * {@code 'include homicide'}, {@code 'exclude domestic-abuse'} or {@code 'no inclusion rule'}. A row is in
     * exactly when the text starts with {@code "include "}. "As in force" adds the deciding definition in
     * brackets: {@code 'include abh (svb-2025)'}.
     */
    default String sqlRule() {
        return "CASE WHEN " + sqlCondition() + " THEN 'include condition' ELSE 'no inclusion rule' END";
    }

    /**
     * The definitions that succeed one another (e.g. {@code svb}: {@code svb-2024} then {@code svb-2025}); a
     * definition with no predecessor or successor is a family of its own.
     */
    default String family() {
        return name();
    }

    /** The document and section the definition comes from. */
    default String source() {
        return "";
    }

    /** The view {@link #sqlCondition()} is written over: {@code occurrence}, or {@code police_uk_crime}. */
    default String view() {
        return "occurrence";
    }

    /**
     * True for a mapping of coarse data (police.uk crime types) onto a definition it can only approximate;
     * such a definition's label says "(approximate)" wherever it is printed.
     */
    default boolean approximate() {
        return false;
    }
}
