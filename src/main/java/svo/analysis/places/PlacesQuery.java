package svo.analysis.places;

import svo.store.Jdbc;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Composes an analysis's SQL file with shared fragments: {@code {{records}}} (the located records in scope),
 * {@code {{population}}} (population per area for the year a rate describes) and plain name slots such as
 * {@code {{code}}} (a column name chosen from {@link Level}). Parameters stay bound with {@code ?}: the template
 * is read left to right, each fragment contributes its own parameters where it is spliced in, and every
 * {@code ?} of the template itself takes the next of the analysis's parameters.
 */
final class PlacesQuery {
    private record Fragment(String sql, List<Object> params) {}

    private final String template;
    private final Map<String, Fragment> fragments = new LinkedHashMap<>();

    PlacesQuery(String template) {
        this.template = template;
    }

    /** Splices {@code sql} with its parameters wherever {@code {{name}}} appears. */
    PlacesQuery with(String name, String sql, List<Object> params) {
        fragments.put(name, new Fragment(sql, params));
        return this;
    }

    /** Splices a fixed identifier (a column name from code, never from a request). */
    PlacesQuery name(String name, String identifier) {
        if (!identifier.matches("[a-z_][a-z0-9_.]*")) throw new IllegalArgumentException("not an identifier: " + identifier);
        return with(name, identifier, List.of());
    }

    /** The final SQL and its parameters, given the template's own parameters in order. */
    Bound bind(Object... ownParams) {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        int own = 0;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{' && template.startsWith("{{", i)) {
                int end = template.indexOf("}}", i);
                String name = template.substring(i + 2, end);
                Fragment f = fragments.get(name);
                if (f == null) throw new IllegalStateException("no fragment for {{" + name + "}}");
                sql.append(f.sql());
                params.addAll(f.params());
                i = end + 2;
            } else if (c == '-' && template.startsWith("--", i)) {
                int end = template.indexOf('\n', i);
                end = end < 0 ? template.length() : end;
                sql.append(template, i, end);
                i = end;
            } else if (c == '\'') {
                int end = template.indexOf('\'', i + 1);
                sql.append(template, i, end + 1);
                i = end + 1;
            } else {
                if (c == '?') {
                    if (own >= ownParams.length) throw new IllegalStateException("the query needs more parameters than given");
                    params.add(ownParams[own++]);
                }
                sql.append(c);
                i++;
            }
        }
        if (own != ownParams.length) throw new IllegalStateException("the query takes " + own + " parameters, given " + ownParams.length);
        return new Bound(sql.toString(), params.toArray());
    }

    /** SQL ready to run. */
    record Bound(String sql, Object[] params) {
        <R> List<R> query(Connection c, Jdbc.RowMapper<R> mapper) {
            return Jdbc.query(c, sql, mapper, params);
        }
    }
}
