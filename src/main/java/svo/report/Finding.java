package svo.report;

import java.util.List;

/**
 * A drafted sentence for the analyst to edit, with the figures it quotes and the table it came from
 * ("Compared with 2023/24, serious violence fell by 14% (2,523 to 2,179)." → Table 3.1).
 */
public record Finding(String text, List<Figure> figures, String tableAnchor, String tableLabel, Placement placement) {
    /** Where the sentence goes. */
    public enum Placement { SUMMARY, KEY }

    public Finding {
        figures = List.copyOf(figures);
    }
}
