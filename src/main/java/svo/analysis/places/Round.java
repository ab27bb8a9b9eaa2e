package svo.analysis.places;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding as the product prints figures: half-up, from exact values where the inputs are counts. */
final class Round {
    private Round() {}

    /** numerator × scale / denominator, rounded half-up to {@code places} decimals; null when the denominator is 0. */
    static BigDecimal ratio(long numerator, long scale, long denominator, int places) {
        if (denominator <= 0) return null;
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(scale))
                .divide(BigDecimal.valueOf(denominator), places, RoundingMode.HALF_UP);
    }

    /** Percentage of part in whole, one decimal place. */
    static BigDecimal percent(long part, long whole) {
        return ratio(part, 100, whole, 1);
    }

    /** A double rounded half-up to {@code places}; null for NaN or infinity. */
    static BigDecimal of(double v, int places) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return null;
        return new BigDecimal(Double.toString(v)).setScale(places, RoundingMode.HALF_UP);
    }
}
