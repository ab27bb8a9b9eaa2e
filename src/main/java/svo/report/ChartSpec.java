package svo.report;

/**
 * A chart a block draws from one of its tables (by table id; null for the block's first table). Column names may
 * be null: the chart then takes the obvious ones (first label column, first count column, the period columns).
 */
public sealed interface ChartSpec {
    /** The table the chart is drawn from, or null for the first. */
    String table();

    /** A line with markers over the rows (months): the monthly trend. */
    record Line(String table, String valueColumn) implements ChartSpec {}

    /** Hour of day by day of week, shaded, values printed. */
    record HourWeekday(String table) implements ChartSpec {}

    /** Horizontal bars of the latest period (or of {@code valueColumn}) by row; the report's own district highlighted. */
    record Bars(String table, String valueColumn) implements ChartSpec {}

    /** Vertical bars by row, one bar per period (victims by age group and year). */
    record PeriodBars(String table) implements ChartSpec {}

    /**
     * A map from the places work, drawn through the report's {@link MapSource}: {@code rates} (choropleth of the
     * rate per 1,000 by area), {@code hotspots} (Getis–Ord grid) or {@code schools} (schools and the offences near
     * them; restricted reports only, since it places individual offences).
     */
    record Map(String map) implements ChartSpec {
        @Override
        public String table() {
            return null;
        }
    }

    static Line line() { return new Line(null, null); }
    static Map map(String name) { return new Map(name); }
    static HourWeekday hourWeekday(String table) { return new HourWeekday(table); }
    static Bars bars(String table, String valueColumn) { return new Bars(table, valueColumn); }
    static PeriodBars periodBars(String table) { return new PeriodBars(table); }
}
