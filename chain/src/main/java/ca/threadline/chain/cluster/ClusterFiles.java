package ca.threadline.chain.cluster;

import ca.threadline.chain.store.AtomicFiles;
import ca.threadline.chain.store.ChainData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes a clustering under {@code chain/clusters/} as one unit: built in
 * {@code clusters.tmp/}, then swapped in by renames, so a reader sees the old result or the new
 * one, never half. Files (indexed by address id unless said): {@code cluster.bin} (u32 cluster
 * id = the smallest address id in the cluster), {@code member_start.bin} (u32, addresses+1
 * entries, indexed by cluster id) and {@code members.bin} (u32 address ids grouped by
 * cluster), {@code ev_parent.bin}/{@code ev_tx.bin}/{@code ev_heuristic.bin} (the evidence
 * tree), {@code cluster_balance.bin} (i64 per cluster id), {@code tx_flags.bin} (u8 per
 * transaction: CoinJoin verdicts) and {@code result.json}. A clustering imported from a Spark run
 * ({@link ClusterImport}) has no evidence tree files.
 */
public final class ClusterFiles {
  public static final String DIR = "clusters";

  private ClusterFiles() {}

  public static void write(Path chainDir, ChainData d, Clusterer.Outcome o, byte[] resultJson) throws IOException {
    EvidenceForest f = o.forest();
    int n = f.size();
    int[] min = new int[n];
    java.util.Arrays.fill(min, Integer.MAX_VALUE);
    for (int a = 0; a < n; a++) {
      int r = f.find(a);
      if (a < min[r]) {
        min[r] = a;
      }
    }
    int[] cluster = new int[n];
    for (int a = 0; a < n; a++) {
      cluster[a] = min[f.find(a)];
    }
    writeUnit(
        chainDir,
        d,
        cluster,
        tmp -> {
          ArrayFiles.ints(tmp.resolve("ev_parent.bin"), f.evParent);
          ArrayFiles.ints(tmp.resolve("ev_tx.bin"), f.evTx);
          ArrayFiles.bytes(tmp.resolve("ev_heuristic.bin"), f.evHeuristic);
        },
        o.txFlags(),
        resultJson);
  }

  /** Writes more files of the unit into the temporary directory. */
  interface Extra {
    void write(Path tmp) throws IOException;
  }

  /**
   * Writes a clustering given as {@code cluster[a]} = the smallest address id of a's cluster (for
   * every address): cluster ids, member lists, balances, {@code extra} files, the transaction
   * flags (when not {@code null}) and the report; then swaps the unit in.
   */
  static void writeUnit(Path chainDir, ChainData d, int[] cluster, Extra extra, byte[] txFlags, byte[] resultJson) throws IOException {
    int n = cluster.length;
    Path tmp = chainDir.resolve(DIR + ".tmp");
    deleteTree(tmp);
    Files.createDirectories(tmp);
    int[] start = new int[n + 1];
    long[] balance = new long[n];
    for (int a = 0; a < n; a++) {
      int c = cluster[a];
      start[c + 1]++;
      balance[c] += d.addressReceived(a) - d.addressSent(a);
    }
    for (int c = 0; c < n; c++) {
      start[c + 1] += start[c];
    }
    int[] members = new int[n];
    int[] fill = java.util.Arrays.copyOf(start, n);
    for (int a = 0; a < n; a++) {
      members[fill[cluster[a]]++] = a;
    }
    ArrayFiles.ints(tmp.resolve("cluster.bin"), cluster);
    ArrayFiles.ints(tmp.resolve("member_start.bin"), start);
    ArrayFiles.ints(tmp.resolve("members.bin"), members);
    extra.write(tmp);
    ArrayFiles.longs(tmp.resolve("cluster_balance.bin"), balance);
    if (txFlags != null) {
      ArrayFiles.bytes(tmp.resolve("tx_flags.bin"), txFlags);
    }
    Files.write(tmp.resolve("result.json"), resultJson);
    AtomicFiles.syncDir(tmp);
    Path live = chainDir.resolve(DIR);
    Path old = chainDir.resolve(DIR + ".old");
    deleteTree(old);
    if (Files.exists(live)) {
      Files.move(live, old);
    }
    Files.move(tmp, live);
    AtomicFiles.syncDir(chainDir);
    deleteTree(old);
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(x);
      }
    }
  }
}
