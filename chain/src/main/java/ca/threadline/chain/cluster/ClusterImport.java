package ca.threadline.chain.cluster;

import ca.threadline.chain.ChainEngine;
import ca.threadline.chain.block.ChainNetwork;
import ca.threadline.chain.script.AddressCodec;
import ca.threadline.chain.script.AddressKey;
import ca.threadline.chain.store.ChainData;
import ca.threadline.chain.store.Manifest;
import ca.threadline.chain.store.StoreLock;
import ca.threadline.chain.util.Hex;
import ca.threadline.core.io.BadInputException;
import ca.threadline.core.io.InputLine;
import ca.threadline.core.io.InputProblem;
import ca.threadline.core.io.LineReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Loads address clusters computed elsewhere — the Spark job {@code cluster-addresses}, or any
 * {@code address,cluster} CSV such as {@code chain export-clusters} writes — into the store, as the
 * current clustering: {@code chain address}, {@code trace --cluster}, {@code exposure} and
 * {@code explain} then use them.
 *
 * <p>Input: a Spark output directory ({@code clusters/} CSV parts, optional {@code coinjoins/}
 * parts {@code txid,tx,flags,rules}, {@code _threadline.json}), a directory of CSV parts, or one
 * CSV file. A header line {@code address,cluster} may start each file. Cluster labels must be
 * address ids of this store (both producers use the smallest address id of each cluster); they are
 * only compared, and each cluster is renamed to its smallest address id. Every line is checked
 * (the address must be on this chain, listed once; the label a valid id; a CoinJoin row's txid must
 * be the store's transaction of that number) before anything is written; the clustering is then
 * swapped in as one unit ({@link ClusterFiles}), so a bad file leaves the previous one untouched.
 *
 * <p>No evidence tree comes with imported clusters: {@code chain explain} searches a path of
 * co-spends between the two addresses instead ({@link CoSpendPaths}) and says so.
 */
public final class ClusterImport {
  /** What was imported. */
  public record Result(long rows, long addresses, long clusters, long notListed, long coinJoins, long sourceGeneration, long storeGeneration) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private ClusterImport() {}

  public static Result run(Path chainDir, Path source, BiConsumer<String, long[]> progress) throws IOException {
    if (!Files.exists(source)) {
      throw new BadInputException(new InputProblem(source.toString(), 0, "no such file or directory"));
    }
    try (StoreLock lock = StoreLock.acquire(chainDir, true)) {
      // an import killed mid-write leaves derived columns to repair before they are read
      ca.threadline.chain.store.ChainWriter.repairLocked(chainDir, null);
      Manifest m = Manifest.read(chainDir);
      try (ChainData d = ChainData.openRead(chainDir, m)) {
        AddressCodec codec = new AddressCodec(m.network() == null ? ChainNetwork.MAINNET : ChainNetwork.ofWire(m.network()));
        Path clustersDir = Files.isDirectory(source.resolve("clusters")) ? source.resolve("clusters") : source;
        int n = Math.toIntExact(d.addressCount());
        int[] label = new int[n];
        Arrays.fill(label, -1);
        long rows = 0;
        for (Path f : files(clustersDir)) {
          rows += readClusters(f, d, codec, label, progress);
        }
        int[] minOf = new int[n];
        Arrays.fill(minOf, Integer.MAX_VALUE);
        for (int a = 0; a < n; a++) {
          if (label[a] >= 0 && a < minOf[label[a]]) {
            minOf[label[a]] = a;
          }
        }
        int[] cluster = new int[n];
        long notListed = 0;
        long clusters = 0;
        for (int a = 0; a < n; a++) {
          cluster[a] = label[a] < 0 ? a : minOf[label[a]];
          notListed += label[a] < 0 ? 1 : 0;
          clusters += cluster[a] == a ? 1 : 0;
        }
        byte[] flags = null;
        long coinJoins = 0;
        if (Files.isDirectory(source.resolve("coinjoins"))) {
          flags = new byte[Math.toIntExact(d.txCount())];
          for (Path f : files(source.resolve("coinjoins"))) {
            coinJoins += readCoinJoins(f, d, flags);
          }
        }
        JsonNode spark = Files.exists(source.resolve("_threadline.json")) ? JSON.readTree(source.resolve("_threadline.json").toFile()) : null;
        long sourceGeneration = spark != null && spark.has("store_generation") ? spark.get("store_generation").asLong() : m.generation();
        ObjectNode report = report(source, spark, sourceGeneration, d, rows, notListed, clusters, coinJoins);
        ClusterFiles.writeUnit(chainDir, d, cluster, tmp -> {}, flags, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(report));
        return new Result(rows, n, clusters, notListed, coinJoins, sourceGeneration, m.generation());
      }
    }
  }

  private static List<Path> files(Path p) throws IOException {
    if (!Files.isDirectory(p)) {
      return List.of(p);
    }
    try (Stream<Path> s = Files.list(p)) {
      return s.filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().startsWith("_") && !f.getFileName().toString().startsWith("."))
          .filter(f -> !f.getFileName().toString().endsWith(".crc"))
          .sorted()
          .toList();
    }
  }

  private static long readClusters(Path f, ChainData d, AddressCodec codec, int[] label, BiConsumer<String, long[]> progress) throws IOException {
    long rows = 0;
    try (InputStream in = Files.newInputStream(f);
        LineReader r = new LineReader(in, f.toString())) {
      for (InputLine line = r.next(); line != null; line = r.next()) {
        String text = text(line);
        if (text.isBlank() || (line.number() == 1 && text.equals("address,cluster"))) {
          continue;
        }
        int comma = text.lastIndexOf(',');
        if (comma <= 0) {
          throw bad(f, line, "expected address,cluster");
        }
        String address = text.substring(0, comma);
        Optional<AddressKey> key = codec.parse(address);
        int id = key.map(k -> d.findAddress(k.kind(), k.payload())).orElse(-1);
        if (id < 0) {
          throw bad(f, line, "address " + address + " is not on this chain");
        }
        long l;
        try {
          l = Long.parseLong(text.substring(comma + 1).strip());
        } catch (NumberFormatException e) {
          throw bad(f, line, "cluster must be an address id (an integer), found \"" + text.substring(comma + 1) + "\"");
        }
        if (l < 0 || l >= label.length) {
          throw bad(f, line, "cluster " + l + " is not an address id of this store (0.." + (label.length - 1) + ")");
        }
        if (label[id] >= 0) {
          throw bad(f, line, "address " + address + " is listed twice");
        }
        label[id] = (int) l;
        if ((++rows & 0xfffff) == 0 && progress != null) {
          progress.accept("import clusters", new long[] {rows, label.length});
        }
      }
    }
    return rows;
  }

  private static long readCoinJoins(Path f, ChainData d, byte[] flags) throws IOException {
    long rows = 0;
    try (InputStream in = Files.newInputStream(f);
        LineReader r = new LineReader(in, f.toString())) {
      for (InputLine line = r.next(); line != null; line = r.next()) {
        String text = text(line);
        if (text.isBlank() || (line.number() == 1 && text.startsWith("txid,"))) {
          continue;
        }
        String[] p = text.split(",", -1);
        if (p.length < 3) {
          throw bad(f, line, "expected txid,tx,flags[,rules]");
        }
        long tx;
        int fl;
        try {
          tx = Long.parseLong(p[1]);
          fl = Integer.parseInt(p[2]);
        } catch (NumberFormatException e) {
          throw bad(f, line, "tx and flags must be integers");
        }
        if (tx < 0 || tx >= flags.length || fl < 0 || fl > 255) {
          throw bad(f, line, "transaction " + tx + " is not in this store, or flags out of range");
        }
        if (!Hex.encodeReversed(d.txHash(tx)).equals(p[0])) {
          throw bad(f, line, "transaction " + tx + " of this store is not " + p[0] + ": the clusters were computed on another chain");
        }
        flags[(int) tx] = (byte) fl;
        rows++;
      }
    }
    return rows;
  }

  private static String text(InputLine line) {
    return switch (line) {
      case InputLine.Text t -> t.text();
      case InputLine.Unreadable u -> throw new BadInputException(u.problem());
    };
  }

  private static BadInputException bad(Path f, InputLine line, String why) {
    return new BadInputException(new InputProblem(f.toString(), line.number(), why));
  }

  private static ObjectNode report(Path source, JsonNode spark, long generation, ChainData d, long rows, long notListed, long clusters, long coinJoins) {
    ObjectNode r = JSON.createObjectNode();
    r.put("engine", ChainEngine.VERSION);
    r.put("created", Instant.now().toString());
    r.put("source", spark != null ? "spark" : "import");
    r.put("imported_from", source.toAbsolutePath().toString());
    r.put("store_generation", generation);
    r.put("transactions", d.txCount());
    r.put("addresses", d.addressCount());
    r.put("clusters", clusters);
    r.put("rows_imported", rows);
    r.put("addresses_not_listed", notListed);
    r.put("coinjoins_imported", coinJoins);
    r.put("evidence", "not stored: chain explain searches a path of co-spends (multi-input, CoinJoins excluded)");
    List<String> heuristics = new ArrayList<>(List.of(Heuristic.MULTI_INPUT.wireName()));
    r.putPOJO("heuristics", heuristics);
    if (spark != null) {
      r.set("spark_run", spark);
    }
    r.set("published_error_rates", ClusterReport.published());
    return r;
  }
}
