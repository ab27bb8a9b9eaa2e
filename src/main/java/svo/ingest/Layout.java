package svo.ingest;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A data set's canonical layout: its columns, which are required, what values they take, and which hold
 * personal identifiers (pseudonymised on import and withheld from reject reports). The same object
 * validates headers and writes {@code docs/datasets/*.md}.
 */
public record Layout(String dataset, String description, List<Field> fields) {
    /** One column. */
    public record Field(String name, boolean required, String values, boolean sensitive) {
        public static Field required(String name, String values) { return new Field(name, true, values, false); }
        public static Field optional(String name, String values) { return new Field(name, false, values, false); }
        public static Field personal(String name, boolean required, String values) { return new Field(name, required, values, true); }
    }

    /** Names of the required columns. */
    public List<String> required() {
        return fields.stream().filter(Field::required).map(Field::name).toList();
    }

    /** Names of the columns holding personal identifiers. */
    public Set<String> sensitive() {
        return fields.stream().filter(Field::sensitive).map(Field::name).collect(Collectors.toSet());
    }

    /** True when the layout has the column. */
    public boolean knows(String column) {
        return fields.stream().anyMatch(f -> f.name().equals(column));
    }

    /** The layout as a Markdown table (for docs and `svo import --layout`). */
    public String markdown() {
        StringBuilder sb = new StringBuilder("| column | required | values |\n| --- | --- | --- |\n");
        for (Field f : fields) {
            sb.append("| `").append(f.name()).append("` | ").append(f.required() ? "yes" : "no").append(" | ")
                    .append(f.values()).append(f.sensitive() ? " (pseudonymised; never stored)" : "").append(" |\n");
        }
        return sb.toString();
    }
}
