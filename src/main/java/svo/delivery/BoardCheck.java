package svo.delivery;

import svo.BadInputException;
import svo.analysis.AnalysisCatalog;
import svo.analysis.Change;
import svo.analysis.Definitions;
import svo.analysis.Period;
import svo.analysis.RateRatio;
import svo.analysis.Rounding;
import svo.definitions.Definition;
import svo.ingest.delivery.Quarter;
import svo.store.Jdbc;
import svo.store.Store;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the board's quarterly check for a quarter: every indicator over the 12 months to the quarter's end, against
 * the same 12 months a year earlier (the analyses' exact Poisson test decides whether the change is more than chance)
 * and against the strategy's baseline year, with its value at the end of each of the last eight quarters for the
 * sparkline; the VRU measures; interventions and returns; the action plan; the early warning for the quarter's months.
 *
 * <pre>
 * BoardCheck check = new BoardCheck(AnalysisCatalog.standard(), AnalysisCatalog.standardDefinitions(),
 *         Strategy.derbyAndDerbyshire2026(), Clock.systemDefaultZone());
 * BoardPack pack = check.run(store, Quarter.parse("2025Q4"), "svb-2024");
 * </pre>
 *
 * Status: "improving" or "worsening" when the year-on-year change is significant (its direction read against the
 * indicator's direction of progress), "no significant change" otherwise; "no comparison" when the records do not
 * cover the year before; "not available" when the data an indicator needs are not loaded.
 */
public final class BoardCheck {
    /** Quarter-ends the sparkline shows (two years). */
    public static final int TREND_QUARTERS = 8;

    private final AnalysisCatalog catalogue;
    private final Definitions definitions;
    private final Strategy strategy;
    private final Clock clock;
    private final Register register = new Register();

    public BoardCheck(AnalysisCatalog catalogue, Definitions definitions, Strategy strategy, Clock clock) {
        this.catalogue = catalogue;
        this.definitions = definitions;
        this.strategy = strategy;
        this.clock = clock;
    }

    /** The first and last day the records cover (committed dates), or nulls on an empty store. */
    static LocalDate[] recordsCover(Store store) {
        return Jdbc.queryOne(store.connection(), "SELECT CAST(min(committed_from) AS DATE), CAST(max(committed_from) AS DATE) FROM occurrence",
                rs -> new LocalDate[] {rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)}).orElse(new LocalDate[2]);
    }

    /** The latest quarter the records cover to its last month. */
    public static Quarter latestQuarter(Store store) {
        LocalDate end = recordsCover(store)[1];
        if (end == null) {
            throw new BadInputException(null, 0, "--quarter", null, "a quarter such as 2025Q4",
                    "No occurrences are loaded, so there is no latest quarter; import them first (./svo import --dataset occurrences FILE).");
        }
        Quarter q = Quarter.of(end);
        return YearMonth.from(end).equals(q.lastMonth()) ? q : q.previous();
    }

    /** The check for {@code quarter}, counting under the named definition. */
    public BoardPack run(Store store, Quarter quarter, String definitionName) {
        Definition board = definitions.resolve(definitionName, false);
        LocalDate today = LocalDate.now(clock);
        LocalDate[] cover = recordsCover(store);
        List<String> notes = new ArrayList<>();
        if (cover[1] == null) notes.add("No occurrences are loaded: every indicator is empty.");
        else if (cover[1].isBefore(quarter.end().withDayOfMonth(1))) {
            throw new BadInputException(null, 0, "--quarter", quarter.toString(), "a quarter the records cover",
                    "The records end on " + cover[1] + "; the latest quarter they cover is " + latestQuarter(store) + ".");
        } else if (YearMonth.from(cover[1]).isBefore(quarter.lastMonth())) {
            notes.add("The records end on " + cover[1] + ", before the quarter ends: its figures are incomplete.");
        }
        List<Period.Span> trend = new ArrayList<>();
        for (int i = TREND_QUARTERS - 1; i >= 0; i--) {
            Quarter q = quarter;
            for (int k = 0; k < i; k++) q = q.previous();
            trend.add(Period.yearEnding(q.lastMonth()));
        }
        Period.Span latest = trend.get(trend.size() - 1);
        Period.Span yearEarlier = trend.get(trend.size() - 5);
        Period.Span baseline = strategy.baseline();
        List<Indicator> all = new ArrayList<>(strategy.headline());
        all.addAll(strategy.indicators());
        all.addAll(strategy.vruMeasures());
        // Span by span (so the in-scope tables are built once per span and definition), indicator by indicator.
        Map<String, Map<Period.Span, Indicator.Measure>> measures = new HashMap<>();
        List<Period.Span> spans = new ArrayList<>(trend);
        if (!spans.contains(baseline)) spans.add(baseline);
        Map<String, svo.analysis.Result> results = new HashMap<>();
        for (Period.Span span : spans) {
            for (Indicator ind : all) {
                Indicator.Measure m = covered(span, cover) ? ind.measure(store, catalogue, definitions, board, span, results)
                        : Indicator.Measure.missing(span, "the records do not cover " + span.label());
                measures.computeIfAbsent(ind.id(), k -> new LinkedHashMap<>()).put(span, m);
            }
        }
        List<BoardPack.IndicatorLine> headline = new ArrayList<>();
        for (Indicator ind : strategy.headline()) headline.add(line(ind, measures.get(ind.id()), trend, latest, yearEarlier, baseline));
        List<BoardPack.ObjectiveBlock> blocks = new ArrayList<>();
        for (Strategy.Objective o : strategy.objectives()) {
            List<BoardPack.IndicatorLine> lines = new ArrayList<>();
            for (Indicator ind : strategy.indicatorsOf(o.code())) lines.add(line(ind, measures.get(ind.id()), trend, latest, yearEarlier, baseline));
            blocks.add(new BoardPack.ObjectiveBlock(o, lines));
        }
        List<BoardPack.IndicatorLine> vru = new ArrayList<>();
        for (Indicator ind : strategy.vruMeasures()) vru.add(line(ind, measures.get(ind.id()), trend, latest, yearEarlier, baseline));

        Returns returns = new Returns(register);
        Map<String, List<Register.Figure>> figures = new HashMap<>();
        for (Register.Figure f : register.figures(store, Viewer.OPERATOR, null)) {
            figures.computeIfAbsent(f.interventionId(), k -> new ArrayList<>()).add(f);
        }
        List<BoardPack.InterventionLine> interventions = new ArrayList<>();
        for (Returns.Status s : returns.status(store, Viewer.OPERATOR, quarter, today)) {
            interventions.add(new BoardPack.InterventionLine(s.intervention(), s.quarterState(quarter, today), s.overdue(), s.delivery(),
                    figures.getOrDefault(s.intervention().id(), List.of())));
        }
        List<ActionPlan.Action> actions = new ActionPlan().actions(store, today);

        List<EarlyWarning.Signal> warnings = new ArrayList<>();
        List<String> warningNotes = new ArrayList<>();
        for (YearMonth m = YearMonth.from(quarter.start()); !m.isAfter(quarter.lastMonth()); m = m.plusMonths(1)) {
            if (cover[1] == null || cover[1].isBefore(m.atDay(1))) {
                warningNotes.add(m + ": not checked; the records end before it.");
                continue;
            }
            try {
                EarlyWarning.Assessment a = EarlyWarning.assess(EarlyWarning.load(store, board, m), m, board.label());
                warnings.addAll(a.flagged());
                warningNotes.add(m + ": " + a.flagged().size() + " of " + a.cellsTested() + " cells flagged.");
            } catch (BadInputException e) {
                warningNotes.add(m + ": not checked; " + e.getMessage());
            }
        }
        boolean synthetic = Jdbc.count(store.connection(), "SELECT count(*) FROM store_setting WHERE key = 'synthetic' AND value = 'true'") > 0;
        if (synthetic) notes.add(0, "SYNTHETIC DATA: this store holds the generated demo data set; no figure describes real people or crimes "
                + "(the interventions register and its published figures are real).");
        notes.add("Each indicator is counted over the 12 months to the end of the quarter (" + latest.label() + ") under "
                + board.label() + ", compared with the same 12 months a year earlier (" + yearEarlier.label() + "). "
                + "\"No significant change\": the exact 95% interval of the Poisson rate ratio includes 1.");
        return new BoardPack(strategy.title(), quarter, today, board.label(), cover[0], cover[1], synthetic, latest, yearEarlier,
                baseline, strategy.baselineNote(), headline, blocks, vru, interventions, actions, warnings, warningNotes, notes);
    }

    private static boolean covered(Period.Span span, LocalDate[] cover) {
        if (cover[0] == null) return true;
        return !YearMonth.from(cover[0]).isAfter(YearMonth.from(span.start())) && !YearMonth.from(cover[1]).isBefore(YearMonth.from(span.endInclusive()));
    }

    private static BoardPack.IndicatorLine line(Indicator ind, Map<Period.Span, Indicator.Measure> m, List<Period.Span> trend,
                                                Period.Span latest, Period.Span yearEarlier, Period.Span baseline) {
        Indicator.Measure now = m.get(latest), before = m.get(yearEarlier), base = m.get(baseline);
        List<Indicator.Measure> points = trend.stream().map(m::get).toList();
        BoardPack.Comparison yoy = compare(ind, before, now);
        BoardPack.Comparison sinceBase = compare(ind, base, now);
        String status, reason = null;
        if (!now.available()) {
            status = BoardPack.NOT_AVAILABLE;
            reason = now.unavailable();
        } else if (yoy == null) {
            status = BoardPack.NOT_COMPARABLE;
            reason = before.available() ? "nothing to compare with in " + yearEarlier.label() : before.unavailable();
        } else if (yoy.mark().equals(Change.Mark.NO_SIGNIFICANT_CHANGE.wording())) {
            status = BoardPack.NO_CHANGE;
        } else {
            boolean up = yoy.mark().equals(Change.Mark.UP.wording());
            status = up == (ind.good() == Indicator.Good.UP) ? BoardPack.IMPROVING : BoardPack.WORSENING;
        }
        return new BoardPack.IndicatorLine(ind, now, before, base, yoy, sinceBase, points, status, reason);
    }

    /** The change from {@code basis} to {@code now}, or null when either is missing or a share has no denominator. */
    static BoardPack.Comparison compare(Indicator ind, Indicator.Measure basis, Indicator.Measure now) {
        if (basis == null || now == null || !basis.available() || !now.available()) return null;
        if (ind.kind() == Indicator.Kind.COUNT) {
            Change c = Change.between(basis.span(), basis.numerator(), now.span(), now.numerator());
            return new BoardPack.Comparison(basis.span().label(), BigDecimal.valueOf(c.difference()), c.percent(), "count",
                    c.mark().wording(), c.ratio(), c.low(), c.high());
        }
        if (basis.denominator() == null || now.denominator() == null || basis.denominator() == 0 || now.denominator() == 0) return null;
        RateRatio r = RateRatio.of(now.numerator(), now.denominator(), basis.numerator(), basis.denominator());
        String mark = !r.significant() ? Change.Mark.NO_SIGNIFICANT_CHANGE.wording()
                : r.ratio() > 1 ? Change.Mark.UP.wording() : Change.Mark.DOWN.wording();
        return new BoardPack.Comparison(basis.span().label(), Rounding.pointsChange(basis.numerator(), basis.denominator(),
                now.numerator(), now.denominator()), null, "points", mark, Rounding.decimals(r.ratio(), 3),
                Rounding.decimals(r.low(), 3), Rounding.decimals(r.high(), 3));
    }

    /** A value as shown: a whole count, or a share rounded to one decimal place; null when unavailable. */
    static BigDecimal shown(Indicator ind, Indicator.Measure m) {
        if (m == null || !m.available()) return null;
        if (ind.kind() == Indicator.Kind.COUNT) return BigDecimal.valueOf(m.numerator());
        return m.denominator() == null || m.denominator() == 0 ? null : Rounding.percent(m.numerator(), m.denominator());
    }
}
