package svo.analysis.places;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the published SNA tables in {@code ../shared/fixtures/sna2025/} (simple CSV: quotes, no newlines in fields). */
final class SnaFixtures {
    static final Path DIR = Path.of("../shared/fixtures/sna2025");

    private SnaFixtures() {}

    static List<Map<String, String>> read(String file) {
        try {
            List<String> lines = Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8);
            List<String> header = split(lines.get(0));
            List<Map<String, String>> out = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) continue;
                List<String> cells = split(line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
                out.add(row);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fixture " + DIR.resolve(file).toAbsolutePath(), e);
        }
    }

    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }
}
