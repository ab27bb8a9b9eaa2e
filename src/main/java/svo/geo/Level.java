package svo.geo;

import svo.BadInputException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A level of the nested geography, as stored in {@code area.level}, and the code column records carry for it. */
public enum Level {
    DISTRICT("district", "district_code"),
    WARD("ward", "ward_code"),
    LSOA("lsoa", "lsoa_code"),
    NEIGHBOURHOOD("neighbourhood", "neighbourhood_code"),
    NTE("nte", "nte_area_code");

    private final String id;
    private final String codeColumn;

    Level(String id, String codeColumn) {
        this.id = id;
        this.codeColumn = codeColumn;
    }

    /** The value in {@code area.level}: district, ward, lsoa, neighbourhood, nte. */
    public String id() {
        return id;
    }

    /** The column of a located record that holds this level's code ({@code lsoa_code}, {@code nte_area_code}, …). */
    public String codeColumn() {
        return codeColumn;
    }

    /** The level named on a command line or in a file ("lsoa", "LSOA", "nte"). */
    public static Level parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Level l : values()) if (l.id.equals(t)) return l;
        throw BadInputException.of("level", text, Arrays.stream(values()).map(Level::id)
                .collect(Collectors.joining(", ", "one of ", "")));
    }
}
