package svo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import svo.BadInputException;
import svo.analysis.AnalysisCatalog;
import svo.analysis.Definitions;
import svo.definitions.Definition;
import svo.delivery.EarlyWarning;
import svo.store.Jdbc;
import svo.store.Store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

/**
 * {@code svo early-warning --month 2025-12}: the cells (district × offence type × age group, and their totals) whose
 * count in the month is above its upper limit or has risen for three months, with the size of the rise and its
 * uncertainty.
 */
@Command(name = "early-warning", mixinStandardHelpOptions = true,
        description = "Monthly statistical control per district, offence type and victim age group: what is rising, by how much.")
final class EarlyWarningCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;
    @Spec
    CommandSpec spec;
    @Option(names = "--month", paramLabel = "YYYY-MM", description = "The month to check (default: the last month the records cover in full).")
    String month;
    @Option(names = "--definition", paramLabel = "D", defaultValue = "svb-2024",
            description = "The definition every month is counted under (default ${DEFAULT-VALUE}).")
    String definition;
    @Option(names = "--all", description = "Every cell tested, not only the flagged ones.")
    boolean all;
    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table", description = "Output format (default table).")
    String format;

    private final Definitions definitions;

    EarlyWarningCommand() {
        this(AnalysisCatalog.standardDefinitions());
    }

    EarlyWarningCommand(Definitions definitions) {
        this.definitions = definitions;
    }

    @Override
    public Integer call() {
        Output.Format f = Output.format(format);
        Definition d = definitions.resolve(definition, false);
        try (Store store = storeOptions.open()) {
            YearMonth m = month == null ? lastFullMonth(store) : parse(month);
            EarlyWarning.Assessment a = EarlyWarning.assess(EarlyWarning.load(store, d, m), m, d.label());
            Output.print(EarlyWarning.table(a, all), f, spec.commandLine().getOut());
        }
        return 0;
    }

    private static YearMonth parse(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw BadInputException.of("--month", text, "a month as YYYY-MM, e.g. 2025-12");
        }
    }

    private static YearMonth lastFullMonth(Store store) {
        LocalDate end = Jdbc.queryOne(store.connection(), "SELECT CAST(max(committed_from) AS DATE) FROM occurrence",
                rs -> rs.getObject(1, LocalDate.class)).orElse(null);
        if (end == null) {
            throw new BadInputException(null, 0, "--month", null, "a month such as 2025-12",
                    "No occurrences are loaded; import them first (./svo import --dataset occurrences FILE).");
        }
        YearMonth m = YearMonth.from(end);
        return end.equals(m.atEndOfMonth()) ? m : m.minusMonths(1);
    }
}
