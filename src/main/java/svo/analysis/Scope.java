package svo.analysis;

import svo.definitions.Definition;

import java.util.Map;

/**
 * What an analysis is asked about: which definition (and whether each occurrence is judged by the
 * definition in force on its date), which period, which area, against which basis changes are measured,
 * and any analysis-specific parameters (already validated).
 */
public record Scope(Definition definition, boolean asInForce, Period period, Area area, Comparison comparison,
                    Map<String, String> parameters) {
    public Scope {
        parameters = Map.copyOf(parameters);
    }

    /** A scope with the defaults: whole area, previous-period comparison, no parameters. */
    public static Scope of(Definition definition, Period period) {
        return new Scope(definition, false, period, Area.ALL, Comparison.PREVIOUS, Map.of());
    }

    /** The same scope for another definition (the knife block of §3.2 is the same analysis under svb-knife). */
    public Scope withDefinition(Definition other) {
        return new Scope(other, asInForce, period, area, comparison, parameters);
    }

    /** The same scope over another period. */
    public Scope withPeriod(Period other) {
        return new Scope(definition, asInForce, other, area, comparison, parameters);
    }

    /** The same scope over another area. */
    public Scope withArea(Area other) {
        return new Scope(definition, asInForce, period, other, comparison, parameters);
    }

    /** A parameter, or the default when it was not given. */
    public String parameter(String name, String defaultValue) {
        return parameters.getOrDefault(name, defaultValue);
    }

    /** "svb-2024 v1.0, 2022/23 to 2024/25, all areas" — the line every table carries. */
    public String describe() {
        String where = period.label() + ", " + area.label();
        if (definition == null) return where;
        return definition.label() + (asInForce ? " (as in force)" : "") + ", " + where;
    }
}
