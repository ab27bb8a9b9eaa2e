package svo.web;

import io.javalin.http.Context;
import svo.BadInputException;
import svo.analysis.Analysis;
import svo.analysis.Definitions;
import svo.analysis.Period;
import svo.analysis.Scope;
import svo.analysis.ScopeResolver;
import svo.definitions.Definition;
import svo.store.Jdbc;
import svo.store.Store;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scope of an analysis or map from request parameters ({@code period}, {@code definition},
 * {@code in_force}, {@code area}, {@code comparison}), with the same syntax and the same messages as the
 * command line, and the form fields that ask for them.
 */
final class ScopeForm {
    /** An area the forms offer: "all", "city", "county" or a district code. */
    record AreaChoice(String value, String label) {}

    private final DefinitionChoices definitions;
    private final Clock clock;

    ScopeForm(DefinitionChoices definitions, Clock clock) {
        this.definitions = definitions;
        this.clock = clock;
    }

    DefinitionChoices definitions() {
        return definitions;
    }

    /** Request parameters that are the scope itself (or the page's own), never an analysis option. */
    static final java.util.Set<String> RESERVED = java.util.Set.of("analysis", "period", "definition", "in_force", "area",
            "comparison", "table", "options", "map", "v");

    /**
     * An analysis's own options (for example {@code level=ward top=20}): from the {@code options} field of
     * the page ("name=value", separated by spaces) and from any other query parameter of the
     * API. Names are lower-case words; each analysis checks its values and says what it accepts.
     */
    static Map<String, String> options(Context ctx) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        String text = ctx.queryParam("options");
        if (text != null && !text.isBlank()) {
            for (String part : text.strip().split("[\\s]+")) {
                if (part.isBlank()) continue;
                int eq = part.indexOf('=');
                if (eq <= 0) throw BadInputException.of("options", part, "name=value pairs separated by spaces, e.g. level=ward top=20 (a value with spaces goes in its own query parameter)");
                put(out, part.substring(0, eq), part.substring(eq + 1));
            }
        }
        for (var e : ctx.queryParamMap().entrySet()) {
            if (RESERVED.contains(e.getKey()) || e.getValue().isEmpty()) continue;
            put(out, e.getKey(), e.getValue().get(e.getValue().size() - 1));
        }
        return out;
    }

    private static void put(Map<String, String> out, String name, String value) {
        if (!name.matches("[a-z][a-z0-9_]{0,40}")) throw BadInputException.of("option name", name, "a lower-case word such as level or top");
        if (value.length() > 200) throw BadInputException.of(name, value.substring(0, 40) + "…", "at most 200 characters");
        out.put(name, value);
    }

    /**
     * The scope asked for an analysis, resolved exactly as {@code svo analyse} resolves it
     * ({@link ScopeResolver}): blank parts take the analysis's own defaults, options are checked against the
     * parameters it declares, and bad values get the same messages.
     */
    Scope scope(Context ctx, Store s, Analysis analysis) {
        return new ScopeResolver(resolver(), clock).resolve(s, analysis, new ScopeResolver.Request(ctx.queryParam("period"),
                ctx.queryParam("definition"), inForce(ctx), ctx.queryParam("area"), ctx.queryParam("comparison"), options(ctx)));
    }

    /** A scope for something that is not a catalogued analysis (a map): the same syntax, these parameters. */
    Scope scope(Context ctx, Store s, Map<String, String> parameters) {
        String asked = ctx.queryParam("period");
        Period period = Period.parse(asked == null || asked.isBlank() ? defaultPeriod(s) : asked);
        String defName = ctx.queryParam("definition");
        boolean inForce = inForce(ctx);
        Definition def = definitions.resolve(defName == null || defName.isBlank() ? Analysis.SNA_DEFINITION : defName.strip(), inForce);
        return new Scope(def, inForce, period, ScopeResolver.area(s.connection(), ctx.queryParam("area")),
                ScopeResolver.comparison(ctx.queryParam("comparison")), parameters);
    }

    private Definitions resolver() {
        return definitions::resolve;
    }

    private static boolean inForce(Context ctx) {
        String f = ctx.queryParam("in_force");
        return f != null && !f.equals("0") && !f.equalsIgnoreCase("false");
    }

    static List<AreaChoice> areas(Store s) {
        List<AreaChoice> out = new ArrayList<>(List.of(new AreaChoice("all", "All areas"),
                new AreaChoice("city", "City (unitary)"), new AreaChoice("county", "County (two-tier districts)")));
        out.addAll(Jdbc.query(s.connection(), "SELECT code, name FROM area WHERE level = 'district' ORDER BY name",
                rs -> new AreaChoice(rs.getString(1), rs.getString(2))));
        return out;
    }

    /** The financial year of the latest occurrence loaded, else the last complete financial year. */
    String defaultPeriod(Store s) {
        LocalDate latest = Jdbc.queryOne(s.connection(), "SELECT max(committed_from)::DATE FROM occurrence",
                rs -> rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate()).orElse(null);
        LocalDate d = latest != null ? latest : LocalDate.now(clock).minusYears(1);
        int fy = d.getMonthValue() >= 4 ? d.getYear() : d.getYear() - 1;
        return "FY" + fy;
    }

    /**
     * The period, definition (with "as in force") and area fields, filled from the request. With
     * {@code analysisDefault}, the definition list starts with "the analysis's own" (a blank value).
     */
    Html fields(Context ctx, List<AreaChoice> areas, String defaultPeriod, String analysisDefault) {
        String period = orDefault(ctx.queryParam("period"), defaultPeriod);
        String area = orDefault(ctx.queryParam("area"), "all");
        String def = ctx.queryParam("definition");
        List<Definition> defs = definitions.available();
        Html defSelect = defs.isEmpty()
                ? Html.of("<select id=\"definition\" name=\"definition\" disabled><option>none loaded yet</option></select>")
                : Html.of("<select id=\"definition\" name=\"definition\">{}{}</select>",
                        Html.when(analysisDefault != null, Html.of("<option value=\"\">{}</option>", analysisDefault)),
                        Html.each(defs, d -> Html.of("<option value=\"{}\" title=\"{}\"{}>{}</option>", d.name(), d.title(),
                                Html.when(d.name().equals(def), Html.of(" selected")), d.label())));
        return Html.of("""
                  <div class="field"><label for="period">Period <span class="hint">FY2024, FY2022-FY2024, YE2025-12</span></label>
                    <input id="period" name="period" value="{}" required pattern="[A-Za-z0-9 ,.\\-]+" spellcheck="false"></div>
                  <div class="field"><label for="definition">Definition</label>{}
                    <label class="check"><input type="checkbox" name="in_force" value="1"{}> as in force on each date</label></div>
                  <div class="field"><label for="area">Area</label><select id="area" name="area">{}</select></div>""",
                period, defSelect, Html.when(ctx.queryParam("in_force") != null, Html.of(" checked")),
                Html.each(areas, a -> option(a.value(), a.label(), a.value().equals(area))));
    }

    static Html option(String value, String label, boolean selected) {
        return Html.of("<option value=\"{}\"{}>{}</option>", value, Html.when(selected, Html.of(" selected")), label);
    }

    static String orDefault(String v, String dflt) {
        return v == null || v.isBlank() ? dflt : v;
    }
}
