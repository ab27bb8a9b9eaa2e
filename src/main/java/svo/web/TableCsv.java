package svo.web;

import svo.analysis.Column;
import svo.analysis.Table;

import java.math.BigDecimal;
import java.util.List;

/**
 * A result table as CSV (RFC 4180): a header of column names, then the values as stored (no thousands
 * separators). Text that a spreadsheet would run as a formula (starting with = + - @, tab or CR) is
 * prefixed with an apostrophe, so an exported file cannot carry a formula injection.
 */
final class TableCsv {
    private TableCsv() {}

    static String write(Table t) {
        StringBuilder sb = new StringBuilder();
        List<Column> cols = t.columns();
        for (int i = 0; i < cols.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(quote(cols.get(i).name()));
        }
        sb.append("\r\n");
        for (List<Object> r : t.rows()) {
            for (int i = 0; i < r.size(); i++) {
                if (i > 0) sb.append(',');
                sb.append(cell(r.get(i)));
            }
            sb.append("\r\n");
        }
        return sb.toString();
    }

    /** One CSV field. */
    static String cell(Object v) {
        if (v == null) return "";
        if (v instanceof BigDecimal b) return b.toPlainString();
        if (v instanceof Number) return String.valueOf(v);
        return quote(defuse(String.valueOf(v)));
    }

    static String defuse(String s) {
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) return "'" + s;
        return s;
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
