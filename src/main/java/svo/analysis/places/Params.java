package svo.analysis.places;

import svo.BadInputException;
import svo.analysis.Scope;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads and validates the string parameters of a place analysis. Every bad value gets a
 * {@link BadInputException} naming the parameter, the value and what is expected, so the command line
 * prints one clear sentence and the web answers 400.
 */
final class Params {
    private final Scope scope;

    Params(Scope scope) {
        this.scope = scope;
    }

    /** The raw text, or null. */
    String raw(String name) {
        String v = scope.parameters().get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    boolean given(String name) {
        return raw(name) != null;
    }

    String text(String name, String defaultValue) {
        String v = raw(name);
        return v == null ? defaultValue : v;
    }

    /** One of the allowed words (case-insensitive), returned in lower case. */
    String choice(String name, String defaultValue, String... allowed) {
        String v = raw(name);
        if (v == null) return defaultValue;
        String lower = v.toLowerCase(Locale.ROOT);
        for (String a : allowed) if (a.equals(lower)) return a;
        throw BadInputException.of(name, v, "one of " + String.join(", ", allowed));
    }

    int integer(String name, int defaultValue, int min, int max) {
        String v = raw(name);
        if (v == null) return defaultValue;
        try {
            int i = Integer.parseInt(v.replace("_", "").replace(",", ""));
            if (i < min || i > max) throw BadInputException.of(name, v, "a whole number from " + min + " to " + max);
            return i;
        } catch (NumberFormatException e) {
            throw BadInputException.of(name, v, "a whole number from " + min + " to " + max);
        }
    }

    long longValue(String name, long defaultValue) {
        String v = raw(name);
        if (v == null) return defaultValue;
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw BadInputException.of(name, v, "a whole number");
        }
    }

    /** A positive number of metres; NaN when absent and no default. */
    double metres(String name, double defaultValue, double min, double max) {
        String v = raw(name);
        if (v == null) return defaultValue;
        String s = v.toLowerCase(Locale.ROOT).replace("metres", "").replace("m", "").strip();
        try {
            double d = Double.parseDouble(s);
            if (!(d >= min && d <= max)) throw BadInputException.of(name, v, "metres from " + Grid.trim(min) + " to " + Grid.trim(max));
            return d;
        } catch (NumberFormatException e) {
            throw BadInputException.of(name, v, "a distance in metres, e.g. 500");
        }
    }

    boolean flag(String name, boolean defaultValue) {
        String v = raw(name);
        if (v == null) return defaultValue;
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "on", "1" -> true;
            case "false", "no", "n", "off", "0" -> false;
            default -> throw BadInputException.of(name, v, "true or false");
        };
    }

    /** A list separated by ';' (blank entries dropped). */
    List<String> list(String name, List<String> defaultValue) {
        String v = raw(name);
        if (v == null) return defaultValue;
        List<String> out = new ArrayList<>();
        for (String s : v.split(";")) if (!s.isBlank()) out.add(s.strip());
        if (out.isEmpty()) throw BadInputException.of(name, v, "one or more values separated by ';'");
        return out;
    }

    /** Ascending positive numbers separated by ';' or ','. */
    double[] ascending(String name, double[] defaultValue, String unit) {
        String v = raw(name);
        if (v == null) return defaultValue;
        String[] parts = v.split("[;,]");
        double[] out = new double[parts.length];
        String expected = "ascending positive " + unit + " separated by ';', e.g. " + example(defaultValue);
        try {
            for (int i = 0; i < parts.length; i++) {
                out[i] = Double.parseDouble(parts[i].strip());
                if (!(out[i] > 0) || (i > 0 && out[i] <= out[i - 1])) throw BadInputException.of(name, v, expected);
            }
        } catch (NumberFormatException e) {
            throw BadInputException.of(name, v, expected);
        }
        if (out.length > 50) throw BadInputException.of(name, v, "at most 50 band edges");
        return out;
    }

    private static String example(double[] d) {
        return String.join(";", Arrays.stream(d).mapToObj(Grid::trim).toList());
    }

    /** A time range "HH:MM-HH:MM". */
    LocalTime[] timeRange(String name, LocalTime from, LocalTime to) {
        String v = raw(name);
        if (v == null) return new LocalTime[] {from, to};
        String[] p = v.split("-");
        try {
            if (p.length != 2) throw new DateTimeParseException("", v, 0);
            return new LocalTime[] {LocalTime.parse(pad(p[0].strip())), LocalTime.parse(pad(p[1].strip()))};
        } catch (DateTimeParseException e) {
            throw BadInputException.of(name, v, "a time range such as 08:00-16:00");
        }
    }

    private static String pad(String t) {
        return t.length() == 4 && t.charAt(1) == ':' ? "0" + t : t;
    }

    /** A range of whole numbers "a-b". */
    int[] intRange(String name, int a, int b) {
        String v = raw(name);
        if (v == null) return new int[] {a, b};
        String[] p = v.split("-");
        try {
            if (p.length != 2) throw new NumberFormatException();
            int x = Integer.parseInt(p[0].strip()), y = Integer.parseInt(p[1].strip());
            if (x < 0 || y < x || y > 130) throw new NumberFormatException();
            return new int[] {x, y};
        } catch (NumberFormatException e) {
            throw BadInputException.of(name, v, "a range of whole years such as 5-16");
        }
    }

    /** Days of the week "Mon-Fri", "Sat;Sun", "Mon-Sun": ISO numbers 1 (Monday) to 7. */
    boolean[] days(String name, String defaultValue) {
        String v = raw(name);
        String text = v == null ? defaultValue : v;
        boolean[] out = new boolean[8];
        String expected = "days such as Mon-Fri or Sat;Sun";
        for (String part : text.split("[;,]")) {
            String[] ends = part.strip().split("-");
            if (ends.length == 1) {
                out[day(ends[0], name, text, expected)] = true;
            } else if (ends.length == 2) {
                int a = day(ends[0], name, text, expected), b = day(ends[1], name, text, expected);
                for (int d = a; ; d = d % 7 + 1) {
                    out[d] = true;
                    if (d == b) break;
                }
            } else {
                throw BadInputException.of(name, text, expected);
            }
        }
        return out;
    }

    private static int day(String s, String name, String whole, String expected) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "mon", "monday" -> 1;
            case "tue", "tues", "tuesday" -> 2;
            case "wed", "wednesday" -> 3;
            case "thu", "thur", "thurs", "thursday" -> 4;
            case "fri", "friday" -> 5;
            case "sat", "saturday" -> 6;
            case "sun", "sunday" -> 7;
            default -> throw BadInputException.of(name, whole, expected);
        };
    }
}
