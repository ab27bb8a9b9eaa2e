package svo.report;

import java.util.List;

/** One numbered section of a built report: its title, a line on what it shows, and its parts in order. */
public record Section(String id, String number, String title, String intro, List<Part> parts) {
    public Section {
        parts = List.copyOf(parts);
    }

    /** The anchor the contents and links point at. */
    public String anchor() {
        return "s-" + id;
    }

    /** True when nothing in the section could be shown. */
    public boolean unavailable() {
        return parts.stream().allMatch(p -> p instanceof Part.Unavailable);
    }
}
