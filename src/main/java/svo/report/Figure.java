package svo.report;

/**
 * One figure a sentence or a key-figure box quotes: what it is ({@code key}, e.g. "serious violence|svb-2024
 * v1.0|2024/25|all areas"), the text printed, and where it comes from (the table and cell), so the consistency
 * check can hold every quotation to its table and to every other quotation of the same figure.
 */
public record Figure(String key, String text, String tableAnchor, int row, int column) {
    /** A figure computed from table cells (a change), not read from one cell. */
    public static Figure derived(String key, String text, String tableAnchor) {
        return new Figure(key, text, tableAnchor, -1, -1);
    }

    /** True when the figure is one cell of its table. */
    public boolean isCell() {
        return row >= 0 && column >= 0;
    }
}
