package ca.threadline.app.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV as RFC 4180 writes it: fields separated by commas, records ended by CRLF, a field quoted
 * when it holds a comma, a quote, CR or LF, quotes doubled inside. And safe to open in a
 * spreadsheet: a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or CR would be
 * read as a formula (CSV injection, OWASP), so it is written with a leading apostrophe
 * ({@code '+14165550199}), which spreadsheets show as text.
 */
final class Csv {
  private Csv() {}

  static void row(Writer w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(cell(cells.get(i)));
    }
    w.write("\r\n");
  }

  static String cell(String v) {
    if (v == null || v.isEmpty()) {
      return "";
    }
    char c = v.charAt(0);
    if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
      v = "'" + v;
    }
    boolean quote = false;
    for (int i = 0; i < v.length() && !quote; i++) {
      char x = v.charAt(i);
      quote = x == ',' || x == '"' || x == '\r' || x == '\n';
    }
    return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }
}
