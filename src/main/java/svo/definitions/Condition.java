package svo.definitions;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A rule's condition, parsed from a definition file by {@link ConditionParser} and already checked against
 * {@link Fields}: every field name and every value in it is known, so {@link #sql()} can render values as
 * quoted literals without ever splicing text from the file.
 *
 * <p>Comparisons are two-valued: a comparison on an empty (NULL) value is false, and its negation true, so a
 * rule never evaluates to SQL's "unknown".
 */
public sealed interface Condition {
    /** A boolean SQL expression over the unqualified columns of the definition's view. */
    String sql();

    /** The same condition with every {@code meets NAME} bound to the definition it names. */
    Condition bind(Function<Meets, Definition> resolver);

    /** Definitions this condition refers to with {@code meets}. */
    default List<Meets> references() {
        return List.of();
    }

    /** {@code a or b or …}. */
    record Or(List<Condition> parts) implements Condition {
        public String sql() {
            return parts.stream().map(Condition::sql).collect(Collectors.joining(" OR ", "(", ")"));
        }

        public Condition bind(Function<Meets, Definition> r) {
            return new Or(parts.stream().map(p -> p.bind(r)).toList());
        }

        public List<Meets> references() {
            return parts.stream().flatMap(p -> p.references().stream()).toList();
        }
    }

    /** {@code a and b and …}. */
    record And(List<Condition> parts) implements Condition {
        public String sql() {
            return parts.stream().map(Condition::sql).collect(Collectors.joining(" AND ", "(", ")"));
        }

        public Condition bind(Function<Meets, Definition> r) {
            return new And(parts.stream().map(p -> p.bind(r)).toList());
        }

        public List<Meets> references() {
            return parts.stream().flatMap(p -> p.references().stream()).toList();
        }
    }

    /** {@code not a}. */
    record Not(Condition inner) implements Condition {
        public String sql() {
            return "(NOT " + inner.sql() + ")";
        }

        public Condition bind(Function<Meets, Definition> r) {
            return new Not(inner.bind(r));
        }

        public List<Meets> references() {
            return inner.references();
        }
    }

    /** A yes/no field on its own: {@code knife}. */
    record Flag(Fields.Field field) implements Condition {
        public String sql() {
            return field.nullable() ? "coalesce(" + field.name() + ", false)" : field.name();
        }

        public Condition bind(Function<Meets, Definition> r) {
            return this;
        }
    }

    /** {@code field = value}, {@code field in (a, b)}, or their negations {@code !=} and {@code not in}. */
    record Compare(Fields.Field field, boolean negated, List<String> values) implements Condition {
        public Compare {
            values = List.copyOf(values);
        }

        public String sql() {
            String test = values.size() == 1
                    ? field.name() + " = " + literal(values.get(0))
                    : field.name() + " IN (" + values.stream().map(Compare::literal).collect(Collectors.joining(", ")) + ")";
            if (field.nullable()) test = "coalesce(" + test + ", false)";
            return negated ? "(NOT " + test + ")" : test;
        }

        public Condition bind(Function<Meets, Definition> r) {
            return this;
        }

        /** Values were checked against the vocabulary; quoting is belt and braces. */
        static String literal(String value) {
            return "'" + value.replace("'", "''") + "'";
        }
    }

    /**
     * {@code meets NAME}: the occurrence is counted by another definition ({@code meets svb-2024}), or by the
     * definition of a family in force on its date ({@code meets svb}). Unbound until the registry resolves it.
     */
    record Meets(String name, String file, int line, int column, Definition target) implements Condition {
        public String sql() {
            if (target == null) throw new IllegalStateException("meets " + name + " was never resolved");
            return "(" + target.sqlCondition() + ")";
        }

        public Condition bind(Function<Meets, Definition> r) {
            return new Meets(name, file, line, column, r.apply(this));
        }

        public List<Meets> references() {
            return List.of(this);
        }
    }
}
