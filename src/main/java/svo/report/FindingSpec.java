package svo.report;

/**
 * A sentence the report drafts from one table, and the subject it names. Each kind reads published cells only.
 *
 * <ul>
 * <li>{@link Change}: the latest period against the comparison period for one row ("Compared with 2023/24,
 * serious violence fell by 14% (2,523 to 2,179).").</li>
 * <li>{@link Peak}: the highest row of a monthly series and the average per month.</li>
 * <li>{@link Largest}: the row with the most in the latest period and its share of the total.</li>
 * <li>{@link Share}: one percentage cell, in a sentence template ("{value} of serious violence involved a knife
 * in {period}.").</li>
 * </ul>
 */
public sealed interface FindingSpec {
    String analysisId();

    String definition();

    Finding.Placement placement();

    record Change(String subject, String analysisId, String definition, String table, String row,
                  Finding.Placement placement, boolean keyFigure) implements FindingSpec {}

    record Peak(String subject, String analysisId, String definition, String table, Finding.Placement placement) implements FindingSpec {}

    record Largest(String subject, String analysisId, String definition, String table, Finding.Placement placement) implements FindingSpec {}

    record Share(String template, String key, String analysisId, String definition, String table, String row, String column,
                 Finding.Placement placement) implements FindingSpec {}
}
