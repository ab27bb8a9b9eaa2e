package svo.report;

import svo.analysis.Area;
import svo.analysis.Comparison;
import svo.analysis.Period;
import svo.definitions.Definition;

import java.time.ZonedDateTime;

/**
 * What to report on: definition, period (a single year is shown with the {@code years - 1} years before it), area,
 * comparison basis and audience; the disclosure rule to force on every table (null: each table's own, small-counts
 * for police data and nhs-hes for health data, in public reports); when it was generated and by which command.
 */
public record ReportRequest(Definition definition, boolean asInForce, Period period, int years, Area area, Comparison comparison,
                            Audience audience, DisclosureRule ruleOverride, int threshold, int minDenominator,
                            ZonedDateTime generatedAt, String commandLine, String software) {
    /** The defaults: three years, whole area, compared with the previous year, each table's own rule. */
    public static ReportRequest of(Definition definition, Period period, Audience audience, ZonedDateTime generatedAt) {
        return new ReportRequest(definition, false, period, 3, Area.ALL, Comparison.PREVIOUS, audience, null,
                DisclosureRule.DEFAULT_THRESHOLD, DisclosureRule.DEFAULT_MIN_DENOMINATOR, generatedAt, null, "svo");
    }

    public ReportRequest withArea(Area other) {
        return new ReportRequest(definition, asInForce, period, years, other, comparison, audience, ruleOverride, threshold, minDenominator,
                generatedAt, commandLine, software);
    }

    public ReportRequest withRule(DisclosureRule rule) {
        return new ReportRequest(definition, asInForce, period, years, area, comparison, audience, rule, threshold, minDenominator,
                generatedAt, commandLine, software);
    }

    public ReportRequest withCommandLine(String line, String softwareVersion) {
        return new ReportRequest(definition, asInForce, period, years, area, comparison, audience, ruleOverride, threshold, minDenominator,
                generatedAt, line, softwareVersion);
    }

    public ReportRequest withThresholds(int smallCountThreshold, int minimumDenominator) {
        return new ReportRequest(definition, asInForce, period, years, area, comparison, audience, ruleOverride, smallCountThreshold,
                minimumDenominator, generatedAt, commandLine, software);
    }

    public ReportRequest withComparison(Comparison basis, int yearsShown) {
        return new ReportRequest(definition, asInForce, period, yearsShown, area, basis, audience, ruleOverride, threshold, minDenominator,
                generatedAt, commandLine, software);
    }

    /** The rule for a block whose plan asks for {@code planned} ("nhs-hes", or null for the police default). */
    DisclosureRule ruleFor(String planned) {
        if (audience == Audience.RESTRICTED) return DisclosureRule.NONE;
        if (ruleOverride != null) return ruleOverride;
        if ("nhs-hes".equals(planned)) return DisclosureRule.nhsHes(minDenominator);
        return DisclosureRule.smallCounts(threshold);
    }
}
