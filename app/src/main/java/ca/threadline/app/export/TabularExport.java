package ca.threadline.app.export;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.Io;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * What {@code export csv} and {@code export ftm} share: open the case, check the network, write
 * the file atomically with its custody and audit records, print one JSON line that names the file,
 * its SHA-256 and how many rows (documents or entities) it holds.
 */
final class TabularExport {
  /** Writes the rows of a case, or of one network, and returns how many it wrote. */
  interface Rows {
    int write(ExportSession session, String network, OutputStream out) throws IOException;
  }

  private TabularExport() {}

  static int run(Path home, ExportOptions options, Io io, String format, String countName, Rows rows) throws Exception {
    try (ExportSession s = ExportSession.open(home, options, io, "threadline export " + format)) {
      if (options.network != null) {
        s.network(options.network);
      }
      int[] count = {0};
      ExportedFile w = s.write(format, options.out, options.network, out -> count[0] = rows.write(s, options.network, out));
      ObjectNode o = new ObjectMapper().createObjectNode();
      o.put("export", format);
      o.put("case", s.caseName.value());
      if (options.network != null) {
        o.put("network", options.network);
      }
      o.put(countName, count[0]);
      o.put("out", w.file().toString());
      o.put("sha256", w.sha256());
      o.put("size", w.size());
      o.put("include_sensitive", s.redaction.included());
      io.out().println(o);
    }
    return ExitCodes.OK;
  }
}
