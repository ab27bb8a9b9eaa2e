package svo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import svo.analysis.AnalysisCatalog;
import svo.analysis.Column;
import svo.analysis.Definitions;
import svo.analysis.Table;
import svo.delivery.BoardCheck;
import svo.delivery.BoardPack;
import svo.delivery.Strategy;
import svo.delivery.board.BoardHtml;
import svo.delivery.board.BoardPdf;
import svo.ingest.delivery.Quarter;
import svo.store.Store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code svo board --quarter 2025Q4 --out DIR}: the board's quarterly check, as a PDF pack (and the same page as
 * HTML) in DIR, with a summary of each indicator on the terminal.
 */
@Command(name = "board", mixinStandardHelpOptions = true,
        description = "The board's quarterly check: objectives' indicators, VRU measures, early warning, interventions, "
                + "action plan; a PDF pack with --out.")
final class BoardCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;
    @Spec
    CommandSpec spec;
    @Option(names = "--quarter", paramLabel = "Q", description = "e.g. 2025Q4 (default: the latest quarter the records cover).")
    String quarter;
    @Option(names = "--definition", paramLabel = "D", defaultValue = "svb-2024",
            description = "The definition every period is counted under (default ${DEFAULT-VALUE}, the SNA 2025's).")
    String definition;
    @Option(names = "--out", paramLabel = "DIR", description = "Write board-QUARTER.pdf and board-QUARTER.html here.")
    Path out;
    @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table", description = "Terminal output (default table).")
    String format;

    private final AnalysisCatalog catalogue;
    private final Definitions definitions;
    private final Clock clock;

    BoardCommand() {
        this(AnalysisCatalog.standard(), AnalysisCatalog.standardDefinitions(), Clock.systemDefaultZone());
    }

    BoardCommand(AnalysisCatalog catalogue, Definitions definitions, Clock clock) {
        this.catalogue = catalogue;
        this.definitions = definitions;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        Output.Format f = Output.format(format);
        PrintWriter w = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            Quarter q = quarter == null ? BoardCheck.latestQuarter(store) : Quarter.parse(quarter);
            BoardPack pack = new BoardCheck(catalogue, definitions, Strategy.derbyAndDerbyshire2026(), clock).run(store, q, definition);
            Output.print(table(pack), f, w);
            if (out != null) {
                try {
                    Files.createDirectories(out);
                    Path pdf = out.resolve("board-" + q + ".pdf");
                    Path html = out.resolve("board-" + q + ".html");
                    Path tmp = Files.createTempFile(out, ".board-", ".pdf");
                    try (OutputStream o = Files.newOutputStream(tmp)) {
                        BoardPdf.write(pack, o);
                    }
                    Files.move(tmp, pdf, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                    Files.writeString(html, BoardHtml.document(pack), StandardCharsets.UTF_8);
                    w.println("wrote " + pdf + " and " + html);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write the board pack to " + out + ": " + e.getMessage(), e);
                }
            }
            w.flush();
        }
        return 0;
    }

    /** One row per indicator and VRU measure. */
    static Table table(BoardPack p) {
        Table.Builder t = Table.builder("board", "Quarterly check " + p.quarter() + " (" + p.latest().label() + " against "
                + p.yearEarlier().label() + ")").columns(Column.text("objective", "Objective"), Column.text("indicator", "Indicator"),
                Column.number("latest", p.latest().label()), Column.number("year_earlier", p.yearEarlier().label()),
                Column.text("change", "Change"), Column.text("mark", "Significance"), Column.number("baseline", "Baseline " + p.baseline().label()),
                Column.text("status", "Status"), Column.text("reason", "Why"));
        List<BoardPack.IndicatorLine> lines = new ArrayList<>(p.headline());
        List<String> objectives = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) objectives.add("Serious violence overall");
        for (BoardPack.ObjectiveBlock b : p.objectives()) {
            for (BoardPack.IndicatorLine l : b.indicators()) {
                lines.add(l);
                objectives.add(b.objective().number() + ". " + b.objective().title());
            }
        }
        for (BoardPack.IndicatorLine l : p.vruMeasures()) {
            lines.add(l);
            objectives.add("Home Office VRU measure");
        }
        for (int i = 0; i < lines.size(); i++) {
            BoardPack.IndicatorLine l = lines.get(i);
            t.row(objectives.get(i), l.indicator().title() + (l.indicator().kind() == svo.delivery.Indicator.Kind.SHARE ? " (%)" : ""),
                    l.shown(), shown(l, l.yearEarlier()), l.yearOnYear() == null ? null : l.yearOnYear().text(),
                    l.yearOnYear() == null ? null : l.yearOnYear().mark(), shown(l, l.baseline()), l.status(), l.reason());
        }
        for (String n : p.notes()) t.note(n);
        long flags = p.warnings().size();
        long overdue = p.interventions().stream().mapToLong(x -> x.overdue().size()).sum();
        long actions = p.actions().stream().filter(a -> a.overdue()).count();
        t.note("Early warning: " + flags + " cell" + (flags == 1 ? "" : "s") + " flagged in the quarter; returns overdue: " + overdue
                + "; actions overdue: " + actions + ".");
        return t.build();
    }

    private static java.math.BigDecimal shown(BoardPack.IndicatorLine l, svo.delivery.Indicator.Measure m) {
        if (m == null || !m.available()) return null;
        if (l.indicator().kind() == svo.delivery.Indicator.Kind.COUNT) return java.math.BigDecimal.valueOf(m.numerator());
        return m.denominator() == null || m.denominator() == 0 ? null : svo.analysis.Rounding.percent(m.numerator(), m.denominator());
    }
}
