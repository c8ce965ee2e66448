package ca.threadline.spark.chain;

import static ca.threadline.chain.parquet.ChainParquetLayout.COINBASE;
import static ca.threadline.chain.parquet.ChainParquetLayout.IN_ADDRESS;
import static ca.threadline.chain.parquet.ChainParquetLayout.IN_VALUE;
import static ca.threadline.chain.parquet.ChainParquetLayout.OUT_ADDRESS;
import static ca.threadline.chain.parquet.ChainParquetLayout.OUT_VALUE;
import static ca.threadline.chain.parquet.ChainParquetLayout.TX;
import static ca.threadline.chain.parquet.ChainParquetLayout.TXID;

import ca.threadline.chain.cluster.CoinJoinClassifier;
import ca.threadline.chain.cluster.CoinJoinRule;
import ca.threadline.chain.cluster.TxView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Per-partition work of {@code cluster-addresses} over rows of the Parquet export: the CoinJoin
 * verdict of each transaction, by the chain module's classifier with every veto on — exactly as
 * {@code Clusterer} runs it (a transaction with fewer than 2 inputs and 3 outputs cannot be
 * flagged and is not looked at) — and the multi-input ties of the others.
 */
final class TxRows {
  static final StructType COINJOIN =
      new StructType().add("tx", DataTypes.LongType, false).add("txid", DataTypes.StringType, false).add("flags", DataTypes.IntegerType, false);
  static final StructType EDGE = new StructType().add("src", DataTypes.LongType, false).add("dst", DataTypes.LongType, false);

  private TxRows() {}

  /** The transactions with any CoinJoin flag (vetoes and labels). */
  static Iterator<Row> coinJoins(Iterator<Row> rows, int[] exchange) {
    Classifier c = new Classifier(exchange);
    return new Filtered(rows, r -> {
      int flags = c.flags(r);
      if (flags == 0) {
        return List.of();
      }
      byte[] txid = r.getAs(TXID);
      return List.of(RowFactory.create(r.<Long>getAs(TX), HexFormat.of().formatHex(txid), flags));
    });
  }

  /**
   * Multi-input: the input addresses of every transaction that no veto flags belong together; as
   * edges from its first input address to each other one.
   */
  static Iterator<Row> multiInputEdges(Iterator<Row> rows, int[] exchange) {
    Classifier c = new Classifier(exchange);
    return new Filtered(rows, r -> {
      List<Integer> in = r.getList(r.fieldIndex(IN_ADDRESS));
      if (in.size() < 2 || CoinJoinClassifier.isCoinJoin(c.flags(r))) {
        return List.of();
      }
      List<Row> out = new ArrayList<>();
      int first = -1;
      for (int a : in) {
        if (a < 0) {
          continue;
        }
        if (first < 0) {
          first = a;
        } else if (a != first) {
          out.add(RowFactory.create((long) first, (long) a));
        }
      }
      return out;
    });
  }

  /** The classifier of one partition and the transaction view it reuses. */
  private static final class Classifier {
    private final CoinJoinClassifier classifier;
    private final TxView view = new TxView();

    Classifier(int[] exchange) {
      this.classifier = CoinJoinClassifier.withExchangeLookup(EnumSet.copyOf(CoinJoinRule.VETOES), id -> Arrays.binarySearch(exchange, id) >= 0);
    }

    int flags(Row r) {
      List<Integer> inAddr = r.getList(r.fieldIndex(IN_ADDRESS));
      List<Integer> outAddr = r.getList(r.fieldIndex(OUT_ADDRESS));
      if (inAddr.size() < 2 && outAddr.size() < 3) {
        return 0; // no detector can fire: generic needs 2 inputs, Tx0 3 outputs
      }
      view.load(r.<Long>getAs(TX), r.<Boolean>getAs(COINBASE), ints(inAddr), longs(r.getList(r.fieldIndex(IN_VALUE))), ints(outAddr), longs(r.getList(r.fieldIndex(OUT_VALUE))));
      return classifier.classify(view);
    }
  }

  private static int[] ints(List<Integer> l) {
    int[] a = new int[l.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = l.get(i);
    }
    return a;
  }

  private static long[] longs(List<Long> l) {
    long[] a = new long[l.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = l.get(i);
    }
    return a;
  }

  /** Flat-maps rows lazily. */
  private static final class Filtered implements Iterator<Row> {
    private final Iterator<Row> in;
    private final java.util.function.Function<Row, List<Row>> f;
    private Iterator<Row> current = List.<Row>of().iterator();

    Filtered(Iterator<Row> in, java.util.function.Function<Row, List<Row>> f) {
      this.in = in;
      this.f = f;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && in.hasNext()) {
        current = f.apply(in.next()).iterator();
      }
      return current.hasNext();
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }
  }
}
