package ca.threadline.evidence.verify;

import ca.threadline.evidence.Problem;
import ca.threadline.evidence.custody.Checkpoint;
import ca.threadline.evidence.custody.CustodyLock;
import ca.threadline.evidence.custody.CustodyWriter;
import ca.threadline.evidence.custody.LogReader;
import ca.threadline.evidence.custody.LogState;
import ca.threadline.evidence.item.Catalog;
import ca.threadline.evidence.item.Item;
import ca.threadline.evidence.store.EvidenceHome;
import ca.threadline.evidence.timestamp.TimestampCheck;
import ca.threadline.evidence.timestamp.TrustedTsa;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code threadline verify}: re-hashes every stored item, rebuilds the custody tree and checks every
 * checkpoint (signature, root, RFC 3161 token), and looks for files no entry accounts for. Reports
 * problems; never changes anything.
 */
public final class Verifier {
  /** Checkpoint clock and authority clock may differ by this much before it is mentioned. */
  static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

  private final EvidenceHome home;
  private final int threads;
  private final Consumer<String> notes;

  public Verifier(EvidenceHome home, int threads, Consumer<String> notes) {
    this.home = home;
    this.threads = Math.max(1, threads);
    this.notes = notes;
  }

  /** What was checked, and what was found. */
  public record Report(List<Problem> problems, long entries, long checkpoints, int items, long bytes, String keyFingerprint) {}

  /** @param caseName only this case's items (the whole log is always checked), or null for all */
  public Report verify(String caseName) throws IOException {
    try (CustodyLock lock = CustodyLock.shared(home.lockFile(), notes)) {
      return run(caseName);
    }
  }

  /** As {@link #verify}, for a caller that already holds the home's writer lock (export). */
  public Report verifyHeld(String caseName) throws IOException {
    return run(caseName);
  }

  private Report run(String caseName) throws IOException {
    LogState state = LogReader.read(home);
    List<Problem> problems = new ArrayList<>(state.problems());
    state.notes().forEach(notes);
    checkTimestamps(state, problems);
    Catalog catalog = Catalog.of(state.entries());
    for (int i = 0; i < state.entries().size(); i++) {
      var e = state.entries().get(i);
      if (e != null && "item".equals(e.path("type").asText())) {
        try {
          Item.fromEntry(e);
        } catch (IllegalArgumentException ex) {
          problems.add(Problem.ofEntry("log_entry_invalid", i, home.relative(home.log()), ex.getMessage()));
        }
      }
    }
    List<Item> items = caseName == null ? catalog.items() : catalog.items(caseName);
    if (caseName != null && !catalog.hasCase(caseName)) {
      notes.accept("no evidence is recorded for case \"" + caseName + "\"");
    }
    Map<String, List<Item>> byFile = new LinkedHashMap<>();
    for (Item i : items) {
      byFile.computeIfAbsent(i.location().file(), k -> new ArrayList<>()).add(i);
    }
    long bytes = 0;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Problem>>> futures = new ArrayList<>();
      for (Map.Entry<String, List<Item>> f : byFile.entrySet()) {
        Path p;
        try {
          p = home.resolve(f.getKey());
        } catch (IllegalArgumentException e) {
          for (Item i : f.getValue()) {
            problems.add(Problem.ofItem("log_entry_invalid", i.id(), f.getKey(), e.getMessage()));
          }
          continue;
        }
        if (Files.isRegularFile(p)) {
          bytes += Files.size(p);
        }
        futures.add(pool.submit(() -> FileCheck.check(p, f.getKey(), f.getValue())));
      }
      for (Future<List<Problem>> f : futures) {
        problems.addAll(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("verification failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    if (caseName == null) {
      unaccounted(state, problems);
    }
    problems.sort(Comparator.comparing((Problem p) -> p.entry() == null ? Long.MAX_VALUE : p.entry()));
    String fp = state.key() == null ? null : state.key().fingerprint();
    return new Report(List.copyOf(problems), state.entries().size(), state.checkpoints().size(), items.size(), bytes, fp);
  }

  private void checkTimestamps(LogState state, List<Problem> problems) throws IOException {
    TimestampCheck check = new TimestampCheck(TrustedTsa.load(home));
    String file = home.relative(home.checkpoints());
    for (Checkpoint cp : state.checkpoints()) {
      if (cp.tsr() == null) {
        continue;
      }
      TimestampCheck.Result r = check.check(cp.tsr(), cp.signedText());
      if (!r.ok()) {
        problems.add(Problem.ofFile("timestamp_invalid", file, "checkpoint " + cp.seq() + ": " + r.problem()));
      } else if (Duration.between(cp.time(), r.genTime()).abs().compareTo(CLOCK_SKEW) > 0) {
        notes.accept("checkpoint " + cp.seq() + " says " + cp.time() + ", its time-stamp says " + r.genTime() + ": this host's clock was off");
      }
    }
  }

  /** Files under blobs/ and warc/ that no committed entry names. */
  private void unaccounted(LogState state, List<Problem> problems) throws IOException {
    Set<String> referenced = CustodyWriter.referencedFiles(state.entries());
    for (Path root : List.of(home.blobs(), home.warc())) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      List<Path> files;
      try (Stream<Path> s = Files.walk(root)) {
        files = s.filter(Files::isRegularFile).sorted().toList();
      }
      for (Path p : files) {
        String rel = home.relative(p);
        if (!referenced.contains(rel)) {
          if (state.head().pending()) {
            notes.accept(rel + " was written by an interrupted act; the next writing command moves it aside");
          } else {
            problems.add(Problem.ofFile("added", rel, "no custody log entry accounts for this file"));
          }
        }
      }
    }
  }
}
