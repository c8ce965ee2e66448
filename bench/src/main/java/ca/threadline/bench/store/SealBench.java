package ca.threadline.bench.store;

import ca.threadline.store.Store;
import ca.threadline.store.StoreConfig;
import ca.threadline.store.access.User;
import ca.threadline.store.document.DocumentInput;
import ca.threadline.store.ingest.IngestRun;
import ca.threadline.store.seal.DataKeyset;
import ca.threadline.store.seal.Sealer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What sealing sensitive fields costs (issue 8), end to end through the store on generated ads:
 * the raw AEAD per value, ingest into a case that seals document text and URLs against one that
 * does not, reading documents back, marking a case that already holds documents (sealing them all
 * and purging the index), a key rotation with reseal, and compacting the H2 file afterwards.
 *
 * <pre>
 * SealBench --home DIR [--db jdbc:postgresql://...] [--docs 20000] [--reads 2000] [--seed 42]
 * </pre>
 * Prints one JSON line; progress on stderr.
 */
public final class SealBench {
  private SealBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = new java.util.HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    Path home = Path.of(o.getOrDefault("home", "bench-seal-home"));
    StoreConfig config = StoreConfig.parse(home, o.get("db"));
    int docs = Integer.parseInt(o.getOrDefault("docs", "20000"));
    int reads = Integer.parseInt(o.getOrDefault("reads", "2000"));
    long seed = Long.parseLong(o.getOrDefault("seed", "42"));
    List<DocumentInput> inputs = new ArrayList<>(docs);
    BenchAds gen = new BenchAds(seed, Math.max(10, docs / 50));
    for (int i = 0; i < docs; i++) {
      inputs.add(gen.next().input());
    }
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    out.put("bench", "store.seal");
    out.put("documents", docs);
    out.put("mean_text_chars", inputs.stream().mapToInt(d -> d.text().length()).average().orElse(0));
    aeadAlone(out, inputs, home.resolve("raw-keys"));
    try (Store store = Store.open(config)) {
      out.put("backend", store.backend().name().toLowerCase(Locale.ROOT));
      User admin = store.users().find("bench").orElseGet(() -> store.users().bootstrapAdmin("bench", "Benchmark", null));
      long plain = store.cases().create(admin, "plain-" + seed, null).id();
      long sealed = store.cases().create(admin, "sealed-" + seed, null).id();
      store.sensitiveFields().mark(admin, sealed, "document.body", "bench");
      store.sensitiveFields().mark(admin, sealed, "document.url", "bench");
      out.put("ingest_plain_s", ingest(store, admin, plain, inputs));
      out.put("ingest_sealed_s", ingest(store, admin, sealed, inputs));
      out.put("read_plain_us", read(store, admin, plain, inputs, reads, seed));
      out.put("read_sealed_us", read(store, admin, sealed, inputs, reads, seed));
      long later = store.cases().create(admin, "later-" + seed, null).id();
      ingest(store, admin, later, inputs);
      store.flushIndex();
      long t = System.nanoTime();
      int n = store.sensitiveFields().mark(admin, later, "document.body", "bench");
      out.put("mark_existing_rows", n);
      out.put("mark_existing_s", (System.nanoTime() - t) / 1e9);
      t = System.nanoTime();
      store.sensitiveFields().rotateKey(admin);
      int resealed = store.sensitiveFields().reseal(admin, later).values().stream().mapToInt(Integer::intValue).sum();
      out.put("rotate_reseal_rows", resealed);
      out.put("rotate_reseal_s", (System.nanoTime() - t) / 1e9);
    }
    long t = System.nanoTime();
    Store.compactEmbedded(config);
    out.put("compact_s", config.embedded() ? (System.nanoTime() - t) / 1e9 : null);
    if (config.embedded()) {
      out.put("db_bytes_after_compact", Files.size(config.dbDirectory().resolve("threadline.mv.db")));
    }
    System.out.println(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(out));
  }

  /** The AEAD alone: seal and open every text once (after a warm-up pass), in µs per value. */
  private static void aeadAlone(Map<String, Object> out, List<DocumentInput> inputs, Path keys) {
    Sealer sealer = new Sealer(new DataKeyset(keys));
    List<String> sealedTexts = new ArrayList<>(inputs.size());
    for (int round = 0; round < 2; round++) {
      sealedTexts.clear();
      long t = System.nanoTime();
      for (int i = 0; i < inputs.size(); i++) {
        sealedTexts.add(sealer.seal(inputs.get(i).text(), "documents", i, "body").text());
      }
      long s = System.nanoTime() - t;
      String key = sealer.primaryRef();
      t = System.nanoTime();
      long chars = 0;
      for (int i = 0; i < inputs.size(); i++) {
        chars += sealer.open(sealedTexts.get(i), key, "documents", i, "body").length();
      }
      long o = System.nanoTime() - t;
      if (round == 1 && chars > 0) {
        out.put("aead_seal_us_per_value", s / 1e3 / inputs.size());
        out.put("aead_open_us_per_value", o / 1e3 / inputs.size());
      }
    }
  }

  private static double ingest(Store store, User admin, long caseId, List<DocumentInput> inputs) {
    long t = System.nanoTime();
    IngestRun run = store.ingest().begin(admin, caseId, "seal bench");
    for (int i = 0; i < inputs.size(); i += 1000) {
      store.ingest().store(admin, run, inputs.subList(i, Math.min(inputs.size(), i + 1000)));
      System.err.printf(Locale.ROOT, "ingest case %d: %d/%d%n", caseId, Math.min(inputs.size(), i + 1000), inputs.size());
    }
    store.ingest().finish(admin, run);
    return (System.nanoTime() - t) / 1e9;
  }

  /** Mean µs per full document read (text, selectors, indicators, scores) by external id. */
  private static double read(Store store, User admin, long caseId, List<DocumentInput> inputs, int reads, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < reads / 4; i++) { // warm-up
      store.documents().byExternalId(admin, caseId, inputs.get(r.nextInt(inputs.size())).externalId());
    }
    long t = System.nanoTime();
    for (int i = 0; i < reads; i++) {
      store.documents().byExternalId(admin, caseId, inputs.get(r.nextInt(inputs.size())).externalId());
    }
    return (System.nanoTime() - t) / 1e3 / reads;
  }
}
