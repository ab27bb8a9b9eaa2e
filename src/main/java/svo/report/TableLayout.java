package svo.report;

import java.util.List;
import java.util.Set;

/**
 * Which cells of a table add up, for secondary suppression. By default every count column adds down its rows
 * (within each combination of the other label columns), and the count columns of a row add across as one group.
 * A table whose count columns are separate measures (all occurrences, of which victims aged 18 and under) names
 * its groups, or says its columns do not add across at all. Rows that differ in a label naming a separate measure
 * or cohort ({@code measure}, {@code cohort} by default: "serious violence" and "knife crime", "all" and "victims
 * 18 and under") never add up to anything, so no line runs across them.
 */
public record TableLayout(boolean addsAcross, List<List<String>> columnGroups, boolean addsDown, Set<String> separateKeys) {
    /** Label columns whose values are different measures or cohorts, not parts of a whole. */
    public static final Set<String> SEPARATE_KEYS = Set.of("measure", "cohort");

    public TableLayout {
        columnGroups = columnGroups == null ? List.of() : columnGroups.stream().map(List::copyOf).toList();
        separateKeys = separateKeys == null ? SEPARATE_KEYS : Set.copyOf(separateKeys);
    }

    public TableLayout(boolean addsAcross, List<List<String>> columnGroups, boolean addsDown) {
        this(addsAcross, columnGroups, addsDown, SEPARATE_KEYS);
    }

    /** Rows add down, and all count columns of a row add across. */
    public static final TableLayout DEFAULT = new TableLayout(true, List.of(), true);

    /** Count columns are separate measures: each adds down its rows, none across. */
    public static TableLayout measures() {
        return new TableLayout(false, List.of(), true);
    }

    /**
     * Nothing adds up: each row is its own measure (serious violence, homicides, knife crime, knife homicides — each
     * within the one before), so only the small counts themselves are withheld.
     */
    public static TableLayout independent() {
        return new TableLayout(false, List.of(), false);
    }

    /** Count columns add across within each named group (e.g. the years of "all", the years of "victims 18 and under"). */
    public static TableLayout groups(List<List<String>> groups) {
        return new TableLayout(true, groups, true);
    }
}
