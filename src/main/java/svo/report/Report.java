package svo.report;

import java.util.List;

/**
 * A built report: what it covers, its sections in SNA order, the drafted findings, and the methods appendix.
 * Every renderer (HTML, PDF, XLSX, CSV) works from this one value, in which every figure has already been through
 * disclosure control and the consistency check.
 */
public record Report(Meta meta, List<Section> sections, List<Finding> findings, Methods methods) {
    /** What the report covers, printed on the cover, in every page header and in every file. */
    public record Meta(String title, String subtitle, String partnership, String definitionLabel, String definitionTitle,
                       String periodLabel, String periodDates, String comparison, String areaLabel, Audience audience,
                       String generatedAt, String software, boolean synthetic, String districtOf) {
        /** One line for running headers and file metadata. */
        public String line() {
            return definitionLabel + " · " + periodLabel + " · " + areaLabel + " · " + audience.label() + " · generated " + generatedAt;
        }
    }

    public Report {
        sections = List.copyOf(sections);
        findings = List.copyOf(findings);
    }

    /** Every table, in order. */
    public List<ShownTable> tables() {
        return sections.stream().flatMap(s -> s.parts().stream())
                .filter(p -> p instanceof Part.TablePart).map(p -> ((Part.TablePart) p).table()).toList();
    }

    /** Every chart, in order. */
    public List<Chart> charts() {
        return sections.stream().flatMap(s -> s.parts().stream())
                .filter(p -> p instanceof Part.ChartPart).map(p -> ((Part.ChartPart) p).chart()).toList();
    }
}
