package ca.threadline.chain.cluster;

import ca.threadline.chain.store.MappedFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A clustering written by {@link ClusterFiles}, read memory-mapped. */
public final class ClusterData implements Closeable {
  private final MappedFile cluster;
  private final MappedFile memberStart;
  private final MappedFile members;
  private final MappedFile evParent;
  private final MappedFile evTx;
  private final MappedFile evHeuristic;
  private final MappedFile balance;
  private final MappedFile txFlags;
  private final JsonNode result;
  private final long addresses;
  private final long txs;

  private ClusterData(Path dir) throws IOException {
    cluster = open(dir, "cluster.bin");
    memberStart = open(dir, "member_start.bin");
    members = open(dir, "members.bin");
    // an imported clustering (Spark run) has no evidence tree and may have no CoinJoin flags
    evParent = openIfPresent(dir, "ev_parent.bin");
    evTx = openIfPresent(dir, "ev_tx.bin");
    evHeuristic = openIfPresent(dir, "ev_heuristic.bin");
    balance = open(dir, "cluster_balance.bin");
    txFlags = openIfPresent(dir, "tx_flags.bin");
    result = new ObjectMapper().readTree(dir.resolve("result.json").toFile());
    addresses = Files.size(dir.resolve("cluster.bin")) / 4;
    txs = txFlags == null ? 0 : Files.size(dir.resolve("tx_flags.bin"));
  }

  private static MappedFile open(Path dir, String name) throws IOException {
    MappedFile f = MappedFile.openReadOnly(dir.resolve(name));
    f.mapAll();
    return f;
  }

  private static MappedFile openIfPresent(Path dir, String name) throws IOException {
    return Files.exists(dir.resolve(name)) ? open(dir, name) : null;
  }

  /**
   * Whether the clustering carries its evidence tree ({@code chain cluster}); a clustering imported
   * from a Spark run does not, and explanations are then searched over co-spends.
   */
  public boolean hasEvidence() {
    return evParent != null;
  }

  /** The clustering under {@code chainDir}, or {@code null} when none was built. */
  public static ClusterData open(Path chainDir) throws IOException {
    Path dir = chainDir.resolve(ClusterFiles.DIR);
    if (!Files.exists(dir.resolve("result.json"))) {
      return null;
    }
    return new ClusterData(dir);
  }

  /** Addresses covered (those known when clustering ran). */
  public long addressCount() {
    return addresses;
  }

  public long txCount() {
    return txs;
  }

  public JsonNode result() {
    return result;
  }

  public boolean covers(int address) {
    return address >= 0 && address < addresses;
  }

  public int cluster(int a) {
    return cluster.getInt((long) a * 4);
  }

  public int size(int clusterId) {
    return memberStart.getInt(((long) clusterId + 1) * 4) - memberStart.getInt((long) clusterId * 4);
  }

  public int member(int clusterId, int k) {
    return members.getInt(((long) memberStart.getInt((long) clusterId * 4) + k) * 4);
  }

  public long balance(int clusterId) {
    return balance.getLong((long) clusterId * 8);
  }

  public int evidenceParent(int a) {
    return evParent.getInt((long) a * 4);
  }

  public long evidenceTx(int a) {
    return evTx.getInt((long) a * 4) & 0xffffffffL;
  }

  public Heuristic evidenceHeuristic(int a) {
    return Heuristic.values()[evHeuristic.get(a)];
  }

  public int txFlags(long t) {
    return t < txs ? txFlags.get(t) & 0xff : 0;
  }

  @Override
  public void close() throws IOException {
    for (MappedFile f : new MappedFile[] {cluster, memberStart, members, evParent, evTx, evHeuristic, balance, txFlags}) {
      if (f != null) {
        f.close();
      }
    }
  }
}
