package svo.report;

import svo.analysis.AnalysisContext;

import java.util.List;

/**
 * The methods appendix: every definition (with version and dates), parameter and analysis used, and every data
 * batch behind the figures with its checksum, so that any figure can be reproduced.
 */
public record Methods(List<DefinitionUsed> definitions, List<String[]> parameters, List<AnalysisUsed> analyses,
                      List<AnalysisContext.Batch> batches, List<DisclosureRule> rules, String commandLine) {
    /** A definition as used. */
    public record DefinitionUsed(String label, String title, String statement, String inForce) {}

    /** An analysis as used. */
    public record AnalysisUsed(String id, String title, String snaSection, String definition, String parameters, List<String> datasets) {}

    public Methods {
        definitions = List.copyOf(definitions);
        parameters = List.copyOf(parameters);
        analyses = List.copyOf(analyses);
        batches = List.copyOf(batches);
        rules = List.copyOf(rules);
    }
}
