package svo.report;

import svo.analysis.Scope;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the report gets its maps: SVG drawn by the places work ({@code svo.report.maps}) from the store. The
 * report never reads the store itself, so the command line or the web application passes an implementation in.
 *
 * <pre>
 * MapSource maps = (name, scope, audience) -&gt; Optional.of(PlaceMaps.rates(MapData.rates(store, scope), "Rate per 1,000"));
 * </pre>
 */
@FunctionalInterface
public interface MapSource {
    /** No maps (tests, or a build without the places work). */
    MapSource NONE = (name, scope, audience) -> Optional.empty();

    /**
     * The named map for the scope as SVG, or empty when it cannot be drawn (no boundaries loaded, say). For a public
     * audience a rate map must not let a small count be read off an area's class (see {@code StoreMaps}).
     */
    Optional<String> draw(String map, Scope scope, Audience audience);

    /** The caption title of a map. */
    static String title(String map) {
        return switch (map) {
            case "rates" -> "Serious violence per 1,000 population, by area";
            case "hotspots" -> "Statistical hot spots (Getis–Ord Gi*)";
            case "schools" -> "Schools and the offences at or near them";
            default -> map;
        };
    }

    /** Maps that place individual offences; a public report leaves them out. */
    static boolean placesIndividuals(String map) {
        return map.equals("schools");
    }

    /**
     * A map fit for a public report: every tooltip (an area's record count and exact rate) is removed, leaving the
     * classes the reader sees. The map's own title, the first, stays.
     */
    static String forPublic(String svg) {
        int first = svg.indexOf("</title>");
        if (first < 0) return svg;
        String head = svg.substring(0, first + "</title>".length());
        String rest = TOOLTIP.matcher(svg.substring(first + "</title>".length())).replaceAll("");
        return head + rest;
    }

    Pattern TOOLTIP = Pattern.compile("(?s)<title>.*?</title>");
}
