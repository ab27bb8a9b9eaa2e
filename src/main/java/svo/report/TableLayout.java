package svo.report;

import java.util.List;

/**
 * Which cells of a table add up, for secondary suppression. By default every count column adds down its rows
 * (within each combination of the other label columns), and the count columns of a row add across as one group.
 * A table whose count columns are separate measures (all occurrences, of which victims aged 18 and under) names
 * its groups, or says its columns do not add across at all.
 */
public record TableLayout(boolean addsAcross, List<List<String>> columnGroups, boolean addsDown) {
    public TableLayout {
        columnGroups = columnGroups == null ? List.of() : columnGroups.stream().map(List::copyOf).toList();
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
