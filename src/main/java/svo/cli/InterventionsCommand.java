package svo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import svo.BadInputException;
import svo.analysis.Column;
import svo.analysis.Table;
import svo.delivery.AccessDeniedException;
import svo.delivery.Evaluation;
import svo.delivery.Register;
import svo.delivery.Returns;
import svo.delivery.Viewer;
import svo.ingest.ImportOptions;
import svo.ingest.ImportReport;
import svo.ingest.SourceFile;
import svo.ingest.delivery.Quarter;
import svo.ingest.delivery.ReturnMeasure;
import svo.store.Store;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code svo interventions}: the register, the figures published about each intervention, the evidence strands,
 * quarterly returns (import, status, history) and evaluation.
 */
@Command(name = "interventions", mixinStandardHelpOptions = true,
        description = "The interventions register, published figures, evidence strands, quarterly returns and evaluation.",
        subcommands = {InterventionsCommand.ListCmd.class, InterventionsCommand.Show.class, InterventionsCommand.Figures.class,
                InterventionsCommand.Strands.class, InterventionsCommand.ImportReturns.class, InterventionsCommand.ReturnsCmd.class,
                InterventionsCommand.Evaluate.class})
final class InterventionsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code --provider ORG}: see the register as that provider organisation would. */
    static Viewer viewer(String provider) {
        return provider == null || provider.isBlank() ? Viewer.OPERATOR : Viewer.provider(provider);
    }

    /** A provider asking for another's intervention is bad input on the command line (exit 2). */
    static RuntimeException refused(AccessDeniedException e) {
        return new BadInputException("refused: " + e.getMessage() + ".");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the interventions register.")
    static final class ListCmd implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;
        @Spec
        CommandSpec spec;
        @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table", description = "Output format (default table).")
        String format;
        @Option(names = "--provider", paramLabel = "ORG", description = "Only what this provider organisation may see.")
        String provider;

        @Override
        public Integer call() {
            Output.Format f = Output.format(format);
            try (Store store = storeOptions.open()) {
                Output.print(Register.table(new Register().list(store, viewer(provider))), f, spec.commandLine().getOut());
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "One intervention: its register entry, the figures published about it, its return measures and returns.")
    static final class Show implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID", description = "The intervention's id or name.")
        String id;
        @Option(names = "--provider", paramLabel = "ORG", description = "As this provider organisation.")
        String provider;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Store store = storeOptions.open()) {
                Register register = new Register();
                Viewer v = viewer(provider);
                Register.Intervention i;
                try {
                    i = register.find(store, v, id);
                } catch (AccessDeniedException e) {
                    throw refused(e);
                }
                Output.print(Register.table(List.of(i)), Output.Format.JSON, out);
                out.println();
                Output.print(Register.figuresTable(register.figures(store, v, i.id())), Output.Format.TABLE, out);
                out.println();
                Table.Builder m = Table.builder("measures", "Return measures").columns(Column.text("measure", "Measure"),
                        Column.text("unit", "Unit"), Column.text("kind", "Kind"), Column.text("required", "Required"),
                        Column.number("plan_per_quarter", "Plan per quarter"));
                for (ReturnMeasure r : register.measures(store, i.id())) {
                    m.row(r.name(), r.unit(), r.kind(), r.required() ? "yes" : "", r.planPerQuarter());
                }
                Output.print(m.build(), Output.Format.TABLE, out);
                out.println();
                Output.print(Returns.table(new Returns(register).history(store, v, i.id()), i), Output.Format.TABLE, out);
            }
            return 0;
        }
    }

    @Command(name = "figures", mixinStandardHelpOptions = true, description = "The figures published about the interventions, with their sources.")
    static final class Figures implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;
        @Spec
        CommandSpec spec;
        @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table", description = "Output format (default table).")
        String format;

        @Override
        public Integer call() {
            Output.Format f = Output.format(format);
            try (Store store = storeOptions.open()) {
                Output.print(Register.figuresTable(new Register().figures(store, Viewer.OPERATOR, null)), f, spec.commandLine().getOut());
            }
            return 0;
        }
    }

    @Command(name = "strands", mixinStandardHelpOptions = true,
            description = "The Youth Endowment Fund Toolkit strands with their published impact, evidence and source.")
    static final class Strands implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;
        @Spec
        CommandSpec spec;
        @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table", description = "Output format (default table).")
        String format;

        @Override
        public Integer call() {
            Output.Format f = Output.format(format);
            try (Store store = storeOptions.open()) {
                Output.print(Register.strandsTable(new Register().strands(store)), f, spec.commandLine().getOut());
            }
            return 0;
        }
    }

    @Command(name = "import-returns", mixinStandardHelpOptions = true,
            description = "Import quarterly returns (docs/datasets/intervention-returns.md); a return is taken whole or refused with the reason.")
    static final class ImportReturns implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "FILE", description = "The returns CSV.")
        Path file;
        @Option(names = "--lenient", description = "Load the good returns and keep the refused ones in the rejects report.")
        boolean lenient;
        @Option(names = "--provider", paramLabel = "ORG", description = "Submit as this provider organisation: only its own interventions, always strict.")
        String provider;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Store store = storeOptions.open()) {
                ImportReport r = new Returns(new Register()).submit(store, viewer(provider), SourceFile.inspect(file),
                        ImportOptions.strict().withLenient(lenient).withUser("cli:" + System.getProperty("user.name", "unknown")),
                        Clock.systemDefaultZone());
                out.println(ImportCommand.describe(r));
                if (!r.skipped()) {
                    long corrections = svo.store.Jdbc.count(store.connection(),
                            "SELECT count(*) FROM return_version WHERE batch_id = ? AND version > 1", r.batchId());
                    long returns = svo.store.Jdbc.count(store.connection(), "SELECT count(*) FROM return_version WHERE batch_id = ?", r.batchId());
                    out.printf("  %d return%s (intervention and quarter), %d correcting an earlier version (kept: ./svo interventions show ID)%n",
                            returns, returns == 1 ? "" : "s", corrections);
                }
            }
            return 0;
        }
    }

    @Command(name = "returns", mixinStandardHelpOptions = true,
            description = "Quarterly returns as of a quarter: expected, received, overdue, delivery against plan.")
    static final class ReturnsCmd implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;
        @Spec
        CommandSpec spec;
        @Option(names = "--quarter", paramLabel = "Q", description = "e.g. 2025Q4 (default: the last quarter that has ended).")
        String quarter;
        @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table", description = "Output format (default table).")
        String format;

        @Override
        public Integer call() {
            Output.Format f = Output.format(format);
            LocalDate today = LocalDate.now();
            Quarter q = quarter == null ? Quarter.of(today).previous() : Quarter.parse(quarter);
            try (Store store = storeOptions.open()) {
                Table.Builder t = Table.builder("returns_status", "Quarterly returns as of " + q).columns(
                        Column.text("intervention_id", "Id"), Column.text("intervention", "Intervention"), Column.text("owner", "Owner"),
                        Column.text("status", "Status"), Column.text("return", "Return for " + q), Column.count("expected", "Expected"),
                        Column.count("received", "Received"), Column.text("overdue", "Overdue"), Column.text("against_plan", "Against plan"));
                for (Returns.Status s : new Returns(new Register()).status(store, Viewer.OPERATOR, q, today)) {
                    t.row(s.intervention().id(), s.intervention().name(), s.intervention().owner(), s.intervention().status(),
                            s.quarterState(q, today), (long) s.expected().size(), (long) s.received().size(),
                            String.join(" ", s.overdue().stream().map(Quarter::toString).toList()), s.delivery().status());
                }
                Output.print(t.note("A return is due one month after its quarter ends.").build(), f, spec.commandLine().getOut());
            }
            return 0;
        }
    }

    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = "Evaluate an intervention: against a matched comparison group from the records (participant list), "
                    + "else reach, cost per participant and the provider's own outcome figures.")
    static final class Evaluate implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID", description = "The intervention's id or name.")
        String id;
        @Option(names = "--outcome", paramLabel = "offending|victimisation", defaultValue = "offending",
                description = "What is counted after the start (default offending: any occurrence as suspect or offender).")
        String outcome;
        @Option(names = "--months", paramLabel = "N", defaultValue = "12", description = "Months before and after the start (default 12).")
        int months;
        @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table", description = "Output format (default table).")
        String format;

        @Override
        public Integer call() {
            Output.Format f = Output.format(format);
            PrintWriter out = spec.commandLine().getOut();
            try (Store store = storeOptions.open()) {
                Evaluation.Report r;
                try {
                    r = new Evaluation(new Register()).evaluate(store, Viewer.OPERATOR, id, Evaluation.Outcome.parse(outcome), months,
                            LocalDate.now());
                } catch (AccessDeniedException e) {
                    throw refused(e);
                }
                if (f == Output.Format.TABLE) {
                    out.println(r.conclusion());
                    out.println();
                }
                for (Table t : r.tables()) {
                    if (f == Output.Format.TABLE) out.println(t.title());
                    Output.print(t, f, out);
                    if (f == Output.Format.TABLE) out.println();
                }
            }
            return 0;
        }
    }
}
