package ca.threadline.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A workbench account a virtual user signs in with. */
record Account(String name, String password) {

  /** Reads {@code name<TAB>password} lines (the file {@code LoadBench} writes, mode 600). */
  static List<Account> read(Path file) throws IOException {
    List<Account> out = new ArrayList<>();
    int line = 0;
    for (String s : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      line++;
      if (s.isBlank() || s.startsWith("#")) {
        continue;
      }
      int tab = s.indexOf('\t');
      if (tab <= 0) {
        throw new IOException(file + ":" + line + ": expected name<TAB>password");
      }
      out.add(new Account(s.substring(0, tab), s.substring(tab + 1)));
    }
    return out;
  }
}
