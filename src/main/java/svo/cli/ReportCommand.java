package svo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import svo.BadInputException;
import svo.analysis.AnalysisCatalog;
import svo.analysis.AnalysisContext;
import svo.analysis.Area;
import svo.analysis.Comparison;
import svo.analysis.Period;
import svo.definitions.Definition;
import svo.definitions.DefinitionRegistry;
import svo.report.Audience;
import svo.report.DisclosureRule;
import svo.report.Report;
import svo.report.ReportBuilder;
import svo.report.ReportCheckException;
import svo.report.ReportPlan;
import svo.report.ReportRequest;
import svo.report.publish.ReportFiles;
import svo.store.Store;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code svo report}: the reports the product publishes. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write reports: the Strategic Needs Assessment and the district profiles.",
        subcommands = {ReportCommand.Sna.class})
final class ReportCommand implements Runnable {
    /** Exit code when the report fails its own consistency check. */
    static final int CHECK_FAILED = 4;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code svo report sna}. */
    @Command(name = "sna", mixinStandardHelpOptions = true,
            description = "Write the Strategic Needs Assessment as sna.html, sna.pdf, sna.xlsx and sna-tables.zip in --out; "
                    + "with --districts, a profile of each district as well (in --out/districts/).")
    static final class Sna implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Mixin
        DefinitionOptions definitionOptions;

        @Spec
        CommandSpec spec;

        @Option(names = "--period", required = true, paramLabel = "PERIOD",
                description = "The year reported, shown with the years before it (see --years): FY2024, CY2025, YE2025-12; "
                        + "or the years to show: FY2022-FY2024.")
        String period;

        @Option(names = "--definition", defaultValue = "svb-2024", paramLabel = "NAME",
                description = "The definition of serious violence (default: ${DEFAULT-VALUE}).")
        String definition;

        @Option(names = "--as-in-force", description = "Judge each occurrence by the definition in force on its date "
                + "(the family of --definition) instead of one definition throughout.")
        boolean asInForce;

        @Option(names = "--audience", required = true, paramLabel = "AUDIENCE",
                description = "restricted (partnership analysts: every figure) or public (small numbers withheld).")
        String audience;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the files to.")
        Path out;

        @Option(names = "--districts", description = "Also write a profile of each district (the same report cut to the "
                + "district, compared with the partnership) in DIR/districts/.")
        boolean districts;

        @Option(names = "--area", paramLabel = "DISTRICT", description = "Report on one district (name or code) instead of the whole area.")
        String area;

        @Option(names = "--years", defaultValue = "3", paramLabel = "N",
                description = "Years shown when --period names one year (default: ${DEFAULT-VALUE}).")
        int years;

        @Option(names = "--compare", defaultValue = "previous", paramLabel = "BASIS",
                description = "Measure changes against the previous year (previous) or the first year shown (first).")
        String compare;

        @Option(names = "--rule", paramLabel = "RULE",
                description = "Apply one disclosure rule to every table of a public report: small-counts or nhs-hes "
                        + "(default: small-counts for police data, nhs-hes for health data).")
        String rule;

        @Option(names = "--threshold", defaultValue = "4", paramLabel = "N",
                description = "small-counts: the largest count withheld (default: ${DEFAULT-VALUE}, shown as \"<5\").")
        int threshold;

        @Option(names = "--min-denominator", defaultValue = "400", paramLabel = "N",
                description = "nhs-hes: the smallest rounded denominator a percentage is shown for (default: ${DEFAULT-VALUE}).")
        int minDenominator;

        @Option(names = "--threads", defaultValue = "2", paramLabel = "N",
                description = "Reports laid out at once (default: ${DEFAULT-VALUE}).")
        int threads;

        @Override
        public Integer call() {
            PrintWriter outw = spec.commandLine().getOut();
            Period p = Period.parse(period);
            Audience aud = Audience.parse(audience);
            Comparison basis = switch (compare.strip().toLowerCase(Locale.ROOT)) {
                case "previous" -> Comparison.PREVIOUS;
                case "first" -> Comparison.FIRST;
                default -> throw BadInputException.of("--compare", compare, "previous or first");
            };
            if (years < 1 || years > 20) throw BadInputException.of("--years", Integer.toString(years), "a number of years from 1 to 20");
            if (threshold < 1 || threshold > 99) throw BadInputException.of("--threshold", Integer.toString(threshold), "a count from 1 to 99");
            if (minDenominator < 0) throw BadInputException.of("--min-denominator", Integer.toString(minDenominator), "zero or more");
            DisclosureRule forced = rule == null ? null : DisclosureRule.parse(rule, threshold, minDenominator);
            long started = System.nanoTime(), built;
            DefinitionRegistry registry = definitionOptions.registry();
            Definition def = DefinitionOptions.resolve(registry, definition, asInForce);
            try (Store store = storeOptions.open()) {
                AnalysisContext ctx = AnalysisContext.of(store, name -> registry.find(name).map(d -> (Definition) d));
                ReportRequest req = new ReportRequest(def, asInForce, p, years, Area.ALL, basis, aud, forced, threshold, minDenominator,
                        ZonedDateTime.now(), commandLine(), "svo " + SvoCommand.class.getAnnotation(Command.class).version()[0].replace("svo ", ""));
                ReportBuilder builder = new ReportBuilder(AnalysisCatalog.standard(AnalysisCatalog.definitions(registry)), ctx, ReportPlan.sna(), new StoreMaps(store));
                List<Area> all = ctx.districts();
                Area main = area == null ? Area.ALL : district(all, area);
                if (districts && all.isEmpty()) {
                    throw new BadInputException(null, 0, "--districts", null, null,
                            "No districts are loaded, so there are no profiles to write: import the geography first (see ./svo import --list).");
                }
                List<Report> reports = new ArrayList<>();
                List<Path> files;
                try (ReportFiles.Pipeline pipeline = new ReportFiles.Pipeline(threads)) {
                    Report first = builder.build(req.withArea(main));
                    reports.add(first);
                    pipeline.submit(first, out, main.kind() == Area.Kind.DISTRICT ? ReportFiles.slug(main.name()) : "sna");
                    if (districts) {
                        for (Area d : all) {
                            Report profile = builder.build(req.withArea(d));
                            reports.add(profile);
                            pipeline.submit(profile, out.resolve("districts"), ReportFiles.slug(d.name()));
                        }
                    }
                    built = System.nanoTime();
                    files = pipeline.await();
                }
                long written = System.nanoTime();
                Report first = reports.get(0);
                long shown = first.sections().stream().filter(s -> !s.unavailable()).count();
                outw.printf("%s: %d of %d sections with content, %d tables, %d charts%s%n", first.meta().title(), shown,
                        first.sections().size(), first.tables().size(), first.charts().size(), first.meta().synthetic() ? " (synthetic data)" : "");
                outw.printf("wrote %d files for %d report%s in %s in %.1f s (analyses done after %.1f s; layout runs alongside)%n",
                        files.size(), reports.size(), reports.size() == 1 ? "" : "s", out, (written - started) / 1e9, (built - started) / 1e9);
                for (Path f : files) outw.println("  " + f);
                outw.flush();
                return 0;
            } catch (ReportCheckException e) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("report check failed: " + e.getMessage());
                err.flush();
                return CHECK_FAILED;
            }
        }

        private static Area district(List<Area> districts, String nameOrCode) {
            for (Area d : districts) {
                if (d.code().equalsIgnoreCase(nameOrCode.strip()) || d.name().equalsIgnoreCase(nameOrCode.strip())) return d;
            }
            throw BadInputException.of("--area", nameOrCode, districts.isEmpty() ? "a district, but no geography is loaded (import the districts first)"
                    : "a district name or code: " + String.join(", ", districts.stream().map(Area::name).toList()));
        }

        private String commandLine() {
            StringBuilder sb = new StringBuilder("./svo report sna --period ").append(period).append(" --definition ").append(definition)
                    .append(asInForce ? " --as-in-force" : "")
                    .append(" --audience ").append(audience.strip().toLowerCase(Locale.ROOT)).append(" --years ").append(years)
                    .append(" --compare ").append(compare.strip().toLowerCase(Locale.ROOT));
            if (area != null) sb.append(" --area '").append(area).append('\'');
            if (rule != null) sb.append(" --rule ").append(rule);
            if (threshold != DisclosureRule.DEFAULT_THRESHOLD) sb.append(" --threshold ").append(threshold);
            if (minDenominator != DisclosureRule.DEFAULT_MIN_DENOMINATOR) sb.append(" --min-denominator ").append(minDenominator);
            if (districts) sb.append(" --districts");
            return sb.append(" --out DIR").toString();
        }
    }
}
