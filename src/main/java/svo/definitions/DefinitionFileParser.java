package svo.definitions;

import svo.BadInputException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a definition file: {@code heading: value} lines, rules {@code include ID: condition} and
 * {@code exclude ID: condition}, an indented {@code why:} under a rule, indented lines continuing the line
 * above, {@code #} comments. The format is described in {@code docs/definitions.md}. Anything not understood
 * is refused with the file, line and column, and the word that was not recognised.
 */
final class DefinitionFileParser {
    static final String EXTENSION = ".def";
    private static final List<String> HEADINGS = List.of("name", "version", "family", "title", "applies to",
            "effective from", "effective to", "source", "statement", "approximates", "judgement");
    private static final List<String> REQUIRED = List.of("name", "version", "title", "effective from", "source",
            "statement");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.-]*");
    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** One heading or rule with its (possibly continued) value. */
    private static final class Entry {
        final String key;
        final int line;
        final int keyColumn;
        final StringBuilder text = new StringBuilder();
        final List<int[]> positions = new ArrayList<>(); // per character of text: {line, column}
        Entry why;

        Entry(String key, int line, int keyColumn) {
            this.key = key;
            this.line = line;
            this.keyColumn = keyColumn;
        }

        void append(String piece, int line, int firstColumn) {
            if (!text.isEmpty()) {
                text.append(' ');
                positions.add(new int[]{line, Math.max(1, firstColumn - 1)});
            }
            for (int i = 0; i < piece.length(); i++) positions.add(new int[]{line, firstColumn + i});
            text.append(piece);
        }

        String value() {
            return text.toString().strip();
        }

        ConditionParser.Located located() {
            int n = text.length();
            int[] lines = new int[n + 1];
            int[] columns = new int[n + 1];
            for (int i = 0; i < n; i++) {
                lines[i] = positions.get(i)[0];
                columns[i] = positions.get(i)[1];
            }
            int[] last = n == 0 ? new int[]{line, keyColumn + key.length() + 1} : positions.get(n - 1);
            lines[n] = last[0];
            columns[n] = last[1] + 1;
            return new ConditionParser.Located(text.toString(), lines, columns);
        }
    }

    private DefinitionFileParser() {}

    /**
     * Parses one file. {@code fileName} is how errors name it; a file called {@code NAME.def} must declare
     * {@code name: NAME}. {@code origin} says where it came from (shipped, or the analyst's folder).
     */
    static FileDefinition parse(String fileName, String origin, String text) {
        List<Entry> entries = entries(fileName, text);
        Map<String, Entry> headings = new LinkedHashMap<>();
        List<Entry> judgements = new ArrayList<>();
        List<Entry> rules = new ArrayList<>();
        for (Entry e : entries) {
            if (e.key.startsWith("include ") || e.key.startsWith("exclude ")) {
                rules.add(e);
            } else if (e.key.equals("judgement")) {
                judgements.add(e);
            } else if (headings.put(e.key, e) != null) {
                throw new BadInputException(fileName, e.line, String.valueOf(e.keyColumn), e.key,
                        "each heading once", "Remove the second \"" + e.key + ":\" line.");
            }
        }
        for (String h : REQUIRED) {
            if (!headings.containsKey(h)) {
                throw new BadInputException(fileName, 0, null, null, "a \"" + h + ":\" line",
                        "Every definition states " + String.join(", ", REQUIRED) + " and at least one include rule.");
            }
        }
        String name = checked(fileName, headings.get("name"), NAME, "a name of lower-case letters, digits and -");
        if (fileName.endsWith(EXTENSION) && !fileName.equals(name + EXTENSION)) {
            Entry e = headings.get("name");
            throw new BadInputException(fileName, e.line, null, name, "the name " + fileName.replace(EXTENSION, ""),
                    "A file holds the definition it is named after: rename the file to " + name + EXTENSION
                            + " or correct the name.");
        }
        String version = checked(fileName, headings.get("version"), VERSION, "a version such as 1.0");
        String family = headings.containsKey("family")
                ? checked(fileName, headings.get("family"), NAME, "a family name of lower-case letters, digits and -")
                : name;
        LocalDate from = date(fileName, headings.get("effective from"));
        LocalDate to = headings.containsKey("effective to") ? date(fileName, headings.get("effective to")) : null;
        if (to != null && to.isBefore(from)) {
            Entry e = headings.get("effective to");
            throw new BadInputException(fileName, e.line, null, e.value(), "a date on or after " + from, null);
        }
        Fields.Table table = Fields.Table.OCCURRENCE;
        if (headings.containsKey("applies to")) {
            Entry e = headings.get("applies to");
            table = Fields.Table.ofView(e.value()).orElseThrow(() -> new BadInputException(fileName, e.line, null,
                    e.value(), "occurrence or police_uk_crime", null));
        }
        String approximates = null;
        if (headings.containsKey("approximates")) {
            approximates = checked(fileName, headings.get("approximates"), NAME, "the name of a definition");
        }
        if (table == Fields.Table.POLICE_UK_CRIME && approximates == null) {
            throw new BadInputException(fileName, headings.get("applies to").line, null, null,
                    "an \"approximates:\" line naming the definition this police.uk mapping stands in for",
                    "police.uk crime types are coarser than the offence vocabulary, so a definition over them is "
                            + "always approximate and says so.");
        }

        List<Rule> exclusions = new ArrayList<>();
        List<Rule> inclusions = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Entry e : rules) {
            Rule.Kind kind = e.key.startsWith("include ") ? Rule.Kind.INCLUDE : Rule.Kind.EXCLUDE;
            String id = e.key.substring(8).strip();
            if (!RULE_ID.matcher(id).matches()) {
                throw new BadInputException(fileName, e.line, String.valueOf(e.keyColumn + 8), id,
                        "a rule id of lower-case letters, digits and -", "Write e.g. \"include homicide: …\".");
            }
            if (ids.contains(kind.word() + " " + id)) {
                throw new BadInputException(fileName, e.line, null, id, "a rule id used once", null);
            }
            ids.add(kind.word() + " " + id);
            Condition c = ConditionParser.parse(fileName, e.located(), table);
            Rule r = new Rule(kind, id, c, e.value(), e.why == null ? "" : e.why.value(), e.line);
            (kind == Rule.Kind.INCLUDE ? inclusions : exclusions).add(r);
        }
        if (inclusions.isEmpty()) {
            throw new BadInputException(fileName, 0, null, null, "at least one \"include ID: condition\" rule", null);
        }
        return new FileDefinition(name, version, family, headings.get("title").value(),
                headings.get("statement").value(), from, to, headings.get("source").value(), table, approximates,
                exclusions, inclusions, judgements.stream().map(Entry::value).toList(), origin, sha256(text));
    }

    private static List<Entry> entries(String fileName, String text) {
        List<Entry> out = new ArrayList<>();
        Entry current = null;      // the entry an indented line continues
        Entry currentRule = null;  // the rule an indented "why:" belongs to
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String raw = lines[i];
            if (i == 0 && raw.startsWith("\uFEFF")) raw = raw.substring(1);
            String stripped = raw.strip();
            if (stripped.isEmpty()) {
                current = null;
                currentRule = null;
                continue;
            }
            if (stripped.startsWith("#")) continue;
            int indent = raw.indexOf(stripped.charAt(0));
            if (indent > 0) {
                if (current == null) {
                    throw new BadInputException(fileName, lineNo, String.valueOf(indent + 1), abbreviate(stripped),
                            "an unindented \"heading: value\" or rule line",
                            "An indented line continues the line above it; there is none (a blank line ends an entry).");
                }
                if (stripped.toLowerCase(Locale.ROOT).startsWith("why:") && currentRule != null) {
                    Entry why = new Entry("why", lineNo, indent + 1);
                    String v = stripped.substring(4);
                    why.append(v.strip(), lineNo, indent + 5 + (v.length() - v.stripLeading().length()));
                    currentRule.why = why;
                    current = why;
                } else {
                    current.append(stripped, lineNo, indent + 1);
                }
                continue;
            }
            int colon = raw.indexOf(':');
            if (colon < 0) {
                throw new BadInputException(fileName, lineNo, "1", abbreviate(stripped), "\"heading: value\"",
                        "Headings are " + String.join(", ", HEADINGS) + "; rules are \"include ID: condition\" or "
                                + "\"exclude ID: condition\".");
            }
            String key = raw.substring(0, colon).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            boolean rule = key.startsWith("include ") || key.startsWith("exclude ");
            if (!rule && !HEADINGS.contains(key)) {
                throw new BadInputException(fileName, lineNo, "1", raw.substring(0, colon).strip(),
                        "a heading (" + String.join(", ", HEADINGS) + ") or a rule (include ID / exclude ID)", null);
            }
            Entry e = new Entry(key, lineNo, 1);
            String value = raw.substring(colon + 1);
            int valueColumn = colon + 2 + (value.length() - value.stripLeading().length());
            if (!value.isBlank()) e.append(value.strip(), lineNo, valueColumn);
            out.add(e);
            current = e;
            currentRule = rule ? e : null;
        }
        return out;
    }

    private static String checked(String file, Entry e, Pattern p, String expected) {
        String v = e.value();
        if (!p.matcher(v).matches()) throw new BadInputException(file, e.line, null, v, expected, null);
        return v;
    }

    private static LocalDate date(String file, Entry e) {
        try {
            return LocalDate.parse(e.value());
        } catch (DateTimeParseException ex) {
            throw new BadInputException(file, e.line, null, e.value(), "a date as YYYY-MM-DD", null);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
