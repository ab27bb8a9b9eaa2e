package svo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import svo.BadInputException;
import svo.definitions.Classifier;
import svo.definitions.Definition;
import svo.definitions.DefinitionRegistry;
import svo.definitions.FileDefinition;
import svo.definitions.InForceDefinition;
import svo.store.Store;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code svo classify}: stores, for each definition asked, every active occurrence in or out and the deciding
 * rule (table {@code classification}); {@code svo classify explain ID}: why one occurrence is in or out.
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = "Classify every occurrence under the definitions asked (default: all) and store in/out and the deciding rule.",
        subcommands = ClassifyCommand.ExplainCommand.class)
final class ClassifyCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Mixin
    DefinitionOptions definitionOptions;

    @Option(names = "--definition", paramLabel = "NAME",
            description = "A definition or family to classify by (repeatable; default: every definition over occurrences, and every family as in force).")
    List<String> names = new ArrayList<>();

    @Option(names = "--as-in-force", description = "Judge each occurrence by the member of the named definition's family in force on its date.")
    boolean asInForce;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DefinitionRegistry registry = definitionOptions.registry();
        List<Definition> definitions = chosen(registry, names, asInForce);
        try (Store store = storeOptions.open()) {
            TextTable t = new TextTable("definition", "#occurrences", "#in", "#in %", "#seconds");
            for (Definition d : definitions) {
                Classifier.Run run = Classifier.classify(store, d);
                t.row(DefinitionsCommand.described(d), String.format("%,d", run.occurrences()),
                        String.format("%,d", run.included()),
                        run.occurrences() == 0 ? "" : String.format("%.1f", 100.0 * run.included() / run.occurrences()),
                        String.format("%.2f", run.seconds()));
            }
            t.print(out, "table");
            out.println();
            out.println("Stored in the table classification (one row per occurrence and definition); "
                    + "why one occurrence is in or out: ./svo classify explain OCCURRENCE_ID");
        }
        return 0;
    }

    /** The definitions named (or, with none named, every definition over occurrences and every family as in force). */
    static List<Definition> chosen(DefinitionRegistry registry, List<String> names, boolean asInForce) {
        if (names.isEmpty()) {
            if (asInForce) throw BadInputException.of("--as-in-force", "", "--definition NAME with it");
            return registry.everything().stream().filter(d -> d.view().equals("occurrence")).toList();
        }
        List<Definition> out = new ArrayList<>();
        for (String n : names) out.add(DefinitionOptions.resolve(registry, n, asInForce));
        return out;
    }

    @Command(name = "explain", mixinStandardHelpOptions = true,
            description = "Show one occurrence and, for each definition, whether it is in or out and the rule that decided it.")
    static final class ExplainCommand implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Mixin
        DefinitionOptions definitionOptions;

        @Parameters(paramLabel = "OCCURRENCE_ID", description = "The occurrence id as in the source data.")
        String occurrenceId;

        @Option(names = "--definition", paramLabel = "NAME", description = "Only these definitions (repeatable; default: all).")
        List<String> names = new ArrayList<>();

        @Option(names = "--as-in-force", description = "Judge the named definitions as in force.")
        boolean asInForce;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            DefinitionRegistry registry = definitionOptions.registry();
            List<Definition> definitions = chosen(registry, names, asInForce);
            try (Store store = storeOptions.open()) {
                List<Classifier.Explanation> found = Classifier.explain(store, occurrenceId, definitions);
                if (found.isEmpty()) {
                    throw new BadInputException(null, 0, "occurrence", occurrenceId,
                            "the id of an occurrence in an active batch", "Check the id, or list batches with ./svo status.");
                }
                for (Classifier.Explanation e : found) {
                    out.printf("occurrence %s (batch %d)%n", e.occurrenceId(), e.batchId());
                    out.printf("  committed %s; offence %s (%s)%s%n", e.committedFrom(), e.offence(), e.offenceGroup(),
                            e.hoCode() == null ? "" : "; Home Office code " + e.hoCode());
                    List<String> flags = new ArrayList<>();
                    for (Map.Entry<String, Boolean> f : e.flags().entrySet()) {
                        flags.add(f.getKey().replace('_', ' ') + " " + (f.getValue() ? "yes" : "no"));
                    }
                    out.printf("  %s%n%n", String.join(", ", flags));
                    TextTable t = new TextTable("definition", "in/out", "deciding rule", "condition");
                    for (Classifier.Judgement j : e.judgements()) {
                        t.row(DefinitionsCommand.described(j.definition()),
                                j.included() ? "in" : "out", j.rule(), condition(j));
                    }
                    t.print(out, "table");
                    out.println();
                }
            }
            return 0;
        }

        /** The condition of the deciding rule as written in its file. */
        private static String condition(Classifier.Judgement j) {
            String rule = j.rule();
            FileDefinition owner = null;
            if (j.definition() instanceof FileDefinition f) owner = f;
            if (j.definition() instanceof InForceDefinition f && rule.endsWith(")")) {
                String member = rule.substring(rule.lastIndexOf(" (") + 2, rule.length() - 1);
                owner = f.members().stream().filter(m -> m.name().equals(member)).findFirst().orElse(null);
                rule = rule.substring(0, rule.lastIndexOf(" ("));
            }
            if (owner == null) return "";
            String label = rule;
            return owner.rule(label).map(svo.definitions.Rule::text).orElse("");
        }
    }
}
