package svo.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import svo.BadInputException;
import svo.analysis.Analysis;
import svo.analysis.AnalysisCatalog;
import svo.analysis.Column;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.definitions.Definition;
import svo.security.AuditLog;
import svo.store.Store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SNA explorer: choose an analysis, period, definition and area; see its tables and charts; download
 * CSV. The page and the JSON API run analyses exactly as the command line does:
 * {@code catalog.find(id).run(store, scope)}.
 */
final class ExplorerPages {
    private final AnalysisCatalog catalog;
    private final DefinitionChoices definitions;
    private final StorePool pool;
    private final AuditLog audit;
    private final Layout layout;
    private final ScopeForm scopes;
    private final QueryGate gate;
    private final ResultCache cache;

    private final java.time.Clock clock;

    ExplorerPages(AnalysisCatalog catalog, ScopeForm scopes, StorePool pool, AuditLog audit, Layout layout, QueryGate gate,
                  ResultCache cache, java.time.Clock clock) {
        this.clock = clock;
        this.cache = cache;
        this.scopes = scopes;
        this.gate = gate;
        this.catalog = catalog;
        this.definitions = scopes.definitions();
        this.pool = pool;
        this.audit = audit;
        this.layout = layout;
    }

    void register(RoutesConfig r) {
        r.get("/explorer", this::page);
        r.get("/api/analyses", this::list);
        r.get("/api/analyses/{id}", this::runJson);
        r.get("/api/analyses/{id}/csv", this::runCsv);
    }

    private void list(Context ctx) {
        List<Object> out = new ArrayList<>();
        for (Analysis a : catalog.all()) out.add(ResultJson.analysis(a));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("analyses", out);
        m.put("definitions", definitions.available().stream().map(Definition::name).toList());
        ctx.json(m);
    }

    private void runJson(Context ctx) {
        Analysis a = analysis(ctx.pathParam("id"));
        try (StorePool.Lease lease = pool.lease()) {
            Scope scope = scopes.scope(ctx, lease.store(), a);
            Result r = cache.get(a.id(), scope, () -> gate.run(() -> a.run(lease.store(), scope)));
            ctx.json(ResultJson.result(a, r));
        }
    }

    private void runCsv(Context ctx) {
        Visit v = Visit.of(ctx);
        Analysis a = analysis(ctx.pathParam("id"));
        Result r;
        Scope scope;
        try (StorePool.Lease lease = pool.lease()) {
            scope = scopes.scope(ctx, lease.store(), a);
            Scope s = scope;
            r = cache.get(a.id(), s, () -> gate.run(() -> a.run(lease.store(), s)));
        }
        String tableId = ctx.queryParam("table");
        Table t = tableId == null || tableId.isBlank() ? r.table() : r.tables().stream()
                .filter(x -> x.id().equals(tableId)).findFirst()
                .orElseThrow(() -> BadInputException.of("table", tableId, String.join(", ", r.tables().stream().map(Table::id).toList())));
        audit.record(v.actor(), "export", a.id(), "CSV of table " + t.id() + ", " + scope.describe(), AuditLog.Outcome.OK);
        String file = (a.id() + "-" + t.id() + "-" + scope.period().text() + "-" + scope.area().label())
                .replaceAll("[^A-Za-z0-9._-]+", "-") + ".csv";
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        ctx.contentType("text/csv; charset=utf-8").result("\uFEFF" + TableCsv.write(t));
    }

    private void page(Context ctx) {
        Visit v = Visit.of(ctx);
        List<Analysis> all = catalog.all();
        if (all.isEmpty()) {
            ctx.html(layout.message(v, "SNA explorer", "/explorer", "SNA explorer", Html.of("""
                    <p><strong>No analyses are available yet.</strong> The Strategic Needs Assessment analyses (police
                    data first: trends, people, places, times) are being built; each one appears here as soon as it is
                    added to the product's catalogue.</p>
                    <p>Meanwhile you can load data on the <a href="/upload">upload page</a>.</p>""")));
            return;
        }
        String chosen = ctx.queryParam("analysis");
        Result result = null;
        Analysis analysis = null;
        List<ScopeForm.AreaChoice> areas;
        String defaultPeriod;
        String error = null;
        try (StorePool.Lease lease = pool.lease()) {
            Store s = lease.store();
            areas = ScopeForm.areas(s);
            Analysis forDefaults = chosen == null ? all.get(0) : catalog.find(chosen).orElse(all.get(0));
            defaultPeriod = forDefaults.defaultPeriod(java.time.LocalDate.now(clock)).text();
            if (chosen != null && !chosen.isBlank()) {
                analysis = analysis(chosen);
                try {
                    Analysis chosenAnalysis = analysis;
                    Scope scope = scopes.scope(ctx, s, chosenAnalysis);
                    result = cache.get(chosenAnalysis.id(), scope, () -> gate.run(() -> chosenAnalysis.run(s, scope)));
                } catch (BadInputException e) {
                    error = e.getMessage();
                }
            }
        }
        Html form = form(all, analysis, areas, defaultPeriod, ctx);
        Html body = result == null
                ? Html.of("<h1>SNA explorer</h1>{}{}", form, error != null
                        ? Html.of("<p class=\"error\" role=\"alert\">{}</p>", error)
                        : Html.of("<div class=\"panel empty\"><p>Choose an analysis, a period, a definition and an area, then <strong>Run</strong>.</p><p class=\"aside\">{} analyses available.</p></div>", all.size()))
                : Html.of("<h1>SNA explorer</h1>{}{}", form, result(analysis, result, ctx));
        ctx.html(layout.page(v, analysis == null ? "SNA explorer" : analysis.title(), "/explorer", body));
    }

    private Html form(List<Analysis> all, Analysis chosen, List<ScopeForm.AreaChoice> areas, String defaultPeriod, Context ctx) {
        Map<String, List<Analysis>> bySection = new LinkedHashMap<>();
        for (Analysis a : all) bySection.computeIfAbsent(a.section(), k -> new ArrayList<>()).add(a);
        Html analysisOptions = Html.each(bySection.entrySet(), e -> Html.of("<optgroup label=\"{}\">{}</optgroup>", e.getKey(),
                Html.each(e.getValue(), a -> ScopeForm.option(a.id(), a.title(), chosen != null && a.id().equals(chosen.id())))));
        return Html.of("""
                <form method="get" action="/explorer" class="panel filters" id="explorer-form">
                  <div class="field wide"><label for="analysis">Analysis</label><select id="analysis" name="analysis" required>{}</select></div>
                  {}
                  <div class="field"><label for="options">Options <span class="hint">e.g. level=ward top=20</span></label>
                    <input id="options" name="options" value="{}" spellcheck="false" maxlength="400"></div>
                  <div class="field actions"><button type="submit" class="primary">Run</button></div>
                </form>""", analysisOptions, scopes.fields(ctx, areas, defaultPeriod,
                        "the analysis's own (" + (chosen == null || chosen.defaultDefinition() == null ? "none"
                                : chosen.defaultDefinition()) + ")"),
                ctx.queryParam("options") == null ? "" : ctx.queryParam("options"));
    }

    private Html result(Analysis a, Result r, Context ctx) {
        String query = ctx.queryString() == null ? "" : ctx.queryString();
        List<Html> tables = new ArrayList<>();
        for (Table t : r.tables()) {
            String csv = Html.url("/api/analyses/" + Html.encode(a.id()) + "/csv", "period", ctx.queryParam("period"),
                    "definition", ctx.queryParam("definition"), "in_force", ctx.queryParam("in_force"),
                    "area", ctx.queryParam("area"), "options", ctx.queryParam("options"), "table", t.id());
            tables.add(Html.of("""
                    <section class="panel result-table" id="table-{}">
                      <div class="panel-head"><h3>{}</h3><a class="button small" href="{}" download>Download CSV</a></div>
                      {}
                      <div class="scroll"><table class="data">
                        <thead><tr>{}</tr></thead>
                        <tbody>{}</tbody>
                      </table></div>
                      {}
                    </section>""",
                    t.id(), t.title() == null ? t.id() : t.title(), csv, Chart.of(t),
                    Html.each(t.columns(), c -> Html.of("<th scope=\"col\"{}>{}</th>", numeric(c) ? Html.of(" class=\"num\"") : Html.EMPTY, c.label())),
                    t.rows().isEmpty() ? Html.of("<tr><td colspan=\"{}\" class=\"muted\">No rows for this scope.</td></tr>", t.columns().size())
                            : Html.each(t.rows(), row -> Html.of("<tr>{}</tr>", cells(t, row))),
                    Html.when(!t.notes().isEmpty(), Html.of("<ul class=\"notes\">{}</ul>", Html.each(t.notes(), n -> Html.of("<li>{}</li>", n))))));
        }
        Html figures = r.figures().isEmpty() ? Html.EMPTY : Html.of("<div class=\"cards\">{}</div>", Html.each(r.figures().entrySet(),
                e -> Html.of("<div class=\"card\"><div class=\"label\">{}</div><div class=\"value{}\">{}</div></div>",
                        e.getKey().replace('_', ' '), e.getValue() instanceof Number ? "" : " text", figure(e.getValue()))));
        return Html.of("""
                <div class="result" data-query="{}">
                  <div class="result-head">
                    <h2>{} <span class="tag">{}</span></h2>
                    <p class="scope">{}</p>
                    {}
                  </div>
                  {}{}{}
                </div>""",
                query, r.title(), a.section(), r.scope().describe(),
                r.scope().definition() == null ? Html.EMPTY : Html.of("<p class=\"aside definition\"><strong>{}</strong>: {}</p>",
                        r.scope().definition().title(), r.scope().definition().statement()),
                Html.when(!r.notes().isEmpty(), Html.of("<ul class=\"notes callout\">{}</ul>", Html.each(r.notes(), n -> Html.of("<li>{}</li>", n)))),
                figures, Html.join(tables));
    }

    private static String figure(Object v) {
        if (v instanceof Double d) return Double.isNaN(d) ? "–" : String.format(java.util.Locale.UK, "%,.1f", d);
        if (v instanceof Number n) return Format.count(n.longValue());
        return v == null ? "–" : String.valueOf(v);
    }

    private static Html cells(Table t, List<Object> row) {
        List<Html> cells = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            Column c = t.columns().get(i);
            String text = Format.cell(row.get(i), c.kind(), c.name());
            cells.add(i == 0 && c.kind() == Column.Kind.TEXT ? Html.of("<th scope=\"row\">{}</th>", text)
                    : numeric(c) ? Html.of("<td class=\"num\">{}</td>", text) : Html.of("<td>{}</td>", text));
        }
        return Html.join(cells);
    }

    private static boolean numeric(Column c) {
        return c.kind() != Column.Kind.TEXT && c.kind() != Column.Kind.DATE;
    }

    private Analysis analysis(String id) {
        return catalog.find(id).orElseThrow(() -> new Problems.Missing("There is no analysis \"" + id
                + "\". The list is at /api/analyses."));
    }

}
