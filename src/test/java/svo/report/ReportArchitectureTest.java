package svo.report;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The report reads the store only through {@code AnalysisContext} and {@code MapSource}: never JDBC. */
class ReportArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("svo");

    @Test
    void the_report_never_touches_jdbc_or_the_store() {
        noClasses().that().resideInAPackage("svo.report..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.duckdb..", "svo.store..")
                .because("report reads what it needs through AnalysisContext and MapSource")
                .check(CLASSES);
    }

    @Test
    void the_renderers_work_from_the_published_report_not_from_analysis_results() {
        noClasses().that().resideInAnyPackage("svo.report.html..", "svo.report.pdf..", "svo.report.xlsx..", "svo.report.csv..", "svo.report.charts..")
                .should().dependOnClassesThat().haveFullyQualifiedName("svo.analysis.Table")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("svo.analysis.Result")
                .because("a renderer that saw raw tables could print a figure disclosure control withheld")
                .check(CLASSES);
    }
}
