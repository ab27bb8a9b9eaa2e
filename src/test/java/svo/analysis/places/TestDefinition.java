package svo.analysis.places;

import svo.definitions.Definition;

import java.time.LocalDate;

/** A definition for tests: a name and an SQL condition over the occurrence view. */
record TestDefinition(String name, String sqlCondition) implements Definition {
    /** Serious violence by offence code, as the SNA's Derbyshire Constabulary definition roughly reads. */
    static final TestDefinition SERIOUS_VIOLENCE = new TestDefinition("test-sv",
            "offence IN ('murder', 'manslaughter', 'attempted_murder', 'gbh_with_intent', 'gbh_without_intent', 'abh', "
                    + "'robbery_personal', 'robbery_business', 'possession_bladed_article', 'possession_offensive_weapon')");
    /** Every occurrence. */
    static final TestDefinition EVERYTHING = new TestDefinition("test-all", "TRUE");

    @Override
    public String version() {
        return "1.0";
    }

    @Override
    public String title() {
        return "Test definition " + name;
    }

    @Override
    public String statement() {
        return "for tests";
    }

    @Override
    public LocalDate effectiveFrom() {
        return LocalDate.of(2000, 1, 1);
    }

    @Override
    public LocalDate effectiveTo() {
        return null;
    }
}
