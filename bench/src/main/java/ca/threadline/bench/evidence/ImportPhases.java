package ca.threadline.bench.evidence;

import ca.threadline.evidence.Acquisition;
import ca.threadline.evidence.EvidenceStore;
import ca.threadline.evidence.content.AnalysisPool;
import ca.threadline.evidence.content.ContentAnalyzer;
import ca.threadline.evidence.custody.CustodyWriter;
import ca.threadline.evidence.ingest.Importer;
import ca.threadline.evidence.ingest.IngestContext;
import ca.threadline.evidence.ingest.ItemTexts;
import ca.threadline.evidence.store.CaseName;
import ca.threadline.evidence.store.EvidenceHome;
import ca.threadline.evidence.verify.Verifier;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * In-process import and verify of one file, repeated in one JVM so that the first (cold) and later
 * (warm) runs can be told apart: wall time and the process's CPU time per phase.
 */
final class ImportPhases {
  private ImportPhases() {}

  static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  static void run(Path file, Path work, int rounds) throws Exception {
    long size = Files.size(file);
    int threads = Runtime.getRuntime().availableProcessors();
    for (int round = 0; round < rounds; round++) {
      Path home = work.resolve("home-" + round);
      delete(home);
      long w0 = System.nanoTime();
      long c0 = cpu();
      long prepW;
      long prepC;
      try (EvidenceStore store = EvidenceStore.open(new EvidenceHome(home), Clock.systemUTC(), null, m -> {}, new CustodyWriter.Tool("threadline", "bench"));
          AnalysisPool pool = new AnalysisPool(threads, Integer.getInteger("budgetMb", 32) << 20)) {
        IngestContext ctx = new IngestContext(store.blobs(), new CaseName("bench"), new ContentAnalyzer(), ItemTexts.NONE, Instant.now(), pool);
        Acquisition a = new Importer(ctx, 600_000).prepare(file, Importer.Format.AUTO);
        prepW = System.nanoTime() - w0;
        prepC = cpu() - c0;
        store.commit(List.of(a), "bench");
      }
      long impW = System.nanoTime() - w0;
      long impC = cpu() - c0;
      long v0 = System.nanoTime();
      long vc0 = cpu();
      Verifier.Report r = new Verifier(new EvidenceHome(home), threads, m -> {}).verify(null);
      long verW = System.nanoTime() - v0;
      long verC = cpu() - vc0;
      System.out.printf("{\"round\":%d,\"bytes\":%d,\"import_seconds\":%.2f,\"import_cpu_seconds\":%.2f,\"prepare_seconds\":%.2f,\"prepare_cpu_seconds\":%.2f,"
              + "\"import_MB_per_s\":%.0f,\"verify_seconds\":%.2f,\"verify_cpu_seconds\":%.2f,\"verify_MB_per_s\":%.0f,\"problems\":%d}%n",
          round, size, impW / 1e9, impC / 1e9, prepW / 1e9, prepC / 1e9, size / 1e6 / (impW / 1e9), verW / 1e9, verC / 1e9, size / 1e6 / (verW / 1e9), r.problems().size());
    }
  }

  static void delete(Path dir) throws java.io.IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        p.toFile().setWritable(true);
        Files.delete(p);
      }
    }
  }
}
