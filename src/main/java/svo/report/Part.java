package svo.report;

import java.util.List;

/** One piece of a section. Renderers handle each kind. */
public sealed interface Part {
    /** A sub-heading (one analysis). */
    record Heading(String text, String source) implements Part {}

    /** A paragraph of plain text. */
    record Text(String text) implements Part {}

    /**
     * A table, with how many of its rows the printed report shows: all (0), the first {@code printRows}, or none (-1:
     * the table is in the workbook and the CSV zip only, and the report says where).
     */
    record TablePart(ShownTable table, int printRows) implements Part {
        public TablePart(ShownTable table) {
            this(table, 0);
        }
    }

    /** A chart. */
    record ChartPart(Chart chart) implements Part {}

    /** Drafted sentences. */
    record Findings(List<Finding> findings) implements Part {}

    /** Key figures in boxes. */
    record KeyFigures(List<KeyFigure> figures) implements Part {}

    /** Why something is not shown, in one line. */
    record Unavailable(String text) implements Part {}

    /** A small list of label/value pairs (the definition used, the parameters). */
    record Facts(List<String[]> rows) implements Part {}

    /** The methods appendix: definitions, parameters, analyses and data batches with checksums. */
    record Appendix(Methods methods) implements Part {}
}
