package svo.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The product's one rounding rule, used by every analysis: percentages and rates are computed exactly and
 * rounded half-up to one decimal place (29.55 → 29.6, never banker's rounding, never binary floating point);
 * a sentence rounds half-up to a whole number ("a 14% reduction" for 13.63%). The SNA sometimes truncates
 * ("24%" for a 24.7% fall); the product rounds, consistently.
 *
 * <pre>
 * Rounding.percent(740, 2485)        // 29.8
 * Rounding.changePercent(2523, 2179) // -13.6
 * Rounding.changePercent(2523, 2179, 0)                 // -14, as a sentence says it (from the exact value)
 * Rounding.rate(4180, 270468, 1000)  // 15.5 per 1,000
 * </pre>
 */
public final class Rounding {
    /** Decimal places of a printed percentage or rate. */
    public static final int DECIMALS = 1;
    /** The rounding mode of every printed figure. */
    public static final RoundingMode MODE = RoundingMode.HALF_UP;

    private Rounding() {}

    /** {@code part} as a percentage of {@code whole}, one decimal place; null when {@code whole} is 0 (nothing to divide). */
    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) return null;
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), DECIMALS, MODE);
    }

    /** {@code count} per {@code per} of {@code population}, one decimal place; null without a population. */
    public static BigDecimal rate(long count, Long population, int per) {
        if (population == null || population <= 0) return null;
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(per)).divide(BigDecimal.valueOf(population), DECIMALS, MODE);
    }

    /** The change from {@code from} to {@code to} as a percentage of {@code from}; null when {@code from} is 0. */
    public static BigDecimal changePercent(long from, long to) {
        return changePercent(from, to, DECIMALS);
    }

    /**
     * The change as a percentage rounded to {@code places} decimals from its exact value: a sentence uses 0
     * (rounding the one-decimal figure again could round twice: 24.45 → 24.5 → 25).
     */
    public static BigDecimal changePercent(long from, long to, int places) {
        if (from == 0) return null;
        return BigDecimal.valueOf(to - from).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(from), places, MODE);
    }

    /** {@code part} as a percentage of {@code whole} rounded to {@code places} decimals from its exact value. */
    public static BigDecimal percent(long part, long whole, int places) {
        if (whole == 0) return null;
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), places, MODE);
    }

    /** The change between two exact shares, in percentage points, one decimal place. */
    public static BigDecimal pointsChange(long fromPart, long fromWhole, long toPart, long toWhole) {
        if (fromWhole == 0 || toWhole == 0) return null;
        BigDecimal a = BigDecimal.valueOf(fromPart).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(fromWhole), 12, MODE);
        BigDecimal b = BigDecimal.valueOf(toPart).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(toWhole), 12, MODE);
        return b.subtract(a).setScale(DECIMALS, MODE);
    }

    /** An average ({@code total / n}), one decimal place; null when {@code n} is 0. */
    public static BigDecimal mean(long total, long n) {
        if (n == 0) return null;
        return BigDecimal.valueOf(total).divide(BigDecimal.valueOf(n), DECIMALS, MODE);
    }

    /** An exact figure as a sentence prints it: half-up to a whole number. Round exact values only, never a rounded one. */
    public static BigDecimal whole(BigDecimal exact) {
        return exact == null ? null : exact.setScale(0, MODE);
    }

    /** A computed double (a rate ratio, an interval bound) to a fixed number of decimals, half-up on its exact value. */
    public static BigDecimal decimals(double value, int places) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return null;
        return new BigDecimal(value).setScale(places, MODE);
    }
}
