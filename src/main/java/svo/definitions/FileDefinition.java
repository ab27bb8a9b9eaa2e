package svo.definitions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A definition read from a definition file ({@code svb-2024.def}): its header, its exclusion and inclusion
 * rules, and the judgements it records. An occurrence is out if any exclusion matches; otherwise in if any
 * inclusion matches; otherwise out ("no inclusion rule").
 *
 * @param origin      where it was read from, e.g. {@code svb-2024.def (shipped)} or the analyst's file path
 * @param approximates for a police.uk mapping, the definition it stands in for; null otherwise
 * @param sha256      of the file's text, so a stored classification can say exactly which file produced it
 */
public record FileDefinition(String name, String version, String family, String title, String statement,
                             LocalDate effectiveFrom, LocalDate effectiveTo, String source, Fields.Table table,
                             String approximates, List<Rule> exclusions, List<Rule> inclusions,
                             List<String> judgements, String origin, String sha256) implements Definition {
    public FileDefinition {
        exclusions = List.copyOf(exclusions);
        inclusions = List.copyOf(inclusions);
        judgements = List.copyOf(judgements);
    }

    @Override
    public String sqlCondition() {
        String included = inclusions.size() == 1 ? "(" + inclusions.get(0).condition().sql() + ")"
                : inclusions.stream().map(r -> "(" + r.condition().sql() + ")")
                        .collect(java.util.stream.Collectors.joining(" OR ", "(", ")"));
        if (exclusions.isEmpty()) return included;
        StringBuilder sb = new StringBuilder("(");
        for (Rule r : exclusions) sb.append("NOT (").append(r.condition().sql()).append(") AND ");
        return sb.append(included).append(")").toString();
    }

    @Override
    public String sqlRule() {
        return sqlRule(null);
    }

    /** The deciding-rule expression, with {@code " (qualifier)"} after each rule name when one is given. */
    String sqlRule(String qualifier) {
        String suffix = qualifier == null ? "" : " (" + qualifier + ")";
        StringBuilder sb = new StringBuilder("CASE");
        for (Rule r : rules()) {
            sb.append(" WHEN ").append(r.condition().sql()).append(" THEN ")
                    .append(Condition.Compare.literal(r.label() + suffix));
        }
        return sb.append(" ELSE ").append(Condition.Compare.literal("no inclusion rule" + suffix)).append(" END").toString();
    }

    /** Exclusions, then inclusions: the order rules are tried in. */
    public List<Rule> rules() {
        return Stream.concat(exclusions.stream(), inclusions.stream()).toList();
    }

    /** The rule with this label ("include homicide"), if the definition has one. */
    public Optional<Rule> rule(String label) {
        return rules().stream().filter(r -> r.label().equals(label)).findFirst();
    }

    @Override
    public String view() {
        return table.view();
    }

    @Override
    public boolean approximate() {
        return approximates != null;
    }

    FileDefinition bind(Function<Condition.Meets, Definition> resolver) {
        return new FileDefinition(name, version, family, title, statement, effectiveFrom, effectiveTo, source, table,
                approximates, exclusions.stream().map(r -> r.bind(resolver)).toList(),
                inclusions.stream().map(r -> r.bind(resolver)).toList(), judgements, origin, sha256);
    }

    /** True when the day falls within the effective dates. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}
