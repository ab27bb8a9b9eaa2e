package svo.definitions;

import svo.BadInputException;
import svo.store.Jdbc;
import svo.store.Store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Applies definitions to the occurrences in the store, all of it in SQL: materialising a classification
 * table, explaining one occurrence under every definition, and listing what moves between two definitions.
 *
 * <pre>
 * Classifier.Run run = Classifier.classify(store, registry.get("svb-2024"));      // one INSERT … SELECT
 * Classifier.Diff d = Classifier.diff(store, svb2024, svb2025, List.of(new Span(from, to)));
 * </pre>
 */
public final class Classifier {
    private Classifier() {}

    /** A span of days, first day included, end day excluded (an analysis {@code Period.Span} without its label). */
    public record Span(LocalDate start, LocalDate endExclusive) {}

    /** What one classification stored, and how long its statement took. */
    public record Run(Definition definition, long occurrences, long included, double seconds) {}

    /** One occurrence under one definition: in or out, and the rule that decided it. */
    public record Judgement(Definition definition, boolean included, String rule) {}

    /** One occurrence as stored, with its judgement under each definition asked. */
    public record Explanation(long batchId, String occurrenceId, LocalDateTime committedFrom, String offence,
                              String offenceGroup, String hoCode, Map<String, Boolean> flags,
                              List<Judgement> judgements) {}

    /** For one offence: how many occurrences each definition counts, and how many move between them. */
    public record OffenceChange(String offenceGroup, String offence, long inA, long inB, long movingIn,
                                long movingOut) {}

    /** What changes from definition {@code a} to {@code b} over the spans. */
    public record Diff(Definition a, Definition b, long totalA, long totalB, List<OffenceChange> byOffence) {
        /** Only the offences where something moves. */
        public List<OffenceChange> moving() {
            return byOffence.stream().filter(o -> o.movingIn() > 0 || o.movingOut() > 0).toList();
        }

        public long movingIn() {
            return byOffence.stream().mapToLong(OffenceChange::movingIn).sum();
        }

        public long movingOut() {
            return byOffence.stream().mapToLong(OffenceChange::movingOut).sum();
        }
    }

    /** One occurrence that is in under one definition and out under the other. */
    public record Move(String occurrenceId, LocalDateTime committedFrom, String offence, boolean movesIn, String ruleA,
                       String ruleB) {}

    /** The offence codes as a SQL list, in the vocabulary's order (homicide first), for ordering rows. */
    private static final String VOCABULARY_ORDER = Fields.OFFENCE_GROUP.keySet().stream()
            .map(Condition.Compare::literal).collect(Collectors.joining(", ", "[", "]"));

    private static final List<String> FLAGS = List.of("knife", "firearm", "other_weapon", "domestic_abuse",
            "sexual_offence");

    /**
     * Replaces the stored classification under {@code d} with one row per active occurrence (in or out, the
     * deciding rule, and the definition version that judged it), in one {@code INSERT … SELECT}, and records the
     * run. All in one transaction.
     */
    public static Run classify(Store store, Definition d) {
        requireOccurrences(d);
        return store.inTransaction(c -> {
            Jdbc.update(c, "DELETE FROM classification WHERE definition = ?", d.name());
            long t0 = System.nanoTime();
            String judgedBy = d instanceof InForceDefinition f ? f.sqlMemberLabel() : Condition.Compare.literal(d.label());
            Jdbc.update(c, "INSERT INTO classification SELECT ?, " + judgedBy + ", batch_id, occurrence_id, "
                    + "starts_with(rule, 'include '), rule FROM (SELECT batch_id, occurrence_id, committed_from, "
                    + d.sqlRule() + " AS rule FROM occurrence) judged", d.name());
            double seconds = (System.nanoTime() - t0) / 1e9;
            long[] counts = Jdbc.queryOne(c, "SELECT count(*), count(*) FILTER (WHERE included) FROM classification "
                    + "WHERE definition = ?", rs -> new long[]{rs.getLong(1), rs.getLong(2)}, d.name()).orElseThrow();
            Jdbc.update(c, "DELETE FROM classification_run WHERE definition = ?", d.name());
            Jdbc.update(c, "INSERT INTO classification_run VALUES (?, ?, ?, ?, ?, ?, ?, current_timestamp)", d.name(),
                    d.label(), d instanceof InForceDefinition, rulesSha256(d), counts[0], counts[1], seconds);
            return new Run(d, counts[0], counts[1], seconds);
        });
    }

    /** The stored occurrences with this id (one per source that used it), judged under each definition. */
    public static List<Explanation> explain(Store store, String occurrenceId, List<Definition> definitions) {
        definitions.forEach(Classifier::requireOccurrences);
        StringBuilder sql = new StringBuilder("SELECT batch_id, occurrence_id, committed_from, offence, offence_group, ho_code, ")
                .append(String.join(", ", FLAGS));
        for (int i = 0; i < definitions.size(); i++) sql.append(", ").append(definitions.get(i).sqlRule()).append(" AS r").append(i);
        sql.append(" FROM occurrence WHERE occurrence_id = ? ORDER BY batch_id");
        return Jdbc.query(store.connection(), sql.toString(), rs -> {
            Map<String, Boolean> flags = new LinkedHashMap<>();
            for (String f : FLAGS) flags.put(f, rs.getBoolean(f));
            List<Judgement> judgements = new ArrayList<>();
            for (int i = 0; i < definitions.size(); i++) {
                String rule = rs.getString("r" + i);
                judgements.add(new Judgement(definitions.get(i), rule.startsWith("include "), rule));
            }
            return new Explanation(rs.getLong(1), rs.getString(2), time(rs, 3), rs.getString(4), rs.getString(5),
                    rs.getString(6), flags, judgements);
        }, occurrenceId);
    }

    /** Counts under {@code a} and {@code b}, by offence, of occurrences committed in the spans. */
    public static Diff diff(Store store, Definition a, Definition b, List<Span> spans) {
        requireOccurrences(a);
        requireOccurrences(b);
        List<Object> params = new ArrayList<>();
        String sql = judged(a, b, spans, params) + """
                SELECT offence_group, offence,
                       count(*) FILTER (WHERE in_a), count(*) FILTER (WHERE in_b),
                       count(*) FILTER (WHERE in_b AND NOT in_a), count(*) FILTER (WHERE in_a AND NOT in_b)
                FROM judged
                WHERE in_a OR in_b
                GROUP BY offence_group, offence
                ORDER BY list_position(%s, offence), offence""".formatted(VOCABULARY_ORDER);
        List<OffenceChange> rows = Jdbc.query(store.connection(), sql, rs -> new OffenceChange(rs.getString(1),
                rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)), params.toArray());
        return new Diff(a, b, rows.stream().mapToLong(OffenceChange::inA).sum(),
                rows.stream().mapToLong(OffenceChange::inB).sum(), rows);
    }

    /** Every occurrence committed in the spans that is in under one of {@code a}, {@code b} and out under the other. */
    public static List<Move> moves(Store store, Definition a, Definition b, List<Span> spans) {
        requireOccurrences(a);
        requireOccurrences(b);
        List<Object> params = new ArrayList<>();
        String sql = judged(a, b, spans, params) + """
                SELECT occurrence_id, committed_from, offence, in_b, rule_a, rule_b
                FROM judged
                WHERE in_a <> in_b
                ORDER BY committed_from, occurrence_id""";
        return Jdbc.query(store.connection(), sql, rs -> new Move(rs.getString(1), time(rs, 2), rs.getString(3),
                rs.getBoolean(4), rs.getString(5), rs.getString(6)), params.toArray());
    }

    private static String judged(Definition a, Definition b, List<Span> spans, List<Object> params) {
        if (spans.isEmpty()) throw new IllegalArgumentException("no spans");
        String when = spans.stream().map(s -> {
            params.add(s.start());
            params.add(s.endExclusive());
            return "(committed_from >= ? AND committed_from < ?)";
        }).collect(Collectors.joining(" OR "));
        return "WITH rules AS (SELECT occurrence_id, committed_from, offence, offence_group, "
                + a.sqlRule() + " AS rule_a, " + b.sqlRule() + " AS rule_b FROM occurrence WHERE " + when + "), "
                + "judged AS (SELECT *, starts_with(rule_a, 'include ') AS in_a, starts_with(rule_b, 'include ') AS in_b "
                + "FROM rules)\n";
    }

    private static void requireOccurrences(Definition d) {
        if (!"occurrence".equals(d.view())) {
            throw BadInputException.of("--definition", d.name(), "a definition over occurrences (" + d.name()
                    + " applies to " + d.view() + "; analyses of police.uk data use it directly)");
        }
    }

    static String rulesSha256(Definition d) {
        if (d instanceof FileDefinition f) return f.sha256();
        if (d instanceof InForceDefinition f) {
            return f.members().stream().map(FileDefinition::sha256).collect(Collectors.joining(","));
        }
        return DefinitionFileParser.sha256(d.sqlRule());
    }

    private static LocalDateTime time(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toLocalDateTime();
    }
}
