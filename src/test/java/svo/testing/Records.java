package svo.testing;

import svo.ingest.ImportReport;
import svo.store.Store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds police records for tests — occurrences, the people in them, warning markers — and loads them
 * through the real importers as canonical CSV. Used to expand a published table into records that add up
 * to it exactly, e.g. 523 GBH-with-intent occurrences in 2022/23:
 *
 * <pre>
 * Records r = new Records();
 * r.times(523, o -> o.offence("gbh_with_intent").on(LocalDate.of(2022, 6, 1)));
 * r.times(12, o -> o.offence("murder").on(LocalDate.of(2024, 5, 1)).knife().victim(17).suspect(19));
 * r.load(store);
 * </pre>
 *
 * Every occurrence gets a fresh id and every person a fresh identifier unless one is given (to make repeat
 * people). Defaults: committed 15 June 2024 12:00, all flags N, no qualifiers, no place.
 */
public final class Records {
    private final List<Occ> occurrences = new ArrayList<>();
    private final List<String> markers = new ArrayList<>();
    private int nextOccurrence = 1;
    private int nextPerson = 1;

    /** One occurrence, configured fluently. */
    public final class Occ {
        final String id;
        LocalDateTime committed = LocalDateTime.of(2024, 6, 15, 12, 0);
        LocalDate recorded;
        String offence = "gbh_with_intent";
        String hoCode;
        boolean knife, firearm, otherWeapon, domestic;
        Boolean sexual;
        String qualifiers = "";
        String lsoa = "", ward = "", neighbourhood = "", district = "";
        Double easting, northing;
        String locationType = "", outcomeCategory = "", outcome = "";
        LocalDate outcomeDate;
        final List<String> people = new ArrayList<>();

        Occ(String id) {
            this.id = id;
        }

        public String id() { return id; }
        public Occ offence(String code) { offence = code; return this; }
        public Occ hoCode(String code) { hoCode = code; return this; }
        /** Committed on this day at 12:00. */
        public Occ on(LocalDate day) { committed = day.atTime(12, 0); return this; }
        public Occ at(LocalDateTime when) { committed = when; return this; }
        public Occ recorded(LocalDate day) { recorded = day; return this; }
        public Occ knife() { knife = true; return this; }
        public Occ knife(boolean k) { knife = k; return this; }
        public Occ firearm() { firearm = true; return this; }
        public Occ otherWeapon() { otherWeapon = true; return this; }
        public Occ domestic() { domestic = true; return this; }
        public Occ domestic(boolean d) { domestic = d; return this; }
        public Occ sexual(boolean s) { sexual = s; return this; }
        /** Qualifiers separated by ';' (alcohol;drugs;youth;mental_health;nte). */
        public Occ qualifiers(String q) { qualifiers = q; return this; }
        public Occ district(String codeOrName) { district = codeOrName; return this; }
        public Occ ward(String codeOrName) { ward = codeOrName; return this; }
        public Occ lsoa(String code) { lsoa = code; return this; }
        public Occ neighbourhood(String codeOrName) { neighbourhood = codeOrName; return this; }
        public Occ grid(double e, double n) { easting = e; northing = n; return this; }
        public Occ locationType(String t) { locationType = t; return this; }
        /** Outcome category (positive, other, open) and the outcome type text. */
        public Occ outcome(String category, String text) { outcomeCategory = category; outcome = text == null ? "" : text; return this; }
        public Occ outcomeDate(LocalDate d) { outcomeDate = d; return this; }

        /** A victim of this age (a new person). */
        public Occ victim(int age) { return person("victim", null, age, "", "", ""); }
        public Occ victim(int age, String sex) { return person("victim", null, age, sex, "", ""); }
        /** A suspect of this age (a new person). */
        public Occ suspect(int age) { return person("suspect", null, age, "", "", ""); }
        public Occ suspect(int age, String sex) { return person("suspect", null, age, sex, "", ""); }

        /**
         * A person in a role. {@code personId} null makes a new person; the same id in several occurrences is a
         * repeat person. {@code age} null leaves the age unknown; empty strings leave a field blank.
         */
        public Occ person(String role, String personId, Integer age, String sex, String ethnicity, String relationship) {
            String pid = personId == null ? "PERSON-" + (nextPerson++) : personId;
            people.add(String.join(",", id, pid, role, age == null ? "" : age.toString(), sex, ethnicity, relationship));
            return this;
        }
    }

    /** Adds one occurrence. */
    public Occ add() {
        Occ o = new Occ(String.format("R%07d", nextOccurrence++));
        occurrences.add(o);
        return o;
    }

    /** Adds {@code n} occurrences configured the same way (each with its own new people). */
    public Records times(int n, Consumer<Occ> spec) {
        for (int i = 0; i < n; i++) spec.accept(add());
        return this;
    }

    /**
     * Adds {@code all} occurrences of which the first {@code victims18AndUnder} have a victim aged 16 (the others
     * one aged 30) and the first {@code suspects18AndUnder} a suspect aged 17 (the others one aged 25): expands
     * one cell of a table printed for all ages, victims 18 and under and suspects 18 and under (SNA §3.2).
     * {@code spec} sets everything else (offence, day, flags).
     */
    public Records cohorts(long all, long victims18AndUnder, long suspects18AndUnder, Consumer<Occ> spec) {
        if (victims18AndUnder > all || suspects18AndUnder > all) {
            throw new IllegalArgumentException("a cohort (" + victims18AndUnder + ", " + suspects18AndUnder
                    + ") cannot exceed all (" + all + ")");
        }
        for (long i = 0; i < all; i++) {
            Occ o = add();
            spec.accept(o);
            o.victim(i < victims18AndUnder ? 16 : 30);
            o.suspect(i < suspects18AndUnder ? 17 : 25);
        }
        return this;
    }

    /** A warning marker on a person identifier. */
    public Records marker(String personId, String type) {
        markers.add(personId + "," + type + ",");
        return this;
    }

    /** Number of occurrences built so far. */
    public int size() {
        return occurrences.size();
    }

    /** The occurrences CSV. */
    public String occurrencesCsv() {
        StringBuilder sb = new StringBuilder("occurrence_id,recorded_date,committed_from,ho_code,offence,knife,firearm,other_weapon,"
                + "domestic_abuse,sexual_offence,qualifiers,easting,northing,lsoa_code,ward_code,neighbourhood,district_code,"
                + "location_type,outcome_category,outcome,outcome_date\n");
        for (Occ o : occurrences) {
            sb.append(o.id).append(',').append(o.recorded != null ? o.recorded : o.committed.toLocalDate()).append(',')
                    .append(o.committed).append(',').append(o.hoCode == null ? "" : o.hoCode).append(',').append(o.offence).append(',')
                    .append(yn(o.knife)).append(',').append(yn(o.firearm)).append(',').append(yn(o.otherWeapon)).append(',')
                    .append(yn(o.domestic)).append(',').append(o.sexual == null ? "" : yn(o.sexual)).append(',')
                    .append(o.qualifiers).append(',').append(o.easting == null ? "" : o.easting).append(',')
                    .append(o.northing == null ? "" : o.northing).append(',').append(quote(o.lsoa)).append(',').append(quote(o.ward))
                    .append(',').append(quote(o.neighbourhood)).append(',').append(quote(o.district)).append(',').append(o.locationType).append(',')
                    .append(o.outcomeCategory).append(',').append(quote(o.outcome)).append(',')
                    .append(o.outcomeDate == null ? "" : o.outcomeDate).append('\n');
        }
        return sb.toString();
    }

    /** The persons CSV. */
    public String personsCsv() {
        StringBuilder sb = new StringBuilder("occurrence_id,person_id,role,age,sex,ethnicity,relationship\n");
        for (Occ o : occurrences) for (String p : o.people) sb.append(p).append('\n');
        return sb.toString();
    }

    /** Loads occurrences, then persons and markers (when there are any), through the real importers. */
    public List<ImportReport> load(Store store) {
        List<ImportReport> reports = new ArrayList<>();
        if (!occurrences.isEmpty()) reports.add(TestImports.load(store, "occurrences", occurrencesCsv()));
        if (occurrences.stream().anyMatch(o -> !o.people.isEmpty())) reports.add(TestImports.load(store, "persons", personsCsv()));
        if (!markers.isEmpty()) reports.add(TestImports.load(store, "warning-markers", "person_id,marker_type,date_set\n" + String.join("\n", markers) + "\n"));
        return reports;
    }

    private static String yn(boolean b) {
        return b ? "Y" : "N";
    }

    private static String quote(String s) {
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
