package svo.delivery;

import svo.analysis.Period;
import svo.ingest.delivery.Quarter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The board's quarterly check as data: serious violence overall and each objective's indicators over the rolling 12 months to the quarter's end
 * with the change on the same 12 months a year earlier (and its significance), the trend over two years and a status;
 * the Home Office VRU measures; the interventions and their returns; the action plan; and the early warning's flags
 * for the quarter's months. The web page and the PDF pack are renderings of this one record.
 */
public record BoardPack(String strategyTitle, Quarter quarter, LocalDate generatedOn, String definitionLabel,
                        LocalDate recordsFrom, LocalDate recordsTo, boolean synthetic, Period.Span latest, Period.Span yearEarlier,
                        Period.Span baseline, String baselineNote, List<IndicatorLine> headline, List<ObjectiveBlock> objectives,
                        List<IndicatorLine> vruMeasures,
                        List<InterventionLine> interventions, List<ActionPlan.Action> actions, List<EarlyWarning.Signal> warnings,
                        List<String> warningNotes, List<String> notes) {
    /** Statuses of an indicator. */
    public static final String IMPROVING = "improving";
    public static final String WORSENING = "worsening";
    public static final String NO_CHANGE = "no significant change";
    public static final String NOT_AVAILABLE = "not available";
    public static final String NOT_COMPARABLE = "no comparison";

    /** One objective with its indicators. */
    public record ObjectiveBlock(Strategy.Objective objective, List<IndicatorLine> indicators) {}

    /** A change from a basis to the latest value, tested against chance. */
    public record Comparison(String basisLabel, BigDecimal change, BigDecimal changePercent, String unit, String mark,
                             BigDecimal ratio, BigDecimal low, BigDecimal high) {
        /** "+12 (+4.3%)", "-1.8 points" (ASCII signs: the PDF's standard fonts have no minus sign). */
        public String text() {
            if (change == null) return "";
            String sign = change.signum() > 0 ? "+" : change.signum() < 0 ? "-" : "±";
            String abs = change.abs().toPlainString();
            if (unit.equals("points")) return sign + abs + " points";
            return sign + abs + (changePercent == null ? "" : " (" + (changePercent.signum() > 0 ? "+" : changePercent.signum() < 0 ? "-" : "±")
                    + changePercent.abs().toPlainString() + "%)");
        }
    }

    /** One indicator's line. */
    public record IndicatorLine(Indicator indicator, Indicator.Measure latest, Indicator.Measure yearEarlier, Indicator.Measure baseline,
                                Comparison yearOnYear, Comparison sinceBaseline, List<Indicator.Measure> trend, String status,
                                String reason) {
        /** The latest value as shown: a whole count, or a share to one decimal place. */
        public BigDecimal shown() {
            return BoardCheck.shown(indicator, latest);
        }
    }

    /** One intervention's line on the interventions panel, with the figures published about it. */
    public record InterventionLine(Register.Intervention intervention, String quarterReturn, List<Quarter> overdue,
                                   Returns.Delivery delivery, List<Register.Figure> published) {}
}
