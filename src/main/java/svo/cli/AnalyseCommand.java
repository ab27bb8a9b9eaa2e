package svo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import svo.BadInputException;
import svo.analysis.Analysis;
import svo.analysis.AnalysisCatalog;
import svo.analysis.Definitions;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.ScopeResolver;
import svo.analysis.Table;
import svo.store.Store;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code svo analyse ID --period P --definition D [--as-in-force] --area A --comparison previous|first
 * --format table|csv|json [--param k=v …]} runs one analysis; {@code svo analyse --list} lists them with the
 * SNA section each reproduces.
 */
@Command(name = "analyse", aliases = "analyze", mixinStandardHelpOptions = true,
        description = "Run one analysis over a definition, period and area (--list shows them all).")
public final class AnalyseCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "The analysis, e.g. trend.offence-type.")
    String id;

    @Option(names = "--list", description = "List the analyses with the SNA section each reproduces.")
    boolean list;

    @Option(names = "--period", paramLabel = "P",
            description = "FY2024, FY2022-FY2024, FY2022,FY2024, CY2025, YE2025-12, YE2023-12-YE2025-12 or 2024-06-01..2025-05-31 "
                    + "(default: the analysis's, usually the last three complete financial years).")
    String period;

    @Option(names = "--definition", paramLabel = "D", description = "The definition of serious violence (default: the analysis's, svb-2024 for the SNA tables).")
    String definition;

    @Option(names = "--as-in-force", description = "Judge each occurrence by the definition of the family in force on its date.")
    boolean asInForce;

    @Option(names = "--area", paramLabel = "A", description = "all (default), city, county, or a district name or code.")
    String area;

    @Option(names = "--comparison", paramLabel = "previous|first", description = "What the latest period is compared with (default previous).")
    String comparison;

    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table", description = "Output format (default table).")
    String format;

    @Option(names = "--table", paramLabel = "ID", description = "Only this table of the result (CSV prints the first unless given).")
    String table;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "An analysis parameter (see --list --format json).")
    Map<String, String> params = new LinkedHashMap<>();

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    DefinitionOptions definitionOptions;

    @Spec
    CommandSpec spec;

    private final AnalysisCatalog givenCatalog;
    private final Definitions givenDefinitions;
    private final Clock clock;
    private AnalysisCatalog catalog;
    private Definitions definitions;

    /** The definitions come from the shipped files and --definitions DIR, read when the command runs. */
    public AnalyseCommand() {
        this(null, null, Clock.systemDefaultZone());
    }

    /** With a given catalogue and definitions (tests); null for the standard ones. */
    AnalyseCommand(AnalysisCatalog catalog, Definitions definitions, Clock clock) {
        this.givenCatalog = catalog;
        this.givenDefinitions = definitions;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        definitions = givenDefinitions != null ? givenDefinitions : AnalysisCatalog.definitions(definitionOptions.registry());
        catalog = givenCatalog != null ? givenCatalog : AnalysisCatalog.standard(definitions);
        PrintWriter out = spec.commandLine().getOut();
        Output.Format fmt = Output.format(format);
        if (list) {
            Output.print(listing(), fmt, out);
            return 0;
        }
        if (id == null || id.isBlank()) {
            throw BadInputException.of("ID", "", "an analysis id (one of " + ids() + "); ./svo analyse --list describes them");
        }
        Analysis analysis = catalog.find(id.strip()).orElseThrow(() -> BadInputException.of("ID", id, "one of " + ids()));
        try (Store store = storeOptions.open()) {
            Scope scope = new ScopeResolver(definitions, clock).resolve(store, analysis,
                    new ScopeResolver.Request(period, definition, asInForce, area, comparison, params));
            Result result = analysis.run(store, scope);
            ResultOutput.print(result, analysis.section(), fmt, table, out, spec.commandLine().getErr());
        }
        return 0;
    }

    private String ids() {
        return String.join(", ", catalog.all().stream().map(Analysis::id).toList());
    }

    private Table listing() {
        Table.Builder t = Table.builder("analyses", "Analyses").columns(
                svo.analysis.Column.text("id", "Id"), svo.analysis.Column.text("section", "SNA section"),
                svo.analysis.Column.text("title", "Title"), svo.analysis.Column.text("datasets", "Data sets"),
                svo.analysis.Column.text("default_definition", "Default definition"),
                svo.analysis.Column.text("parameters", "Parameters"));
        for (Analysis a : catalog.all()) {
            List<String> ps = new ArrayList<>();
            new java.util.TreeMap<>(a.parameters()).forEach((k, v) -> ps.add(k + ": " + v));
            t.row(a.id(), a.section(), a.title(), String.join(", ", a.datasets()),
                    a.defaultDefinition() == null ? "none" : a.defaultDefinition(), String.join("; ", ps));
        }
        return t.build();
    }
}
