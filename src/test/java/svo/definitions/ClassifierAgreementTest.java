package svo.definitions;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import svo.store.Jdbc;
import svo.store.Store;
import svo.testing.TestImports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL generated from the shipped definition files and a plain Java reading of the same rules (written
 * here by hand from the files' statements, not from the parser) agree on every one of a few thousand seeded
 * random occurrences: every offence, every combination of flags, Home Office codes present and absent, and
 * dates around the October 2025 change.
 */
class ClassifierAgreementTest {
    private static final long SEED = 20251001L;
    private static final int N = 4000;
    private static final DefinitionRegistry REGISTRY = DefinitionRegistry.standard();
    private static final LocalDate ABH_ADDED = LocalDate.of(2025, 10, 1);

    record Occ(String id, LocalDateTime committed, String offence, boolean knife, boolean firearm, boolean otherWeapon,
               boolean domesticAbuse, String hoCode) {
        String group() {
            return Fields.OFFENCE_GROUP.get(offence);
        }

        boolean weapon() {
            return knife || firearm || otherWeapon;
        }
    }

    private static Store store;
    private static List<Occ> occurrences;

    @BeforeAll
    static void seed() {
        Random r = new Random(SEED);
        List<String> offences = new ArrayList<>(Fields.OFFENCE_GROUP.keySet());
        String[] hoCodes = {null, null, null, "106", "72", "8N", "5D", "34B"};
        occurrences = new ArrayList<>();
        StringBuilder csv = new StringBuilder("occurrence_id,recorded_date,committed_from,offence,knife,firearm,other_weapon,domestic_abuse,ho_code\n");
        for (int i = 0; i < N; i++) {
            // Half the dates fall within two days of the change, to test the boundary to the minute.
            LocalDateTime t = r.nextBoolean()
                    ? LocalDateTime.of(2022, 4, 1, 0, 0).plusMinutes(r.nextInt(5 * 365 * 24 * 60))
                    : LocalDateTime.of(2025, 9, 29, 0, 0).plusMinutes(r.nextInt(4 * 24 * 60));
            Occ o = new Occ("o" + i, t, offences.get(r.nextInt(offences.size())), r.nextInt(4) == 0, r.nextInt(8) == 0,
                    r.nextInt(6) == 0, r.nextInt(4) == 0, hoCodes[r.nextInt(hoCodes.length)]);
            occurrences.add(o);
            csv.append(String.join(",", o.id(), o.committed().toLocalDate().toString(), o.committed().toString(), o.offence(), yn(o.knife()), yn(o.firearm()),
                    yn(o.otherWeapon()), yn(o.domesticAbuse()), o.hoCode() == null ? "" : o.hoCode())).append('\n');
        }
        store = Store.inMemory();
        TestImports.load(store, "occurrences", csv.toString());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** The partnership definition read from its statement; {@code withAbh} for the October 2025 version. */
    static String svbRule(Occ o, boolean withAbh) {
        if (o.domesticAbuse()) return "exclude domestic-abuse";
        if (o.group().equals(Fields.SEXUAL_OFFENCES)) return "exclude sexual-offences";
        if ("106".equals(o.hoCode()) || "72".equals(o.hoCode())) return "exclude modern-slavery";
        if (!withAbh && o.offence().equals("abh")) return "exclude abh";
        if (o.group().equals(Fields.HOMICIDE)) return "include homicide";
        if (withAbh && o.offence().equals("abh")) return "include abh";
        if (Set.of("attempted_murder", "gbh_with_intent", "gbh_without_intent", "administer_poison").contains(o.offence())) {
            return "include gbh-and-above";
        }
        if (o.group().equals(Fields.ROBBERY)) return "include robbery";
        if (o.group().equals(Fields.POSSESSION_OF_WEAPONS)) return "include possession-of-weapons";
        if (o.group().equals(Fields.VIOLENCE_WITH_INJURY) && o.weapon()) return "include weapon-enabled-violence";
        return "no inclusion rule";
    }

    static boolean svbInForce(Occ o) {
        return svbRule(o, !o.committed().toLocalDate().isBefore(ABH_ADDED)).startsWith("include ");
    }

    private static final Map<String, Predicate<Occ>> REFERENCE = Map.of(
            "svb-2024", o -> svbRule(o, false).startsWith("include "),
            "svb-2025", o -> svbRule(o, true).startsWith("include "),
            "svb-knife", o -> svbInForce(o) && (o.knife() || o.offence().equals("possession_bladed_article")),
            "ho-serious-violence", o -> Set.of(Fields.HOMICIDE, Fields.VIOLENCE_WITH_INJURY, Fields.POSSESSION_OF_WEAPONS,
                    Fields.ROBBERY).contains(o.group()),
            "ho-knife-crime", o -> o.knife() && Set.of(Fields.HOMICIDE, Fields.VIOLENCE_WITH_INJURY,
                    Fields.VIOLENCE_WITHOUT_INJURY, Fields.ROBBERY, Fields.SEXUAL_OFFENCES).contains(o.group()),
            "nte-offences", o -> !Set.of("other_theft", "other").contains(o.offence()) && !o.group().equals(Fields.THEFT)
                    || o.offence().equals("theft_from_person"));

    @Test
    void the_sql_condition_of_every_shipped_definition_agrees_with_the_java_reference() {
        for (Map.Entry<String, Predicate<Occ>> e : REFERENCE.entrySet()) {
            Set<String> expected = occurrences.stream().filter(e.getValue()).map(Occ::id).collect(Collectors.toSet());
            assertThat(included(REGISTRY.get(e.getKey()))).as(e.getKey()).isEqualTo(expected);
            assertThat(expected).as(e.getKey() + " includes something and leaves something out")
                    .isNotEmpty().hasSizeLessThan(N);
        }
    }

    @Test
    void the_deciding_rule_agrees_with_the_java_reference_for_both_partnership_definitions() {
        for (boolean withAbh : new boolean[]{false, true}) {
            Definition d = REGISTRY.get(withAbh ? "svb-2025" : "svb-2024");
            Map<String, String> rules = Jdbc.query(store.connection(), "SELECT occurrence_id, " + d.sqlRule()
                    + " FROM occurrence", rs -> Map.entry(rs.getString(1), rs.getString(2))).stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            for (Occ o : occurrences) assertThat(rules.get(o.id())).as(o.toString()).isEqualTo(svbRule(o, withAbh));
        }
    }

    @Test
    void as_in_force_agrees_with_the_java_reference_judging_each_occurrence_by_its_date() {
        Set<String> expected = occurrences.stream().filter(ClassifierAgreementTest::svbInForce).map(Occ::id)
                .collect(Collectors.toSet());
        assertThat(included(REGISTRY.asInForce("svb"))).isEqualTo(expected);
        Set<String> stored = new HashSet<>(Jdbc.query(store.connection(), "SELECT occurrence_id FROM classification "
                + "WHERE definition = 'svb' AND included", rs -> rs.getString(1)));
        assertThat(stored).as("nothing stored before classify").isEmpty();
        Classifier.classify(store, REGISTRY.asInForce("svb"));
        stored = new HashSet<>(Jdbc.query(store.connection(), "SELECT occurrence_id FROM classification "
                + "WHERE definition = 'svb' AND included", rs -> rs.getString(1)));
        assertThat(stored).isEqualTo(expected);
    }

    private static Set<String> included(Definition d) {
        return new HashSet<>(Jdbc.query(store.connection(), "SELECT occurrence_id FROM occurrence WHERE "
                + d.sqlCondition(), rs -> rs.getString(1)));
    }

    private static String yn(boolean b) {
        return b ? "Y" : "N";
    }
}
