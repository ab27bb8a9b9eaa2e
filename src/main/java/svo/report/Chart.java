package svo.report;

/** A chart as the report prints it: numbered ("Figure 6.1"), an SVG drawn from the published cells only. */
public record Chart(String anchor, String number, String title, String svg, String caption, String tableAnchor) {
    /** "Figure 6.1". */
    public String label() {
        return "Figure " + number;
    }
}
