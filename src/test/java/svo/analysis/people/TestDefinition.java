package svo.analysis.people;

import svo.definitions.Definition;

import java.time.LocalDate;

/**
 * A definition for tests, standing in for the registry's {@code svb-2024} until the definitions land on main:
 * the same condition over the occurrence view (homicide, GBH and above, robbery, possession of weapons,
 * weapon-enabled violence with injury; domestic abuse, sexual offences and ABH excluded).
 */
record TestDefinition(String name, String sqlCondition) implements Definition {
    static final TestDefinition SVB = new TestDefinition("svb-test", """
            NOT domestic_abuse AND NOT sexual_offence AND offence <> 'abh' AND (
                offence_group IN ('Homicide', 'Robbery', 'Possession of weapons')
                OR offence IN ('attempted_murder', 'gbh_with_intent', 'gbh_without_intent', 'administer_poison')
                OR (offence_group = 'Violence with injury' AND (knife OR firearm OR other_weapon)))""");

    /** Knife crime: the serious violence that involved a knife or bladed article. */
    static final TestDefinition KNIFE = new TestDefinition("knife-test", "knife AND " + SVB.sqlCondition());

    public String version() { return "test"; }
    public String title() { return name; }
    public String statement() { return sqlCondition; }
    public LocalDate effectiveFrom() { return LocalDate.of(2000, 1, 1); }
    public LocalDate effectiveTo() { return null; }
}
