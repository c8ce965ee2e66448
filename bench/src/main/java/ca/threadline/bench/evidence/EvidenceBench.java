package ca.threadline.bench.evidence;

import ca.threadline.evidence.custody.MerkleTree;
import ca.threadline.evidence.store.Hex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

/**
 * Evidence benchmark drivers (results in BENCHMARKS.md, "Evidence"):
 *
 * <pre>
 *   EvidenceBench crawl OUT.warc[.gz] SIZE_MB [SEED]   writes a synthetic wget-style crawl to import
 *   EvidenceBench proof [ENTRIES]                      custody tree of ENTRIES entries: build time,
 *                                                      inclusion and consistency proof sizes
 *   EvidenceBench phases FILE WORKDIR [ROUNDS]         in-process import + verify of FILE, cold and warm
 * </pre>
 *
 * Import and verify themselves are measured end to end on the real command with
 * {@code /usr/bin/time -v ./threadline import|verify ...}.
 */
public final class EvidenceBench {
  private EvidenceBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: EvidenceBench crawl OUT SIZE_MB [SEED] | proof [ENTRIES]");
      System.exit(2);
    }
    switch (args[0]) {
      case "crawl" -> {
        Path out = Path.of(args[1]);
        long mb = Long.parseLong(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        long t0 = System.nanoTime();
        long n = SyntheticCrawl.write(out, mb << 20, seed, out.toString().endsWith(".gz"));
        System.out.printf("{\"file\":\"%s\",\"bytes\":%d,\"seconds\":%.1f}%n", out, Files.size(out), (System.nanoTime() - t0) / 1e9);
      }
      case "proof" -> proof(args.length > 1 ? Long.parseLong(args[1]) : 1_000_000);
      case "phases" -> ImportPhases.run(Path.of(args[1]), Path.of(args[2]), args.length > 3 ? Integer.parseInt(args[3]) : 3);
      default -> {
        System.err.println("unknown benchmark " + args[0]);
        System.exit(2);
      }
    }
  }

  /** Builds a custody tree of realistic entries and measures what a verifier receives. */
  static void proof(long entries) {
    MerkleTree tree = new MerkleTree();
    long t0 = System.nanoTime();
    for (long i = 0; i < entries; i++) {
      // A typical item entry is 400-700 bytes of canonical JSON; hash one of that size.
      String e = "{\"act_id\":\"act-00000000-0000-0000-0000-" + String.format("%012d", i / 50) + "\",\"captured_at\":\"2026-03-14T21:07:09Z\",\"case\":\"2026-TO-0117\","
          + "\"id\":\"" + String.format("%020x", i) + "\",\"kind\":\"http-response\",\"location\":{\"file\":\"blobs/ab/cd/abcd\",\"in\":\"warc-record\",\"offset\":" + i * 1000
          + ",\"record\":" + i + "},\"media_type\":\"text/html\",\"seq\":" + i + ",\"sha256\":\"" + "0".repeat(48) + String.format("%016x", i)
          + "\",\"size\":42000,\"source\":\"https://ads.example.test/escorts/toronto/" + i + "\",\"type\":\"item\",\"v\":1}";
      tree.appendLeafHash(MerkleTree.leafHash(e.getBytes(StandardCharsets.UTF_8)));
    }
    double build = (System.nanoTime() - t0) / 1e9;
    byte[] root = tree.root();
    long worst = 0;
    long index = entries / 3;
    long t1 = System.nanoTime();
    int proofs = 10_000;
    for (int k = 0; k < proofs; k++) {
      long i = (index + k * 7919L) % entries;
      List<byte[]> p = tree.inclusionProof(i, entries);
      worst = Math.max(worst, p.size());
      if (k == 0 && !MerkleTree.verifyInclusion(i, entries, tree.leaf(i), p, root)) {
        throw new IllegalStateException("proof does not verify");
      }
    }
    double perProof = (System.nanoTime() - t1) / 1e3 / proofs;
    List<byte[]> p = tree.inclusionProof(index, entries);
    StringBuilder text = new StringBuilder();
    // The bundle's proof file format (custody/proofs/N-K.txt).
    text.append("entry ").append(index).append("\nleaf-index ").append(index).append("\ncheckpoint 0\ntree-size ").append(entries).append("\npath\n");
    for (byte[] h : p) {
      text.append(Base64.getEncoder().encodeToString(h)).append('\n');
    }
    StringBuilder b64 = new StringBuilder();
    for (byte[] h : p) {
      b64.append(Base64.getEncoder().encodeToString(h));
    }
    List<byte[]> c = tree.consistencyProof(entries / 2 + 1, entries);
    System.out.printf("{\"entries\":%d,\"build_seconds\":%.2f,\"proof_hashes\":%d,\"proof_bytes_raw\":%d,\"proof_bytes_base64\":%d,\"proof_file_bytes\":%d,"
            + "\"consistency_hashes\":%d,\"consistency_bytes_raw\":%d,\"microseconds_per_proof\":%.1f}%n",
        entries, build, worst, worst * 32, b64.length(), text.length(), c.size(), c.size() * 32L, perProof);
  }
}
