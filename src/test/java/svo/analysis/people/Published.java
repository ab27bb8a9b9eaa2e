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
 * root), read as rows of column → text. The files are plain: one header row, no quoted commas in these tables.
 */
final class Published {
    static final Path FOLDER = Path.of("../shared/fixtures/sna2025");

    private Published() {}

    static List<Map<String, String>> table(String name) {
        try {
            List<String> lines = Files.readAllLines(FOLDER.resolve(name + ".csv"), StandardCharsets.UTF_8);
            String[] header = lines.get(0).split(",", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) continue;
                String[] cells = line.split(",", -1);
                if (cells.length != header.length) throw new IllegalStateException(name + ": cannot read " + line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) row.put(header[i], cells[i]);
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("the published table " + name + " is missing from " + FOLDER.toAbsolutePath(), e);
        }
    }

    /** A day inside the financial year printed as "2022/23". */
    static java.time.LocalDate dayIn(String financialYear) {
        return java.time.LocalDate.of(Integer.parseInt(financialYear.substring(0, 4)), 10, 1);
    }
}
