package svo.testing;

import svo.analysis.AnalysisCatalog;
import svo.analysis.Definitions;
import svo.definitions.Definition;
import svo.definitions.DefinitionRegistry;

import java.time.LocalDate;

/**
 * The shipped definitions for tests, from the real registry ({@code svo.definitions.DefinitionRegistry}), and a
 * way to make a definition of any SQL condition for a test that needs one the product does not ship.
 *
 * <pre>
 * Definition svb = TestDefinitions.get("svb-2024");
 * Definitions lookup = TestDefinitions.lookup();
 * Definition everything = TestDefinitions.sql("everything", "TRUE");
 * </pre>
 */
public final class TestDefinitions {
    private static final DefinitionRegistry REGISTRY = DefinitionRegistry.standard();
    private static final Definitions LOOKUP = AnalysisCatalog.definitions(REGISTRY);

    private TestDefinitions() {}

    /** A definition with a fixed SQL condition over the occurrence view. */
    public record SqlDefinition(String name, String version, String title, String sqlCondition, LocalDate effectiveFrom,
                                LocalDate effectiveTo) implements Definition {
        @Override
        public String statement() {
            return title;
        }
    }

    /** A test definition: {@code condition} over the columns of the occurrence view. */
    public static Definition sql(String name, String condition) {
        return new SqlDefinition(name, "test", name, condition, LocalDate.of(2000, 1, 1), null);
    }

    /** The shipped definition of this name (a family name alone means the family as in force). */
    public static Definition get(String name) {
        return LOOKUP.resolve(name, false);
    }

    /** The shipped definitions as the analyses look them up. */
    public static Definitions lookup() {
        return LOOKUP;
    }
}
