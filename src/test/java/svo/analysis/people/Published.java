package svo.analysis.people;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SNA 2025's printed tables ({@code ../shared/fixtures/sna2025/*.csv}, path relative to the repository
 * root), read as rows of column → text: one header row, fields quoted only when they hold a comma or a quote.
 */
final class Published {
    static final Path FOLDER = Path.of("../shared/fixtures/sna2025");

    private Published() {}

    static List<Map<String, String>> table(String name) {
        try {
            List<String> lines = Files.readAllLines(FOLDER.resolve(name + ".csv"), StandardCharsets.UTF_8);
            List<String> header = cells(lines.get(0));
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) continue;
                List<String> cells = cells(line);
                if (cells.size() != header.size()) throw new IllegalStateException(name + ": cannot read " + line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) row.put(header.get(i), cells.get(i));
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("the published table " + name + " is missing from " + FOLDER.toAbsolutePath(), e);
        }
    }

    /** The printed figure of a check in {@code checks.csv}. */
    static String check(String table, String check) {
        return table("checks").stream().filter(r -> r.get("table").equals(table) && r.get("check").equals(check))
                .map(r -> r.get("expected")).findFirst()
                .orElseThrow(() -> new IllegalStateException("checks.csv has no check " + table + "." + check));
    }

    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { cell.append('"'); i++; }
            else if (ch == '"') quoted = !quoted;
            else if (ch == ',' && !quoted) { out.add(cell.toString()); cell.setLength(0); }
            else cell.append(ch);
        }
        out.add(cell.toString());
        return out;
    }

    /** A day inside the financial year printed as "2022/23". */
    static java.time.LocalDate dayIn(String financialYear) {
        return java.time.LocalDate.of(Integer.parseInt(financialYear.substring(0, 4)), 10, 1);
    }
}
