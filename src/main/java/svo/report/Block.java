package svo.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One analysis in a section of the plan: its id, the definition it runs under when not the report's own (the
 * knife block is {@code trend.offence-type} under {@code svb-knife}), its parameters, the charts drawn from its
 * tables, and how its tables add up for disclosure control.
 */
public record Block(String analysisId, String definition, Map<String, String> parameters, String heading,
                    List<ChartSpec> charts, Map<String, TableLayout> layouts, String rule, PeriodShift periodShift,
                    List<String> tables, List<String> hidden, Map<String, Integer> printRows) {
    /** Rows a printed table shows at most unless the plan says otherwise; the workbook holds every row. */
    public static final int PRINT_ROWS = 40;

    /**
     * Columns no printed table shows: the statistical detail behind a change's "no significant change" mark, and
     * the periods and difference every row of a change table repeats (its note names the periods).
     */
    public static final List<String> HIDDEN_IN_PRINT = List.of("rate_ratio", "ci_low", "ci_high", "basis_period", "latest_period", "change");

    /** How a block's period differs from the report's. */
    public enum PeriodShift {
        /** The report's window of financial years. */
        NONE,
        /** The same number of years, ending with the last December inside the report period (Home Office tables). */
        YEARS_ENDING_DECEMBER
    }

    public Block {
        parameters = Map.copyOf(parameters);
        charts = List.copyOf(charts);
        layouts = Map.copyOf(layouts);
        tables = List.copyOf(tables);
        hidden = hidden == null ? HIDDEN_IN_PRINT : List.copyOf(hidden);
        printRows = printRows == null ? Map.of() : Map.copyOf(printRows);
        if (periodShift == null) periodShift = PeriodShift.NONE;
    }

    /** The analysis with the report's definition and no parameters. */
    public static Block of(String analysisId) {
        return new Block(analysisId, null, Map.of(), null, List.of(), Map.of(), null, PeriodShift.NONE, List.of(), HIDDEN_IN_PRINT, Map.of());
    }

    public Block under(String definitionName) {
        return new Block(analysisId, definitionName, parameters, heading, charts, layouts, rule, periodShift, tables, hidden, printRows);
    }

    public Block heading(String text) {
        return new Block(analysisId, definition, parameters, text, charts, layouts, rule, periodShift, tables, hidden, printRows);
    }

    public Block parameter(String name, String value) {
        Map<String, String> p = new java.util.LinkedHashMap<>(parameters);
        p.put(name, value);
        return new Block(analysisId, definition, p, heading, charts, layouts, rule, periodShift, tables, hidden, printRows);
    }

    public Block chart(ChartSpec spec) {
        List<ChartSpec> c = new ArrayList<>(charts);
        c.add(spec);
        return new Block(analysisId, definition, parameters, heading, c, layouts, rule, periodShift, tables, hidden, printRows);
    }

    /** How the named table adds up ("*" for every table of the block). */
    public Block layout(String table, TableLayout layout) {
        Map<String, TableLayout> l = new java.util.LinkedHashMap<>(layouts);
        l.put(table, layout);
        return new Block(analysisId, definition, parameters, heading, charts, l, rule, periodShift, tables, hidden, printRows);
    }

    /** A disclosure rule forced on this block ("nhs-hes"); null: the analysis's own ({@code Analysis.disclosureRule()}). */
    public Block rule(String ruleName) {
        return new Block(analysisId, definition, parameters, heading, charts, layouts, ruleName, periodShift, tables, hidden, printRows);
    }

    public Block shift(PeriodShift shift) {
        return new Block(analysisId, definition, parameters, heading, charts, layouts, rule, shift, tables, hidden, printRows);
    }

    /** Show only these tables of the result (by id); all when none are named. */
    public Block only(String... tableIds) {
        return new Block(analysisId, definition, parameters, heading, charts, layouts, rule, periodShift, List.of(tableIds), hidden, printRows);
    }

    /** Leave these columns of one table out of print ("by_district:occurrences" style names kept in {@code hidden}). */
    public Block hideIn(String table, String... columns) {
        List<String> h = new ArrayList<>(hidden);
        for (String c : columns) h.add(table + ":" + c);
        return new Block(analysisId, definition, parameters, heading, charts, layouts, rule, periodShift, tables, h, printRows);
    }

    /** The columns hidden in print for one table: the block's own, and the table's. */
    public java.util.Set<String> hiddenIn(String table) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String h : hidden) {
            int colon = h.indexOf(':');
            if (colon < 0) out.add(h);
            else if (h.substring(0, colon).equals(table)) out.add(h.substring(colon + 1));
        }
        return out;
    }

    /** Leave these columns (by name, or pivoted from that name) out of the printed tables; the workbook keeps them. */
    public Block hide(String... columns) {
        List<String> h = new ArrayList<>(hidden);
        h.addAll(List.of(columns));
        return new Block(analysisId, definition, parameters, heading, charts, layouts, rule, periodShift, tables, h, printRows);
    }

    /** Print at most {@code rows} rows of the table ("*": every table of the block); -1 prints none (workbook only). */
    public Block printRows(String table, int rows) {
        Map<String, Integer> m = new java.util.LinkedHashMap<>(printRows);
        m.put(table, rows);
        return new Block(analysisId, definition, parameters, heading, charts, layouts, rule, periodShift, tables, hidden, m);
    }

    /** These tables are in the workbook and the CSV zip only; the printed report says where to find them. */
    public Block workbookOnly(String... tableIds) {
        Block b = this;
        for (String t : tableIds) b = b.printRows(t, -1);
        return b;
    }

    /** How many rows of the table print: its own limit, else the block's "*", else {@link #PRINT_ROWS}. */
    public int printRowsOf(String tableId) {
        return printRows.getOrDefault(tableId, printRows.getOrDefault("*", PRINT_ROWS));
    }

    /** The layout for a table: its own, else the block's "*", else the default. */
    public TableLayout layoutOf(String tableId) {
        return layouts.getOrDefault(tableId, layouts.getOrDefault("*", TableLayout.DEFAULT));
    }
}
