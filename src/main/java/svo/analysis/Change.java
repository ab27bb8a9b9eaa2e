package svo.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * The change between two periods of one series, as every trend in the product states it: the basis it is
 * measured against (always printed), the absolute and percentage change, and the trend mark — up, down, or
 * "no significant change" when the exact 95% interval of the Poisson rate ratio includes 1 ({@link RateRatio}).
 *
 * <pre>
 * Change c = Change.of(Period.parse("FY2022-FY2024"), Comparison.PREVIOUS, new long[] {2485, 2523, 2179});
 * c.basisWording();   // "compared with 2023/24"
 * c.difference();     // -344
 * c.percent();        // -13.6
 * c.mark();           // DOWN
 * </pre>
 *
 * Years are compared as equal exposures (a leap year is not scaled); spans of other lengths are compared per
 * day.
 */
public record Change(String basisPeriod, String latestPeriod, long basisCount, long latestCount, long difference,
                     BigDecimal percent, RateRatio test, Mark mark) {

    /** The trend mark. */
    public enum Mark {
        UP("up"), DOWN("down"), NO_SIGNIFICANT_CHANGE("no significant change");

        private final String wording;

        Mark(String wording) {
            this.wording = wording;
        }

        /** As printed: "up", "down", "no significant change". */
        public String wording() {
            return wording;
        }
    }

    /**
     * The latest span's count against its basis (the span before it, or the first span), or null when the
     * period has a single span and there is nothing to compare with.
     */
    public static Change of(Period period, Comparison comparison, long[] countsBySpan) {
        List<Period.Span> spans = period.spans();
        if (countsBySpan.length != spans.size()) {
            throw new IllegalArgumentException(countsBySpan.length + " counts for " + spans.size() + " spans");
        }
        if (spans.size() < 2) return null;
        int latest = spans.size() - 1;
        int basis = basisIndex(period, comparison);
        return between(spans.get(basis), countsBySpan[basis], spans.get(latest), countsBySpan[latest]);
    }

    /** Index of the basis span: the one before the latest, or the first. */
    public static int basisIndex(Period period, Comparison comparison) {
        int n = period.spans().size();
        return comparison == Comparison.FIRST ? 0 : Math.max(0, n - 2);
    }

    /** The change from {@code basisCount} in {@code basis} to {@code latestCount} in {@code latest}. */
    public static Change between(Period.Span basis, long basisCount, Period.Span latest, long latestCount) {
        boolean years = isYear(basis) && isYear(latest);
        double tb = years ? 1 : basis.days();
        double ta = years ? 1 : latest.days();
        RateRatio test = RateRatio.of(latestCount, ta, basisCount, tb);
        Mark mark = !test.significant() ? Mark.NO_SIGNIFICANT_CHANGE
                : latestCount / ta > basisCount / tb ? Mark.UP : Mark.DOWN;
        return new Change(basis.label(), latest.label(), basisCount, latestCount, latestCount - basisCount,
                Rounding.changePercent(basisCount, latestCount), test, mark);
    }

    /** "compared with 2023/24": printed beside every change. */
    public String basisWording() {
        return basisWording(basisPeriod);
    }

    /** "compared with 2023/24". */
    public static String basisWording(String basisLabel) {
        return "compared with " + basisLabel;
    }

    /**
     * A sentence with the change rounded to a whole number: "fell by 14% (2,523 to 2,179)", "rose by 8% (4,389
     * to 4,733)", "did not change (12 to 12)".
     */
    public String sentence() {
        String counts = String.format("(%,d to %,d)", basisCount, latestCount);
        if (difference == 0) return "did not change " + counts;
        BigDecimal whole = Rounding.changePercent(basisCount, latestCount, 0);
        if (whole == null) return "rose from none to " + String.format("%,d", latestCount);
        return (difference < 0 ? "fell by " : "rose by ") + whole.abs().toPlainString() + "% " + counts;
    }

    /** The rate ratio rounded for printing (3 decimals), null when undefined. */
    public BigDecimal ratio() {
        return Rounding.decimals(test.ratio(), 3);
    }

    /** Lower bound of the 95% interval (3 decimals). */
    public BigDecimal low() {
        return Rounding.decimals(test.low(), 3);
    }

    /** Upper bound of the 95% interval (3 decimals), null when unbounded. */
    public BigDecimal high() {
        return Rounding.decimals(test.high(), 3);
    }

    private static boolean isYear(Period.Span s) {
        return s.start().plusYears(1).equals(s.endExclusive());
    }
}
