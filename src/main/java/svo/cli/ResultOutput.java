package svo.cli;

import svo.BadInputException;
import svo.analysis.Changes;
import svo.analysis.Column;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a whole {@link Result}: every table for a person, one table as CSV for a spreadsheet (its scope goes
 * to the error stream so the CSV stays one header row and one row per table row), or everything as JSON with
 * the scope, the comparison basis, the derived figures and the notes.
 */
final class ResultOutput {
    private ResultOutput() {}

    static void print(Result r, String analysisSection, Output.Format format, String tableId, PrintWriter out, PrintWriter err) {
        switch (format) {
            case TABLE -> text(r, analysisSection, tableId, out);
            case CSV -> {
                for (String line : header(r, analysisSection)) err.println("# " + line);
                err.flush();
                Output.csv(chosen(r, tableId), out);
            }
            case JSON -> out.println(Output.json(json(r, analysisSection, tableId)));
        }
        out.flush();
    }

    /** Title, scope and comparison basis: the lines every output carries. */
    static List<String> header(Result r, String section) {
        List<String> lines = new ArrayList<>();
        lines.add(r.analysisId() + ": " + r.title() + " (" + section + ")");
        lines.add("Scope: " + r.scope().describe());
        // Only results that measure a change carry its basis (they put it among their notes).
        if (r.notes().contains(Changes.note(r.scope()))) lines.add("Comparison: " + Changes.note(r.scope()));
        return lines;
    }

    private static void text(Result r, String section, String tableId, PrintWriter out) {
        header(r, section).forEach(out::println);
        for (Table t : r.tables()) {
            if (tableId != null && !t.id().equals(tableId)) continue;
            out.println();
            out.println(t.title() + " [" + t.id() + "]");
            if (t.rows().isEmpty()) out.println("  (no rows: nothing in scope)");
            else Output.text(t, out);
        }
        if (!r.figures().isEmpty()) {
            out.println();
            r.figures().forEach((k, v) -> out.println(k + " = " + v));
        }
        List<String> notes = r.notes().stream().filter(n -> !n.equals(r.scope().describe()) && !n.equals(Changes.note(r.scope()))).toList();
        if (!notes.isEmpty()) {
            out.println();
            notes.forEach(n -> out.println("Note: " + n));
        }
    }

    private static Table chosen(Result r, String tableId) {
        if (tableId == null || tableId.isBlank()) {
            if (r.tables().isEmpty()) throw BadInputException.of("--table", "", "an analysis with a table");
            return r.tables().get(0);
        }
        return r.tables().stream().filter(t -> t.id().equals(tableId)).findFirst().orElseThrow(() ->
                BadInputException.of("--table", tableId, "one of " + String.join(", ", r.tables().stream().map(Table::id).toList())));
    }

    static Map<String, Object> json(Result r, String section, String tableId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("analysis", r.analysisId());
        m.put("title", r.title());
        m.put("section", section);
        m.put("scope", scope(r.scope()));
        m.put("figures", r.figures());
        m.put("notes", r.notes());
        List<Map<String, Object>> tables = new ArrayList<>();
        for (Table t : r.tables()) {
            if (tableId != null && !tableId.isBlank() && !t.id().equals(tableId)) continue;
            Map<String, Object> tm = new LinkedHashMap<>();
            tm.put("id", t.id());
            tm.put("title", t.title());
            List<Map<String, Object>> cols = new ArrayList<>();
            for (Column c : t.columns()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("name", c.name());
                cm.put("label", c.label());
                cm.put("kind", c.kind().name().toLowerCase());
                if (c.basis() != null) cm.put("basis", c.basis());
                cols.add(cm);
            }
            tm.put("columns", cols);
            tm.put("rows", Output.rows(t));
            tm.put("notes", t.notes());
            tables.add(tm);
        }
        m.put("tables", tables);
        return m;
    }

    static Map<String, Object> scope(Scope s) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (s.definition() != null) {
            m.put("definition", s.definition().name());
            m.put("definition_version", s.definition().version());
            m.put("definition_label", s.definition().label());
        } else {
            m.put("definition", null);
        }
        m.put("as_in_force", s.asInForce());
        m.put("period", s.period().label());
        List<Map<String, Object>> spans = new ArrayList<>();
        for (Period.Span sp : s.period().spans()) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("label", sp.label());
            sm.put("start", sp.start());
            sm.put("end", sp.endInclusive());
            spans.add(sm);
        }
        m.put("spans", spans);
        m.put("area", s.area().label());
        if (s.area().code() != null) m.put("area_code", s.area().code());
        m.put("comparison", s.comparison().name().toLowerCase());
        m.put("comparison_note", Changes.note(s));
        m.put("parameters", s.parameters());
        m.put("describe", s.describe());
        return m;
    }
}
