package svo.report;

import svo.BadInputException;

/**
 * A named rule for publishing counts without identifying anyone, printed in every public report that uses it.
 *
 * <ul>
 * <li>{@code none}: restricted reports; every figure as computed.</li>
 * <li>{@code small-counts} (police data): counts from 1 to {@code threshold} (default 4) are shown as
 * "&lt;5"; other cells are withheld as "[c]" wherever a suppressed count could be worked out from a total.</li>
 * <li>{@code nhs-hes} (health data, NHS Digital's convention for HES and ECDS below national level): counts
 * 1–7 shown as "*", zero stays zero, every other count rounded to the nearest 5; a percentage is shown only
 * where its denominator (the count it names as its basis), rounded, is at least {@code minDenominator}.</li>
 * </ul>
 */
public record DisclosureRule(Kind kind, int threshold, int minDenominator) {
    /** The rules there are. */
    public enum Kind { NONE, SMALL_COUNTS, NHS_HES }

    /** Default largest count that small-counts suppresses ("from 1 to 4"). */
    public static final int DEFAULT_THRESHOLD = 4;
    /** Counts 1–7 are suppressed under nhs-hes. */
    public static final int NHS_HES_THRESHOLD = 7;
    /**
     * Smallest rounded denominator for which nhs-hes shows a percentage: NHS Digital's presentation rule, under
     * which a whole-number percentage is within one point of the true one from a rounded denominator of 400.
     */
    public static final int DEFAULT_MIN_DENOMINATOR = 400;

    public static final DisclosureRule NONE = new DisclosureRule(Kind.NONE, 0, 0);

    public DisclosureRule {
        if (kind == Kind.SMALL_COUNTS && threshold < 1) throw new IllegalArgumentException("threshold must be at least 1");
        if (kind == Kind.NHS_HES) threshold = NHS_HES_THRESHOLD;
    }

    /** The small-counts rule with the given threshold (largest count suppressed). */
    public static DisclosureRule smallCounts(int threshold) {
        return new DisclosureRule(Kind.SMALL_COUNTS, threshold, 0);
    }

    /** The nhs-hes rule. */
    public static DisclosureRule nhsHes(int minDenominator) {
        return new DisclosureRule(Kind.NHS_HES, NHS_HES_THRESHOLD, minDenominator);
    }

    /** Parses a rule name as given on the command line. */
    public static DisclosureRule parse(String name, int threshold, int minDenominator) {
        String n = name == null ? "" : name.strip().toLowerCase();
        return switch (n) {
            case "small-counts" -> smallCounts(threshold);
            case "nhs-hes" -> nhsHes(minDenominator);
            case "none" -> NONE;
            default -> throw BadInputException.of("--rule", name, "small-counts, nhs-hes or none");
        };
    }

    /** "small-counts", "nhs-hes", "none". */
    public String id() {
        return switch (kind) {
            case NONE -> "none";
            case SMALL_COUNTS -> "small-counts";
            case NHS_HES -> "nhs-hes";
        };
    }

    /** True when the rule changes anything. */
    public boolean active() {
        return kind != Kind.NONE;
    }

    /** What a primary-suppressed count shows: "&lt;5" or "*". */
    public String primaryMark() {
        return kind == Kind.NHS_HES ? "*" : "<" + (threshold + 1);
    }

    /** What a cell withheld to protect another shows: "[c]" or "*". */
    public String secondaryMark() {
        return kind == Kind.NHS_HES ? "*" : "[c]";
    }

    /** The rule in words, as printed in the report. */
    public String describe() {
        return switch (kind) {
            case NONE -> "No disclosure control: restricted report for partnership analysts; every figure as computed.";
            case SMALL_COUNTS -> "small-counts: any count from 1 to " + threshold + " is shown as \"" + primaryMark()
                    + "\". Where such a count could be worked out from a total of its row or column (printed here or "
                    + "published elsewhere), a further cell is withheld and shown as \"[c]\" (secondary suppression). "
                    + "Rates, percentages and other figures built on a withheld count are withheld too, as is a "
                    + "percentage of a small part (for example 3 of 60). Zeros are shown.";
            case NHS_HES -> "nhs-hes (NHS Digital's convention for HES and ECDS below national level): counts from 1 to 7 "
                    + "are shown as \"*\", zero stays zero, and every other count is rounded to the nearest 5, so rounded "
                    + "figures need not add up to rounded totals. Where a suppressed count could be worked out from a total, "
                    + "a further cell is shown as \"*\". A percentage is shown only where its denominator, rounded, is at "
                    + "least " + minDenominator + "; rates and percentages built on a suppressed count are suppressed.";
        };
    }
}
