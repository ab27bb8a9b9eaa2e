package svo.analysis;

import svo.BadInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Age groups for partner tables, from a parameter such as {@code 0-9,10-17,18-30,31+}. A record with a single
 * age falls in the group that holds it; a record that only has a band (partner files often give "18-24") falls
 * in the group the band lies wholly inside, or is shown under its own band when it straddles two groups.
 *
 * <pre>
 * AgeGroups g = AgeGroups.parse("0-17,18-30,31+", "age_groups");
 * g.label(24, null)      // "18-30"
 * g.label(null, "25-34") // "25-34 (as supplied)"
 * </pre>
 */
public final class AgeGroups {
    /** The label of records with neither an age nor a band. */
    public static final String NOT_KNOWN = "Not known";
    private static final Pattern RANGE = Pattern.compile("(\\d{1,3})-(\\d{1,3})");
    private static final Pattern OVER = Pattern.compile("(\\d{1,3})\\+");
    private static final Pattern SINGLE = Pattern.compile("(\\d{1,3})");

    private record Group(String label, int min, int max) {}

    private final List<Group> groups;

    private AgeGroups(List<Group> groups) {
        this.groups = List.copyOf(groups);
    }

    /** Parses a comma-separated list of ascending, non-overlapping groups; bad text names the parameter. */
    public static AgeGroups parse(String text, String parameter) {
        List<Group> out = new ArrayList<>();
        String expected = "ascending age groups such as 0-9,10-17,18-30,31+";
        for (String part : text.split(",")) {
            int[] b = bounds(part.strip());
            if (b == null || (!out.isEmpty() && b[0] <= out.get(out.size() - 1).max())) {
                throw BadInputException.of("--param " + parameter, text, expected);
            }
            out.add(new Group(part.strip(), b[0], b[1]));
        }
        return new AgeGroups(out);
    }

    private static int[] bounds(String s) {
        Matcher m;
        if ((m = RANGE.matcher(s)).matches()) {
            int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(2));
            return a <= b ? new int[]{a, b} : null;
        }
        if ((m = OVER.matcher(s)).matches()) return new int[]{Integer.parseInt(m.group(1)), 200};
        if ((m = SINGLE.matcher(s)).matches()) {
            int a = Integer.parseInt(m.group(1));
            return new int[]{a, a};
        }
        return null;
    }

    /** The group of a record from its age, else its band as supplied; {@link #NOT_KNOWN} without either. */
    public String label(Integer age, String band) {
        if (age != null) {
            for (Group g : groups) if (age >= g.min() && age <= g.max()) return g.label();
            return age + " (outside the groups)";
        }
        if (band == null || band.isBlank()) return NOT_KNOWN;
        int[] b = bounds(band.strip());
        if (b != null) {
            for (Group g : groups) if (b[0] >= g.min() && b[1] <= g.max()) return g.label();
        }
        return band.strip() + " (as supplied)";
    }

    /** The group labels in order, then {@link #NOT_KNOWN}. */
    public List<String> labels() {
        List<String> out = new ArrayList<>(groups.stream().map(Group::label).toList());
        out.add(NOT_KNOWN);
        return out;
    }

    /** Sorting position of a label: groups in order, then bands as supplied, then not known. */
    public int order(String label) {
        for (int i = 0; i < groups.size(); i++) if (groups.get(i).label().equals(label)) return i;
        return NOT_KNOWN.equals(label) ? groups.size() + 1 : groups.size();
    }
}
