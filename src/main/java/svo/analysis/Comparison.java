package svo.analysis;

/** Which period a change is measured against; always printed beside the change. */
public enum Comparison {
    /** The latest period against the one before it (the default). */
    PREVIOUS("compared with the previous period"),
    /** The latest period against the first period shown. */
    FIRST("compared with the first period");

    private final String wording;

    Comparison(String wording) {
        this.wording = wording;
    }

    /** How the basis is printed. */
    public String wording() {
        return wording;
    }
}
