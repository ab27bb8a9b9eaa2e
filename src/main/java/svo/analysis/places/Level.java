package svo.analysis.places;

import svo.BadInputException;

import java.util.Locale;

/**
 * An area level of the {@code area} table and the column of located records that holds its code. Column
 * names come only from here, never from a request.
 */
public enum Level {
    NEIGHBOURHOOD("neighbourhood", "neighbourhood_code", "neighbourhood area"),
    WARD("ward", "ward_code", "ward"),
    LSOA("lsoa", "lsoa_code", "LSOA"),
    DISTRICT("district", "district_code", "district"),
    NTE("nte", "nte_area_code", "night-time economy area");

    private final String name;
    private final String column;
    private final String label;

    Level(String name, String column, String label) {
        this.name = name;
        this.column = column;
        this.label = label;
    }

    /** As stored in {@code area.level}. */
    public String id() {
        return name;
    }

    /** The code column of located records ({@code occurrence}, {@code police_uk_crime}). */
    String column() {
        return column;
    }

    /** As a reader sees it: "neighbourhood area". */
    public String label() {
        return label;
    }

    static Level parse(String parameter, String value, Level defaultValue, Level... allowed) {
        if (value == null || value.isBlank()) return defaultValue;
        String v = value.strip().toLowerCase(Locale.ROOT);
        for (Level l : allowed) if (l.name.equals(v)) return l;
        StringBuilder names = new StringBuilder();
        for (Level l : allowed) names.append(names.length() > 0 ? ", " : "").append(l.name);
        throw BadInputException.of(parameter, value, "one of " + names);
    }
}
