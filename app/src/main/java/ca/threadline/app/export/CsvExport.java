package ca.threadline.app.export;

import ca.threadline.store.document.DocumentSummary;
import ca.threadline.store.document.DocumentView;
import ca.threadline.store.document.StoredSelector;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Documents with their selectors as CSV, one row per (document, selector) and one row for a
 * document without any, for spreadsheets and other tools. Columns: case, document, kind,
 * posted_at, city, url, evidence_sha256, template_cluster, network, selector_type,
 * selector_value, selector_start, selector_end, obfuscation, sex_trafficking_score,
 * forced_labour_signs. Redacted values read {@value Redaction#MARK}.
 */
final class CsvExport {
  static final List<String> HEADER = List.of("case", "document", "kind", "posted_at", "city", "url", "evidence_sha256", "template_cluster",
      "network", "selector_type", "selector_value", "selector_start", "selector_end", "obfuscation", "sex_trafficking_score",
      "forced_labour_signs");

  private CsvExport() {}

  /** Writes the rows; returns the number of documents. */
  static int write(ExportSession s, String network, java.io.OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    Csv.row(w, HEADER);
    int docs = 0;
    for (DocumentSummary sum : s.summaries(network)) {
      DocumentView d = s.views(List.of(sum), 1).get(0);
      docs++;
      List<String> base = List.of(s.caseName.value(), d.externalId(), d.kind(), d.postedAt() == null ? "" : d.postedAt().toString(),
          nz(d.city()), nz(s.redaction.url(d.url())), nz(d.sourceSha256()), nz(d.clusterKey()), nz(d.networkKey()));
      String st = score(d, "sex_trafficking", "%.3f");
      String fl = score(d, "forced_labour", "%.0f");
      if (d.selectors().isEmpty()) {
        List<String> row = new ArrayList<>(base);
        row.addAll(List.of("", "", "", "", "", st, fl));
        Csv.row(w, row);
      }
      for (StoredSelector sel : d.selectors()) {
        List<String> row = new ArrayList<>(base);
        boolean hide = s.redaction.selector(sel.type());
        row.addAll(List.of(sel.type(), s.redaction.selectorValue(sel), hide ? "" : Integer.toString(sel.span().start()),
            hide ? "" : Integer.toString(sel.span().end()), String.join(" ", sel.obfuscation()), st, fl));
        Csv.row(w, row);
      }
    }
    w.flush();
    return docs;
  }

  private static String score(DocumentView d, String name, String fmt) {
    Double v = d.scores().get(name);
    return v == null ? "" : String.format(Locale.ROOT, fmt, v);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
