package svo.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds the report to its own figures: every figure a sentence or a key-figure box quotes must be what its table
 * prints in that cell, and a figure quoted more than once (the same measure, definition, period and area, from
 * whichever table) must be the same figure every time. The published SNA fails this ("five homicides" in the text,
 * 6 in the table); a report from this product cannot.
 */
public final class ConsistencyCheck {
    private ConsistencyCheck() {}

    /** One quotation of a figure and where it stands. */
    private record Quote(Figure figure, String where) {}

    /** Throws {@link ReportCheckException} listing every disagreement; returns quietly when there is none. */
    public static void verify(Report report) {
        Map<String, ShownTable> tables = new HashMap<>();
        for (ShownTable t : report.tables()) tables.put(t.anchor(), t);
        List<Quote> quotes = new ArrayList<>();
        for (Finding f : report.findings()) for (Figure fig : f.figures()) quotes.add(new Quote(fig, "the sentence \"" + f.text() + "\""));
        for (Section s : report.sections()) {
            for (Part p : s.parts()) {
                if (p instanceof Part.KeyFigures k) {
                    for (KeyFigure kf : k.figures()) quotes.add(new Quote(kf.figure(), "the key figure \"" + kf.value() + " " + kf.label() + "\""));
                }
            }
        }
        List<String> problems = new ArrayList<>();
        Map<String, List<Quote>> byKey = new LinkedHashMap<>();
        for (Quote q : quotes) {
            Figure fig = q.figure();
            byKey.computeIfAbsent(fig.key(), k -> new ArrayList<>()).add(q);
            if (!fig.isCell()) continue;
            ShownTable t = tables.get(fig.tableAnchor());
            if (t == null) {
                problems.add(q.where() + " quotes " + fig.text() + " from a table that is not in the report");
                continue;
            }
            Cell cell = t.rows().get(fig.row()).get(fig.column());
            if (cell.withheld()) {
                problems.add(q.where() + " quotes " + fig.text() + ", which " + t.label() + " withholds under " + t.rule().id());
            } else if (!cell.text().equals(fig.text())) {
                problems.add(q.where() + " quotes " + fig.text() + " but " + t.label() + " (" + rowLabel(t, fig.row()) + ", "
                        + t.columns().get(fig.column()).label() + ") prints " + cell.text());
            }
        }
        for (var e : byKey.entrySet()) {
            List<Quote> qs = e.getValue();
            String first = qs.get(0).figure().text();
            if (qs.stream().allMatch(q -> q.figure().text().equals(first))) continue;
            StringBuilder sb = new StringBuilder("the figure \"" + e.getKey().replace('|', ' ') + "\" is quoted with different values:");
            for (Quote q : qs) sb.append("\n    ").append(q.figure().text()).append(" in ").append(q.where())
                    .append(source(tables, q.figure()));
            problems.add(sb.toString());
        }
        if (!problems.isEmpty()) {
            throw new ReportCheckException("the report disagrees with itself, so it was not written:\n  - "
                    + String.join("\n  - ", problems)
                    + "\nCheck the analyses behind these tables (the same figure must come from the same records).");
        }
    }

    private static String source(Map<String, ShownTable> tables, Figure f) {
        ShownTable t = tables.get(f.tableAnchor());
        return t == null ? "" : " (from " + t.label() + ", " + t.analysisId() + ")";
    }

    private static String rowLabel(ShownTable t, int row) {
        int k = t.firstText();
        return k < 0 ? "row " + (row + 1) : "row " + t.rows().get(row).get(k).text();
    }
}
