package svo.web;

import svo.analysis.Analysis;
import svo.analysis.Column;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of an analysis and its result, written out field by field so the API's contract is in one
 * readable place (and does not change when a Java record gains a method).
 *
 * <pre>
 * {"analysis": "trend.offence-type", "title": "…", "section": "SNA 2025 §3.2",
 *  "scope": {"definition": "svb-2024 v1.0", "as_in_force": false, "period": "FY2022-FY2024",
 *            "periods": [{"label": "2022/23", "start": "2022-04-01", "end": "2023-03-31"}, …],
 *            "area": {"kind": "ALL", "code": null, "name": "all areas"}, "comparison": "…", "describe": "…"},
 *  "tables": [{"id": "…", "title": "…", "columns": [{"name", "label", "kind", "basis"}], "rows": [[…]], "notes": […]}],
 *  "figures": {"name": value}, "notes": ["…"]}
 * </pre>
 */
final class ResultJson {
    private ResultJson() {}

    static Map<String, Object> analysis(Analysis a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("title", a.title());
        m.put("section", a.section());
        m.put("datasets", a.datasets());
        return m;
    }

    static Map<String, Object> result(Analysis a, Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("analysis", r.analysisId());
        m.put("title", r.title());
        m.put("section", a.section());
        m.put("scope", scope(r.scope()));
        List<Object> tables = new ArrayList<>();
        for (Table t : r.tables()) tables.add(table(t));
        m.put("tables", tables);
        Map<String, Object> figures = new LinkedHashMap<>();
        r.figures().forEach((k, v) -> figures.put(k, value(v)));
        m.put("figures", figures);
        m.put("notes", r.notes());
        return m;
    }

    static Map<String, Object> scope(Scope s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("definition", s.definition() == null ? null : s.definition().label());
        m.put("as_in_force", s.asInForce());
        m.put("period", s.period().text());
        List<Object> spans = new ArrayList<>();
        for (Period.Span sp : s.period().spans()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("label", sp.label());
            x.put("start", sp.start().toString());
            x.put("end", sp.endInclusive().toString());
            spans.add(x);
        }
        m.put("periods", spans);
        Map<String, Object> area = new LinkedHashMap<>();
        area.put("kind", s.area().kind().name());
        area.put("code", s.area().code());
        area.put("name", s.area().name());
        m.put("area", area);
        m.put("comparison", s.comparison().wording());
        m.put("parameters", s.parameters());
        m.put("describe", s.describe());
        return m;
    }

    static Map<String, Object> table(Table t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("title", t.title());
        List<Object> cols = new ArrayList<>();
        for (Column c : t.columns()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", c.name());
            x.put("label", c.label());
            x.put("kind", c.kind().name());
            x.put("basis", c.basis());
            cols.add(x);
        }
        m.put("columns", cols);
        List<Object> rows = new ArrayList<>(t.rows().size());
        for (List<Object> r : t.rows()) {
            List<Object> out = new ArrayList<>(r.size());
            for (Object v : r) out.add(value(v));
            rows.add(out);
        }
        m.put("rows", rows);
        m.put("notes", t.notes());
        return m;
    }

    /** Numbers stay numbers; dates and times become ISO text; anything else its text. */
    static Object value(Object v) {
        if (v == null || v instanceof Number || v instanceof Boolean || v instanceof String) {
            if (v instanceof BigDecimal b) return b;
            if (v instanceof Double d && (d.isNaN() || d.isInfinite())) return null;
            return v;
        }
        if (v instanceof LocalDate || v instanceof TemporalAccessor) return v.toString();
        return String.valueOf(v);
    }
}
