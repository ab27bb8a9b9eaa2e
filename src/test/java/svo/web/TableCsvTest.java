package svo.web;

import org.junit.jupiter.api.Test;
import svo.analysis.Column;
import svo.analysis.Table;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class TableCsvTest {
    @Test
    void values_are_written_as_stored_and_quoted_only_when_needed() {
        Table t = Table.builder("t", "T").columns(Column.text("name", "Name"), Column.count("n", "N"), Column.rate("r", "Rate", "n"))
                .row("Derby, city", 1204L, new BigDecimal("3.50")).row("Say \"hi\"", null, -2.5).build();
        assertThat(TableCsv.write(t)).isEqualTo("name,n,r\r\n\"Derby, city\",1204,3.50\r\n\"Say \"\"hi\"\"\",,-2.5\r\n");
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_is_defused() {
        assertThat(TableCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(TableCsv.cell("+44 1332")).isEqualTo("'+44 1332");
        assertThat(TableCsv.cell("-1")).isEqualTo("'-1");
        assertThat(TableCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(TableCsv.cell(-1L)).as("a number is a number").isEqualTo("-1");
    }
}
