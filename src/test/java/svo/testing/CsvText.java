package svo.testing;

/**
 * A CSV text block built row by row, for tests that expand a published table into many records and import
 * them through the real importers with {@link TestImports}. Values are written with {@code String.valueOf};
 * null is an empty cell; a value holding a comma or quote is quoted.
 *
 * <pre>
 * CsvText csv = new CsvText("hospital", "arrival", "assault_method");
 * for (int i = 0; i < 1010; i++) csv.row("RDH", "2023-06-01T12:00", "fist");
 * TestImports.load(store, "ed-attendances", csv.toString());
 * </pre>
 */
public final class CsvText {
    private final StringBuilder sb = new StringBuilder();
    private int rows;

    public CsvText(String... header) {
        row((Object[]) header);
        rows = 0;
    }

    /** Appends one row. */
    public CsvText row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) sb.append(',');
            if (values[i] == null) continue;
            String v = String.valueOf(values[i]);
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0) v = '"' + v.replace("\"", "\"\"") + '"';
            sb.append(v);
        }
        sb.append('\n');
        rows++;
        return this;
    }

    /** Data rows written so far. */
    public int rows() {
        return rows;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
