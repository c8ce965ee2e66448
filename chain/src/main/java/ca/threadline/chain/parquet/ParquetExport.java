package ca.threadline.chain.parquet;

import static ca.threadline.chain.parquet.ChainParquetLayout.*;

import ca.threadline.chain.api.ChainStore;
import ca.threadline.chain.cluster.ExchangeAddresses;
import ca.threadline.chain.cluster.TxView;
import ca.threadline.chain.store.AtomicFiles;
import ca.threadline.chain.store.ChainData;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.BitSet;
import java.util.Comparator;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;

/**
 * Writes a chain store as Parquet for the Spark job (layout in {@link ChainParquetLayout}). The
 * export is built in a sibling directory {@code DIR.partial} and renamed to {@code DIR} only when
 * complete, so a crash or an error leaves no directory that looks finished.
 */
public final class ParquetExport {
  /** What was written. */
  public record Summary(Path dir, long transactions, long addresses, int transactionFiles, int addressFiles, long exchangeAddresses, long bytes, double seconds) {}

  private ParquetExport() {}

  /**
   * @param rowsPerFile transactions per file (addresses: three times as many); files are the unit
   *     of parallel reading in Spark
   * @param progress (phase, {done, total}) now and then
   */
  public static Summary export(ChainStore store, Path dir, long rowsPerFile, BiConsumer<String, long[]> progress) throws IOException {
    if (rowsPerFile < 1) {
      throw new IllegalArgumentException("rows per file must be positive");
    }
    if (Files.exists(dir)) {
      throw new IOException(dir + ": already exists; give a new directory");
    }
    long t0 = System.nanoTime();
    Path partial = dir.resolveSibling(dir.getFileName() + ".partial");
    deleteTree(partial);
    Files.createDirectories(partial.resolve(TRANSACTIONS));
    Files.createDirectories(partial.resolve(ADDRESSES));
    ChainData d = store.data();
    long nTx = d.txCount();
    long nAddr = d.addressCount();
    BitSet exchange = ExchangeAddresses.of(d, store.tags(), store.codec());
    int txFiles = writeTransactions(d, partial.resolve(TRANSACTIONS), rowsPerFile, progress);
    int addrFiles = writeAddresses(store, exchange, partial.resolve(ADDRESSES), rowsPerFile * 3, progress);
    ObjectNode m = new ObjectMapper().createObjectNode();
    m.put("format", FORMAT);
    m.put("version", VERSION);
    m.put("store_generation", store.manifest().generation());
    m.put("network", store.manifest().network());
    m.put("transactions", nTx);
    m.put("addresses", nAddr);
    m.put("exchange_tagged_addresses", exchange.cardinality());
    m.put("created", Instant.now().toString());
    Files.write(partial.resolve(MANIFEST), new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(m));
    AtomicFiles.syncDir(partial.resolve(TRANSACTIONS));
    AtomicFiles.syncDir(partial.resolve(ADDRESSES));
    AtomicFiles.syncDir(partial);
    Files.move(partial, dir);
    AtomicFiles.syncDir(dir.toAbsolutePath().getParent());
    long bytes;
    try (Stream<Path> s = Files.walk(dir)) {
      bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    return new Summary(dir, nTx, nAddr, txFiles, addrFiles, exchange.cardinality(), bytes, (System.nanoTime() - t0) / 1e9);
  }

  private static int writeTransactions(ChainData d, Path dir, long perFile, BiConsumer<String, long[]> progress) throws IOException {
    long n = d.txCount();
    TxView v = new TxView();
    LocalParquetWriters.RecordWriter<Long> w = (rc, t) -> writeTx(rc, d, v, t);
    int files = 0;
    for (long start = 0; start < n || files == 0; start += perFile) {
      long end = Math.min(n, start + perFile);
      try (ParquetWriter<Long> out = LocalParquetWriters.open(dir.resolve(part(files++)), Schemas.TRANSACTION, w)) {
        for (long t = start; t < end; t++) {
          out.write(t);
          if ((t & 0xffff) == 0 && progress != null) {
            progress.accept("export transactions", new long[] {t, n});
          }
        }
      }
      AtomicFiles.fsync(dir.resolve(part(files - 1)));
    }
    return files;
  }

  private static void writeTx(RecordConsumer rc, ChainData d, TxView v, long t) {
    v.load(d, t);
    byte[] internal = d.txHash(t);
    byte[] shown = new byte[32];
    for (int i = 0; i < 32; i++) {
      shown[i] = internal[31 - i];
    }
    rc.startMessage();
    field(rc, TX, 0, () -> rc.addLong(t));
    field(rc, HEIGHT, 1, () -> rc.addInteger(d.txHeight(t)));
    field(rc, TXID, 2, () -> rc.addBinary(Binary.fromConstantByteArray(shown)));
    field(rc, COINBASE, 3, () -> rc.addBoolean(v.coinbase));
    list(rc, IN_ADDRESS, 4, v.nIn, k -> rc.addInteger(v.inAddr[k]));
    list(rc, IN_VALUE, 5, v.nIn, k -> rc.addLong(v.inValue[k]));
    list(rc, OUT_ADDRESS, 6, v.nOut, k -> rc.addInteger(v.outAddr[k]));
    list(rc, OUT_VALUE, 7, v.nOut, k -> rc.addLong(v.outValue[k]));
    rc.endMessage();
  }

  private static int writeAddresses(ChainStore store, BitSet exchange, Path dir, long perFile, BiConsumer<String, long[]> progress) throws IOException {
    long n = store.data().addressCount();
    LocalParquetWriters.RecordWriter<Integer> w =
        (rc, a) -> {
          rc.startMessage();
          field(rc, ADDRESS_ID, 0, () -> rc.addInteger(a));
          field(rc, ADDRESS, 1, () -> rc.addBinary(Binary.fromString(store.addressText(a))));
          field(rc, EXCHANGE, 2, () -> rc.addBoolean(exchange.get(a)));
          rc.endMessage();
        };
    int files = 0;
    for (long start = 0; start < n || files == 0; start += perFile) {
      long end = Math.min(n, start + perFile);
      try (ParquetWriter<Integer> out = LocalParquetWriters.open(dir.resolve(part(files++)), Schemas.ADDRESS_ROW, w)) {
        for (long a = start; a < end; a++) {
          out.write((int) a);
          if ((a & 0xffff) == 0 && progress != null) {
            progress.accept("export addresses", new long[] {a, n});
          }
        }
      }
      AtomicFiles.fsync(dir.resolve(part(files - 1)));
    }
    return files;
  }

  private static void field(RecordConsumer rc, String name, int index, Runnable value) {
    rc.startField(name, index);
    value.run();
    rc.endField(name, index);
  }

  /** A three-level list: the group, its repeated {@code list} group, each {@code element}. */
  private static void list(RecordConsumer rc, String name, int index, int n, java.util.function.IntConsumer element) {
    rc.startField(name, index);
    rc.startGroup();
    if (n > 0) {
      rc.startField("list", 0);
      for (int k = 0; k < n; k++) {
        rc.startGroup();
        rc.startField("element", 0);
        element.accept(k);
        rc.endField("element", 0);
        rc.endGroup();
      }
      rc.endField("list", 0);
    }
    rc.endGroup();
    rc.endField(name, index);
  }

  static String part(int i) {
    return String.format("part-%05d.parquet", i);
  }

  private static void deleteTree(Path p) throws IOException {
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
