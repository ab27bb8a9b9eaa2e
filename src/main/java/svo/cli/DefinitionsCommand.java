package svo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import svo.analysis.Period;
import svo.definitions.Classifier;
import svo.definitions.Definition;
import svo.definitions.DefinitionRegistry;
import svo.definitions.FileDefinition;
import svo.definitions.InForceDefinition;
import svo.definitions.PoliceUkCrimeTypes;
import svo.definitions.Rule;
import svo.store.Store;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code svo definitions …}: the definitions of serious violence and knife crime, and what changes between them. */
@Command(name = "definitions", mixinStandardHelpOptions = true,
        description = "List, show and compare the definitions of serious violence and knife crime.",
        subcommands = {
                DefinitionsCommand.ListCommand.class,
                DefinitionsCommand.ShowCommand.class,
                DefinitionsCommand.DiffCommand.class,
                DefinitionsCommand.PoliceUkCommand.class,
        })
final class DefinitionsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List every definition: name, version, family, dates in force, the view it applies to, title.")
    static final class ListCommand implements Callable<Integer> {
        @Mixin
        DefinitionOptions definitionOptions;

        @Option(names = "--format", defaultValue = "table", description = "table or csv (default: ${DEFAULT-VALUE}).")
        String format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            DefinitionRegistry registry = definitionOptions.registry();
            TextTable t = new TextTable("name", "version", "family", "in force", "applies to", "title", "file");
            for (FileDefinition d : registry.definitions()) {
                t.row(d.name(), d.version(), d.family(), inForce(d), d.view(),
                        d.title() + (d.approximate() ? " (approximate)" : ""), d.origin());
            }
            t.print(out, format);
            if (!"csv".equals(format)) {
                for (String f : registry.families()) {
                    if (registry.asInForce(f) instanceof InForceDefinition family) {
                        out.printf("%nas in force (--as-in-force): %s%n", family.label());
                    }
                }
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show one definition: its statement, source, rules in the order they are tried, and the judgements behind them.")
    static final class ShowCommand implements Callable<Integer> {
        @Mixin
        DefinitionOptions definitionOptions;

        @Parameters(paramLabel = "NAME", description = "A definition (svb-2024) or a family (svb).")
        String name;

        @Option(names = "--sql", description = "Also print the SQL generated from the rules.")
        boolean sql;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            DefinitionRegistry registry = definitionOptions.registry();
            Definition d = DefinitionOptions.resolve(registry, name, false);
            if (d instanceof InForceDefinition family) {
                out.printf("%s: family, as in force%n%s%n", family.name(), family.statement());
                for (FileDefinition m : family.members()) {
                    out.printf("  %-16s %s  %s%n", m.name() + " v" + m.version(), inForce(m), m.title());
                }
                out.printf("%nEach member: ./svo definitions show NAME%n");
            } else {
                show(out, (FileDefinition) d, registry);
            }
            if (sql) {
                out.printf("%nsql condition (over the %s view):%n  %s%n", d.view(), d.sqlCondition());
                out.printf("sql deciding rule:%n  %s%n", d.sqlRule());
            }
            return 0;
        }

        private static void show(PrintWriter out, FileDefinition d, DefinitionRegistry registry) {
            out.printf("%s: %s%n", d.label(), d.title());
            out.printf("%-12s %s%n", "in force", inForce(d));
            if (registry.asInForce(d.family()) instanceof InForceDefinition f) {
                out.printf("%-12s %s (as in force: %s)%n", "family", d.family(), f.label());
            }
            out.printf("%-12s %s%n", "applies to", d.view());
            if (d.approximate()) {
                out.printf("%-12s %s: approximate, see ./svo definitions police-uk%n", "approximates", d.approximates());
            }
            out.printf("%-12s %s%n", "source", d.source());
            out.printf("%-12s %s (sha256 %s)%n", "file", d.origin(), d.sha256().substring(0, 12));
            out.printf("%nstatement%n");
            wrap(out, d.statement(), "  ");
            out.printf("%nexclusions, tried first (the first that matches decides: out)%n");
            if (d.exclusions().isEmpty()) out.println("  none");
            for (Rule r : d.exclusions()) rule(out, r);
            out.printf("%ninclusions (the first that matches decides: in; if none matches: out, \"no inclusion rule\")%n");
            for (Rule r : d.inclusions()) rule(out, r);
            if (!d.judgements().isEmpty()) {
                out.printf("%njudgements%n");
                for (String j : d.judgements()) wrap(out, "- " + j, "  ");
            }
        }

        private static void rule(PrintWriter out, Rule r) {
            out.printf("  %s: %s%n", r.label(), r.text());
            if (!r.why().isEmpty()) wrap(out, "why: " + r.why(), "      ");
        }
    }

    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = "By offence, how many occurrences move in or out between two definitions over a period.")
    static final class DiffCommand implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Mixin
        DefinitionOptions definitionOptions;

        @Parameters(index = "0", paramLabel = "FROM", description = "The definition to compare from (e.g. svb-2024).")
        String from;

        @Parameters(index = "1", paramLabel = "TO", description = "The definition to compare to (e.g. svb-2025).")
        String to;

        @Option(names = "--period", required = true, paramLabel = "PERIOD",
                description = "Occurrences committed in: FY2025, CY2025, YE2025-12, 2025-04-01..2026-03-31.")
        String period;

        @Option(names = "--list", description = "Also list each occurrence that moves, with its deciding rule under each definition.")
        boolean list;

        @Option(names = "--format", defaultValue = "table", description = "table or csv (default: ${DEFAULT-VALUE}).")
        String format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            DefinitionRegistry registry = definitionOptions.registry();
            Definition a = DefinitionOptions.resolve(registry, from, false);
            Definition b = DefinitionOptions.resolve(registry, to, false);
            Period p = Period.parse(period);
            List<Classifier.Span> spans = p.spans().stream()
                    .map(s -> new Classifier.Span(s.start(), s.endExclusive())).toList();
            try (Store store = storeOptions.open()) {
                Classifier.Diff diff = Classifier.diff(store, a, b, spans);
                boolean csv = "csv".equals(format);
                if (!csv) {
                    out.printf("From %s to %s, %s (occurrences committed %s)%n%n", described(a), described(b), p.label(),
                            spanText(p));
                }
                TextTable t = new TextTable("offence group", "offence", "#in " + a.name(), "#in " + b.name(),
                        "#moving in", "#moving out");
                for (Classifier.OffenceChange o : diff.moving()) {
                    t.row(o.offenceGroup(), o.offence(), o.inA(), o.inB(), o.movingIn(), o.movingOut());
                }
                if (!csv) {
                    long movingA = diff.moving().stream().mapToLong(Classifier.OffenceChange::inA).sum();
                    long movingB = diff.moving().stream().mapToLong(Classifier.OffenceChange::inB).sum();
                    t.row("total", "", movingA, movingB, diff.movingIn(), diff.movingOut());
                }
                if (diff.moving().isEmpty() && !csv) out.println("No occurrence moves in or out.");
                else t.print(out, format);
                if (!csv) {
                    out.printf("%nAll offences: %s counts %,d; %s counts %,d; %,d move in, %,d move out.%n",
                            a.name(), diff.totalA(), b.name(), diff.totalB(), diff.movingIn(), diff.movingOut());
                }
                if (list) {
                    if (!csv) out.println();
                    TextTable l = new TextTable("occurrence", "committed", "offence", "moves",
                            "rule under " + a.name(), "rule under " + b.name());
                    for (Classifier.Move m : Classifier.moves(store, a, b, spans)) {
                        l.row(m.occurrenceId(), m.committedFrom(), m.offence(), m.movesIn() ? "in" : "out", m.ruleA(), m.ruleB());
                    }
                    l.print(out, format);
                }
            }
            return 0;
        }

        private static String spanText(Period p) {
            List<String> parts = new ArrayList<>();
            for (Period.Span s : p.spans()) parts.add(s.start() + " to " + s.endInclusive());
            return String.join(", ", parts);
        }
    }

    @Command(name = "police-uk", mixinStandardHelpOptions = true,
            description = "Show how police.uk crime types map onto the offence groups (approximate), and what cannot be classified.")
    static final class PoliceUkCommand implements Callable<Integer> {
        @Option(names = "--format", defaultValue = "table", description = "table or csv (default: ${DEFAULT-VALUE}).")
        String format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (!"csv".equals(format)) {
                out.println("police.uk crime types counted as offence groups (approximate: police.uk never says more "
                        + "than its crime type)");
                out.println();
            }
            TextTable t = new TextTable("police.uk crime type", "counted as (approximate)", "fit", "note");
            for (PoliceUkCrimeTypes.Mapping m : PoliceUkCrimeTypes.MAPPINGS) {
                t.row(m.crimeType(), m.group(), m.fit().name().toLowerCase(), m.note());
            }
            t.print(out, format);
            if (!"csv".equals(format)) {
                out.println();
                out.println("Cannot be classified from police.uk: the partnership definitions (svb-*: no GBH/ABH split, "
                        + "no domestic-abuse flag), knife crime (no weapon flags), time of day (month only).");
                out.println("Home Office serious violence is bracketed by police-uk-sv-lower (robbery, possession of "
                        + "weapons) and police-uk-sv-upper (plus all violence and sexual offences).");
            }
            return 0;
        }
    }

    /** The label, with "as in force" for a family judged by date. */
    static String described(Definition d) {
        return d.label() + (d instanceof InForceDefinition ? " as in force" : "");
    }

    static String inForce(Definition d) {
        return d.effectiveTo() == null ? "from " + d.effectiveFrom() : d.effectiveFrom() + " to " + d.effectiveTo();
    }

    /** Prints text wrapped at 100 characters, continuation lines indented two more spaces. */
    static void wrap(PrintWriter out, String text, String indent) {
        StringBuilder line = new StringBuilder(indent);
        boolean first = true;
        for (String word : text.strip().split("\\s+")) {
            if (!first && line.length() + 1 + word.length() > 100) {
                out.println(line);
                line = new StringBuilder(indent + "  ");
                first = true;
            }
            if (!first) line.append(' ');
            line.append(word);
            first = false;
        }
        out.println(line);
    }
}
