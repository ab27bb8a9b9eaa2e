package svo.report;

/**
 * One cell of a table as it is published: the value a reader may see (a rounded count under nhs-hes, null when
 * withheld or empty) and the text every renderer prints. Renderers only ever see cells, never the raw table, so a
 * suppressed figure cannot leak into a chart, a workbook or a sentence.
 */
public record Cell(Object value, String text, Mark mark) {
    /** Why a cell shows what it shows. */
    public enum Mark {
        /** As computed. */
        NONE,
        /** A small count, suppressed. */
        PRIMARY,
        /** Withheld so that a suppressed count cannot be worked out from a total. */
        SECONDARY,
        /** A rate or percentage withheld because its count is withheld or its denominator too small. */
        DERIVED,
        /** Rounded (nhs-hes). */
        ROUNDED
    }

    public Cell {
        if (text == null) text = "";
        if (mark == null) mark = Mark.NONE;
    }

    /** True when the figure is withheld. */
    public boolean withheld() {
        return mark == Mark.PRIMARY || mark == Mark.SECONDARY || mark == Mark.DERIVED;
    }

    /** The shown value as a number, or null. */
    public Double number() {
        return value instanceof Number n ? n.doubleValue() : null;
    }
}
