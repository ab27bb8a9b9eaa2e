package svo.analysis;

import svo.BadInputException;
import svo.definitions.Definition;
import svo.store.Jdbc;
import svo.store.Store;

import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what a person typed (command line, web form, API) into a {@link Scope}, checking every part and
 * saying what is valid when something is not:
 *
 * <pre>
 * Scope s = new ScopeResolver(definitions, clock).resolve(store, analysis,
 *         new ScopeResolver.Request("FY2022-FY2024", "svb-2024", false, "Derby", "previous", Map.of()));
 * </pre>
 *
 * Blank parts take the analysis's defaults: its default definition, the last three complete financial years,
 * the whole area, the previous period as the comparison basis.
 */
public final class ScopeResolver {
    private final Definitions definitions;
    private final Clock clock;

    public ScopeResolver(Definitions definitions, Clock clock) {
        this.definitions = definitions;
        this.clock = clock;
    }

    /** The parts of a scope as typed; any may be null or blank for the default. */
    public record Request(String period, String definition, boolean asInForce, String area, String comparison,
                          Map<String, String> parameters) {
        public Request {
            parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        }
    }

    /** The checked scope for {@code analysis}. */
    public Scope resolve(Store store, Analysis analysis, Request r) {
        Period period = blank(r.period()) ? analysis.defaultPeriod(LocalDate.now(clock)) : Period.parse(r.period());
        String defName = blank(r.definition()) ? analysis.defaultDefinition() : r.definition().strip();
        Definition definition = defName == null ? null : definitions.resolve(defName, r.asInForce());
        if (definition != null && analysis.datasets().contains("occurrences") && !"occurrence".equals(definition.view())) {
            throw new BadInputException(null, 0, "--definition", defName, "a definition of police occurrences, such as "
                    + Analysis.SNA_DEFINITION, defName + " applies to " + definition.view() + " data, which " + analysis.id()
                    + " does not count.");
        }
        Area area = area(store.connection(), r.area());
        Comparison comparison = comparison(r.comparison());
        Map<String, String> params = parameters(analysis, r.parameters());
        return new Scope(definition, r.asInForce(), period, area, comparison, params);
    }

    /** {@code previous} (the default) or {@code first}. */
    public static Comparison comparison(String text) {
        if (blank(text)) return Comparison.PREVIOUS;
        return switch (text.strip().toLowerCase()) {
            case "previous" -> Comparison.PREVIOUS;
            case "first" -> Comparison.FIRST;
            default -> throw BadInputException.of("--comparison", text, "previous (the period before the latest) or first "
                    + "(the first period shown)");
        };
    }

    /**
     * {@code all} (the default), {@code city}, {@code county}, or one district by code or name (any case),
     * checked against the districts loaded in the store.
     */
    public static Area area(Connection c, String text) {
        if (blank(text) || text.strip().equalsIgnoreCase("all")) return Area.ALL;
        String t = text.strip();
        List<String[]> districts = Jdbc.query(c, "SELECT code, name, coalesce(city_county, '') FROM area "
                + "WHERE level = 'district' ORDER BY name", rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        if (districts.isEmpty()) {
            throw new BadInputException(null, 0, "--area", t, "all (no districts are loaded, so no other area can be chosen)",
                    "Import the district boundaries first (docs/datasets/), or leave --area out.");
        }
        if (t.equalsIgnoreCase("city") || t.equalsIgnoreCase("county")) {
            String want = t.toLowerCase();
            if (districts.stream().noneMatch(d -> d[2].equals(want))) {
                throw new BadInputException(null, 0, "--area", t, "all or a district (no loaded district is marked " + want + ")",
                        "The districts' city/county marks come with the district boundaries.");
            }
            return want.equals("city") ? Area.CITY : Area.COUNTY;
        }
        Optional<String[]> hit = districts.stream().filter(d -> d[0].equalsIgnoreCase(t) || d[1].equalsIgnoreCase(t)).findFirst();
        if (hit.isPresent()) return Area.district(hit.get()[0], hit.get()[1]);
        StringBuilder valid = new StringBuilder("all, city, county, or a district: ");
        for (int i = 0; i < districts.size(); i++) {
            if (i > 0) valid.append(", ");
            valid.append(districts.get(i)[1]).append(" (").append(districts.get(i)[0]).append(')');
        }
        throw BadInputException.of("--area", t, valid.toString());
    }

    /** Checks {@code name=value} parameters against those the analysis declares. */
    public static Map<String, String> parameters(Analysis analysis, Map<String, String> given) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : given.entrySet()) {
            String name = e.getKey().strip();
            if (!analysis.parameters().containsKey(name)) {
                String valid = analysis.parameters().isEmpty() ? "no parameters (" + analysis.id() + " takes none)"
                        : "one of " + String.join(", ", new java.util.TreeSet<>(analysis.parameters().keySet()));
                throw BadInputException.of("--param", name + "=" + e.getValue(), valid);
            }
            out.put(name, e.getValue() == null ? "" : e.getValue().strip());
        }
        return out;
    }

    /** A whole-number parameter, with its default; anything else is bad input naming the parameter. */
    public static int intParameter(Scope scope, String name, int defaultValue, int min, int max) {
        String v = scope.parameter(name, null);
        if (v == null || v.isBlank()) return defaultValue;
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw BadInputException.of("--param " + name, v, "a whole number from " + min + " to " + max);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
