package svo.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import svo.BadInputException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTest {
    @TempDir
    Path dir;

    private static List<String> rows(CsvReader csv) {
        List<String> out = new ArrayList<>();
        for (String[] r; (r = csv.next()) != null; ) out.add(csv.line() + ":" + String.join("|", r));
        return out;
    }

    @Test
    void quoted_fields_may_hold_commas_quotes_and_line_breaks_and_rows_keep_their_starting_line() {
        String text = "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"two\nlines\",z\r\n3,,\r\n";
        assertThat(rows(CsvReader.of(text, "t.csv"))).containsExactly(
                "1:a|b|c", "2:1|x, y|say \"hi\"", "3:2|two\nlines|z", "5:3||");
    }

    @Test
    void blank_lines_and_a_missing_final_line_break_are_fine_and_lone_cr_line_endings_count_as_lines() {
        assertThat(rows(CsvReader.of("a,b\n\n1,2\n\n\n", "t.csv"))).containsExactly("1:a|b", "3:1|2");
        assertThat(rows(CsvReader.of("a,b\r1,2", "t.csv"))).containsExactly("1:a|b", "2:1|2");
    }

    @Test
    void an_unclosed_quote_is_an_error_naming_the_line_where_it_opened() {
        CsvReader csv = CsvReader.of("a,b\n1,2\n3,\"never closed\n4,5\n", "t.csv");
        csv.next();
        csv.next();
        assertThatThrownBy(csv::next).isInstanceOf(BadInputException.class)
                .hasMessageContaining("t.csv, line 3").hasMessageContaining("never closed");
    }

    @Test
    void utf8_with_a_byte_order_mark_and_windows_1252_are_both_read_correctly() throws Exception {
        Path bom = dir.resolve("bom.csv");
        byte[] body = "name,place\nJosé,Café\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(bom, withBom);
        SourceFile sf = SourceFile.inspect(bom);
        assertThat(sf.encodingLabel()).isEqualTo("UTF-8 with BOM");
        try (CsvReader csv = CsvReader.open(sf)) {
            assertThat(csv.next()).containsExactly("name", "place");
            assertThat(csv.next()).containsExactly("José", "Café");
        }
        Path cp = dir.resolve("cp1252.csv");
        Files.write(cp, "name,price\nJosé,£5 – cheap\n".getBytes("windows-1252"));
        SourceFile sf2 = SourceFile.inspect(cp);
        assertThat(sf2.encodingLabel()).isEqualTo("windows-1252");
        try (CsvReader csv = CsvReader.open(sf2)) {
            csv.next();
            assertThat(csv.next()).containsExactly("José", "£5 – cheap");
        }
    }

    @Test
    void a_binary_file_is_refused_as_not_a_csv() throws Exception {
        Path bin = dir.resolve("book.xlsx");
        Files.write(bin, new byte[]{0x50, 0x4B, 0x03, 0x04, 0x00, 0x00});
        assertThatThrownBy(() -> SourceFile.inspect(bin)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("not a CSV text file");
    }

    @Test
    void a_long_file_crossing_many_buffers_reads_every_row() {
        StringBuilder sb = new StringBuilder("id,text\n");
        for (int i = 0; i < 50_000; i++) sb.append(i).append(",\"value ").append(i).append(", with comma\"\n");
        CsvReader csv = CsvReader.of(sb.toString(), "big.csv");
        csv.next();
        int n = 0;
        for (String[] r; (r = csv.next()) != null; n++) {
            assertThat(r[1]).isEqualTo("value " + n + ", with comma");
            assertThat(csv.line()).isEqualTo(n + 2);
        }
        assertThat(n).isEqualTo(50_000);
    }
}
