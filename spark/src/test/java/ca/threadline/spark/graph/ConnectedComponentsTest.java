package ca.threadline.spark.graph;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.spark.JobArgs;
import ca.threadline.spark.Sessions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Large-star/small-star against a union-find on seeded random graphs of awkward shapes. */
class ConnectedComponentsTest {
  static final StructType EDGE = new StructType().add("src", DataTypes.LongType).add("dst", DataTypes.LongType);
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = Sessions.open(new JobArgs("cluster-ads", "-", "-", "local[2]", "auto", 4, null, false));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void equalsUnionFindOnRandomGraphs() {
    long seed = 1729;
    System.out.println("graph seed " + seed);
    SplittableRandom r = new SplittableRandom(seed);
    List<long[]> edges = new ArrayList<>();
    long base = 0;
    // a long path in shuffled node order: the slowest shape for label propagation
    long[] path = shuffled(r, base, 400);
    for (int i = 1; i < path.length; i++) {
      edges.add(new long[] {path[i - 1], path[i]});
    }
    base += 400;
    // a cycle, a star pointing outwards, a clique, duplicates, self loops
    for (int i = 0; i < 50; i++) {
      edges.add(new long[] {base + i, base + (i + 1) % 50});
    }
    base += 50;
    for (int i = 1; i < 60; i++) {
      edges.add(new long[] {base, base + i});
      edges.add(new long[] {base + i, base});
    }
    base += 60;
    for (int i = 0; i < 12; i++) {
      for (int j = 0; j < 12; j++) {
        edges.add(new long[] {base + i, base + j});
      }
    }
    base += 12;
    // sparse random graph with large ids (ads are numbered up to billions, addresses too)
    long big = 5_000_000_000L;
    for (int i = 0; i < 1500; i++) {
      edges.add(new long[] {big + r.nextInt(2000), big + r.nextInt(2000)});
    }
    Map<Long, Long> expected = unionFindRoots(edges);
    ConnectedComponents cc = new ConnectedComponents(ds -> ds.localCheckpoint(false), 100);
    Map<Long, Long> actual = new HashMap<>();
    for (Row row : cc.components(frame(edges)).collectAsList()) {
      assertThat(actual.put(row.getLong(0), row.getLong(1))).as("one row per node").isNull();
    }
    System.out.println("rounds " + cc.lastRounds());
    assertThat(actual).isEqualTo(expected);
    assertThat(cc.lastRounds()).isLessThan(20);
  }

  @Test
  void emptyGraphAndSelfLoopsOnly() {
    ConnectedComponents cc = new ConnectedComponents(ds -> ds.localCheckpoint(false), 100);
    assertThat(cc.components(frame(List.of())).count()).isZero();
    assertThat(cc.components(frame(List.of(new long[] {3, 3}, new long[] {9, 9}))).count()).isZero();
  }

  private static Dataset<Row> frame(List<long[]> edges) {
    List<Row> rows = new ArrayList<>();
    for (long[] e : edges) {
      rows.add(RowFactory.create(e[0], e[1]));
    }
    return spark.createDataFrame(rows, EDGE);
  }

  private static long[] shuffled(SplittableRandom r, long base, int n) {
    long[] a = new long[n];
    for (int i = 0; i < n; i++) {
      a[i] = base + i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      long t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
    return a;
  }

  /** node → smallest node of its component, for nodes in components of two or more. */
  private static Map<Long, Long> unionFindRoots(List<long[]> edges) {
    Map<Long, Long> parent = new HashMap<>();
    for (long[] e : edges) {
      if (e[0] == e[1]) {
        continue;
      }
      long a = find(parent, e[0]);
      long b = find(parent, e[1]);
      if (a != b) {
        parent.put(Math.max(a, b), Math.min(a, b));
      }
    }
    Map<Long, Long> out = new HashMap<>();
    for (long n : parent.keySet()) {
      long root = find(parent, n);
      if (root != n) {
        out.put(n, root);
      }
    }
    return out;
  }

  private static long find(Map<Long, Long> parent, long x) {
    parent.putIfAbsent(x, x);
    while (parent.get(x) != x) {
      x = parent.get(x);
    }
    return x;
  }
}
