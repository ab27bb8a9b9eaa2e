package svo.delivery;

import svo.analysis.Analysis;
import svo.analysis.AnalysisCatalog;
import svo.analysis.Area;
import svo.analysis.Comparison;
import svo.analysis.InScope;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.definitions.Definition;
import svo.store.Jdbc;
import svo.store.Sql;
import svo.store.Store;

import java.util.List;
import java.util.Map;

/**
 * One measure of progress on a strategy objective, computed from records over any span of time: a count of
 * occurrences (or people) or a share. Its value comes from a catalogue analysis where one answers the question
 * ({@link FromAnalysis}), or from a small query of its own over the analyses' in-scope tables ({@link FromSql}), so it
 * is filtered by definition, period and area exactly as every analysis is. Nothing is typed in.
 *
 * <pre>
 * Indicator knife = new Indicator("knife-crime", "knife-crime", "Knife crime, all ages", Kind.COUNT, Good.DOWN, null,
 *         new Indicator.FromAnalysis("headline", "knife_crime", null), "…");
 * Indicator.Measure m = knife.measure(store, catalogue, board, Period.yearEnding(YearMonth.of(2025, 12)));
 * </pre>
 *
 * @param definition the definition it counts under; null for the board's definition
 */
public record Indicator(String id, String objective, String title, Kind kind, Good good, String definition, Source source,
                        String note) {
    /** A count, or a share (percentage of a denominator). */
    public enum Kind { COUNT, SHARE }

    /** Which direction is progress. */
    public enum Good {
        DOWN("a fall is progress"), UP("a rise is progress");

        private final String wording;

        Good(String wording) {
            this.wording = wording;
        }

        public String wording() {
            return wording;
        }
    }

    /** Where the value comes from. */
    public sealed interface Source permits FromAnalysis, FromAnalysisTable, FromSql, Unavailable {}

    /**
     * A figure of a catalogue analysis run over the span: {@code figure} (a count), or {@code figure} over
     * {@code denominatorFigure} for a share. Parameters are passed to the analysis.
     */
    public record FromAnalysis(String analysisId, String figure, String denominatorFigure, Map<String, String> parameters)
            implements Source {
        public FromAnalysis {
            parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        }
    }

    /**
     * A share read from a table of a catalogue analysis run over the span, from the rows of its last period (the whole
     * span): the numerator is {@code numerator} summed over the rows matching {@code numeratorRows}, the denominator
     * {@code denominator} summed over the rows matching {@code denominatorRows} (column name to value; empty matches
     * every row).
     */
    public record FromAnalysisTable(String analysisId, String table, String numerator, Map<String, String> numeratorRows,
                                    String denominator, Map<String, String> denominatorRows) implements Source {
        public FromAnalysisTable {
            numeratorRows = Map.copyOf(numeratorRows);
            denominatorRows = Map.copyOf(denominatorRows);
        }
    }

    /** Stands for the span's first moment among a query's parameters. */
    public static final String SPAN_START = "{span start}";
    /** Stands for the moment after the span among a query's parameters. */
    public static final String SPAN_END = "{span end}";

    /**
     * A query in {@code svo/delivery/indicators/NAME.sql} over {@code in_scope} / {@code in_scope_person}, returning one
     * row: numerator, denominator (NULL for a count), available. {@code parameters} are bound to its {@code ?}s
     * ({@link #SPAN_START} and {@link #SPAN_END} become the span's ends); {@code whenUnavailable} says what is missing
     * when the query finds the data it needs is not loaded. {@code requiresTable}, when given, is a table or view another
     * part of the product brings: until the store has it the indicator is unavailable, and the query does not run.
     */
    public record FromSql(String name, List<Object> parameters, String whenUnavailable, String requiresTable) implements Source {
        public FromSql {
            parameters = List.copyOf(parameters);
        }

        public FromSql(String name, List<Object> parameters, String whenUnavailable) {
            this(name, parameters, whenUnavailable, null);
        }

        public FromSql(String name) {
            this(name, List.of(), "the data this indicator needs are not loaded", null);
        }
    }

    /** A measure whose data the product does not hold yet; {@code reason} says what is missing. */
    public record Unavailable(String reason) implements Source {}

    /** The indicator's value over one span: a count, or a numerator over a denominator; or why there is none. */
    public record Measure(Period.Span span, long numerator, Long denominator, String unavailable) {
        /** The value as shown: the count, or the share in percent (unrounded). */
        public Double value() {
            if (unavailable != null) return null;
            if (denominator == null) return (double) numerator;
            return denominator == 0 ? null : 100.0 * numerator / denominator;
        }

        public boolean available() {
            return unavailable == null;
        }

        static Measure missing(Period.Span span, String why) {
            return new Measure(span, 0, null, why);
        }
    }

    /** The value over one span; {@code board} is the board's definition, {@code definitions} resolves named ones. */
    public Measure measure(Store store, AnalysisCatalog catalogue, svo.analysis.Definitions definitions, Definition board,
                           Period.Span span) {
        return measure(store, catalogue, definitions, board, span, new java.util.HashMap<>());
    }

    /**
     * The value over one span, reusing the analysis results in {@code results} (several indicators read figures of the
     * same analysis run: the headline analysis gives serious violence, homicides and knife crime at once).
     */
    public Measure measure(Store store, AnalysisCatalog catalogue, svo.analysis.Definitions definitions, Definition board,
                           Period.Span span, Map<String, Result> results) {
        if (source instanceof Unavailable u) return Measure.missing(span, u.reason());
        Definition def = definition == null ? board : definitions.resolve(definition, false);
        Scope scope = new Scope(def, false, new Period(span.label(), List.of(span)), Area.ALL, Comparison.PREVIOUS,
                source instanceof FromAnalysis a ? a.parameters() : Map.of());
        if (source instanceof FromAnalysisTable a) {
            Analysis analysis = catalogue.find(a.analysisId()).orElse(null);
            if (analysis == null) return Measure.missing(span, "the analysis " + a.analysisId() + " is not in this build");
            String key = a.analysisId() + "|" + def.name() + "|" + def.version() + "|" + span.start() + "|" + span.endExclusive() + "|{}";
            svo.analysis.Table t = results.computeIfAbsent(key, k -> analysis.run(store, scope)).table(a.table());
            return new Measure(span, sum(t, a.numerator(), a.numeratorRows()), sum(t, a.denominator(), a.denominatorRows()), null);
        }
        if (source instanceof FromAnalysis a) {
            Analysis analysis = catalogue.find(a.analysisId()).orElse(null);
            if (analysis == null) return Measure.missing(span, "the analysis " + a.analysisId() + " is not in this build");
            String key = a.analysisId() + "|" + def.name() + "|" + def.version() + "|" + span.start() + "|" + span.endExclusive()
                    + "|" + new java.util.TreeMap<>(a.parameters());
            Result r = results.computeIfAbsent(key, k -> analysis.run(store, scope));
            long n = number(r.figure(a.figure()));
            Long d = a.denominatorFigure() == null ? null : number(r.figure(a.denominatorFigure()));
            return new Measure(span, n, d, null);
        }
        FromSql q = (FromSql) source;
        if (q.requiresTable() != null && Jdbc.count(store.connection(),
                "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", q.requiresTable()) == 0) {
            return Measure.missing(span, q.whenUnavailable());
        }
        if (q.requiresTable() == null) InScope.persons(store.connection(), scope);
        Object[] params = q.parameters().stream().map(p -> SPAN_START.equals(p) ? span.start().atStartOfDay()
                : SPAN_END.equals(p) ? span.endExclusive().atStartOfDay() : p).toArray();
        return Jdbc.queryOne(store.connection(), Sql.load(Indicator.class, "indicators/" + q.name()),
                rs -> rs.getBoolean(3) ? new Measure(span, rs.getLong(1), (Long) rs.getObject(2), null)
                        : Measure.missing(span, q.whenUnavailable()), params).orElseThrow();
    }

    /** {@code column} summed over the rows of the table's last period that match {@code where}. */
    private static long sum(svo.analysis.Table t, String column, Map<String, String> where) {
        int period = t.indexOf("period");
        Object last = period < 0 || t.rows().isEmpty() ? null : t.rows().get(t.rows().size() - 1).get(period);
        int col = t.indexOf(column);
        if (col < 0) throw new IllegalStateException("table " + t.id() + " has no column " + column);
        long n = 0;
        for (List<Object> row : t.rows()) {
            if (period >= 0 && !java.util.Objects.equals(row.get(period), last)) continue;
            boolean match = true;
            for (Map.Entry<String, String> w : where.entrySet()) {
                int i = t.indexOf(w.getKey());
                if (i < 0 || !w.getValue().equals(String.valueOf(row.get(i)))) match = false;
            }
            if (match && row.get(col) instanceof Number v) n += v.longValue();
        }
        return n;
    }

    /** A figure an analysis leaves out when nothing is in scope counts as 0. */
    private static long number(Object figure) {
        return figure instanceof Number n ? n.longValue() : 0;
    }
}
