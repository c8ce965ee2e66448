package ca.threadline.bench.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The writes acknowledged during a load run, kept client-side so that "no data loss" can be
 * checked against the store afterwards. Saved as JSON Lines (one {@link AckedWrite} a line) so
 * that the check can run in another process.
 */
final class WriteLedger {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ConcurrentLinkedQueue<AckedWrite> writes = new ConcurrentLinkedQueue<>();

  void acknowledged(AckedWrite w) {
    writes.add(w);
  }

  List<AckedWrite> writes() {
    return new ArrayList<>(writes);
  }

  long count(String kind) {
    return writes.stream().filter(w -> w.kind().equals(kind)).count();
  }

  void save(Path file) {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (AckedWrite w : writes) {
        out.write(JSON.writeValueAsString(w));
        out.newLine();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  static WriteLedger load(Path file) throws IOException {
    WriteLedger l = new WriteLedger();
    int line = 0;
    for (String s : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      line++;
      if (s.isBlank()) {
        continue;
      }
      try {
        l.acknowledged(JSON.readValue(s, AckedWrite.class));
      } catch (IOException e) {
        throw new IOException(file + ":" + line + ": not an acknowledged write: " + e.getMessage(), e);
      }
    }
    return l;
  }
}
