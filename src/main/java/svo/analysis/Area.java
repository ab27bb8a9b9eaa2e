package svo.analysis;

/**
 * The area an analysis covers: the whole partnership, one district, or the city / county split.
 * Resolution of names to codes against the loaded geography happens in the analysis framework.
 */
public record Area(Kind kind, String code, String name) {
    /** What kind of area. */
    public enum Kind { ALL, CITY, COUNTY, DISTRICT }

    /** The whole partnership area. */
    public static final Area ALL = new Area(Kind.ALL, null, "all areas");
    /** Unitary authorities (district codes E06…), e.g. Derby City. */
    public static final Area CITY = new Area(Kind.CITY, null, "city");
    /** Two-tier districts (district codes E07…), e.g. the eight Derbyshire districts. */
    public static final Area COUNTY = new Area(Kind.COUNTY, null, "county");

    /** One district by code and name. */
    public static Area district(String code, String name) {
        return new Area(Kind.DISTRICT, code, name);
    }

    /** A label for output: "all areas", "Derby", "city". */
    public String label() {
        return name;
    }
}
