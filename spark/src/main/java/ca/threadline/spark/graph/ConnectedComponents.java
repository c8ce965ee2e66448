package ca.threadline.spark.graph;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.function.UnaryOperator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Connected components of a graph given as a DataFrame of edges, by the alternating large-star /
 * small-star algorithm of Kiveris, Lattanzi, Mirrokni, Rastogi and Vassilvitskii ("Connected
 * Components in MapReduce and Beyond", SoCC 2014) — the algorithm GraphFrames uses by default,
 * written here in plain DataFrames because GraphFrames is not available and GraphX is deprecated.
 *
 * <p>Edges are kept oriented from the larger node to the smaller ({@code src > dst}: a child and
 * one of its parents). One round is:
 *
 * <ul>
 *   <li><b>Large-star</b>: for every node u, let m(u) be the smallest of u and its neighbours; every
 *       neighbour v larger than u is re-attached to m(u) (edge v → m(u)).
 *   <li><b>Small-star</b>: for every node u, let m be the smallest of its parents (its neighbours
 *       smaller than u); u and every other parent are attached to m.
 * </ul>
 *
 * <p>Invariants. (1) Each step only replaces an edge by edges between nodes already connected
 * through the node that emits them (v and m(u) are both neighbours of u, or u itself), so the
 * components never change. (2) Every edge stays oriented child &gt; parent. (3) The smallest node of
 * a component is never a child, so it ends as the root of its component.
 *
 * <p>Convergence check. The loop stops when the edge set is a forest of stars hanging from roots:
 * every node has at most one parent and no parent has a parent. Then each component is exactly one
 * star (two stars could only touch through a node with two parents, or a root with a parent), its
 * root is the component's smallest node (invariant 3), and a further round would change nothing —
 * the fixpoint Kiveris et al. prove is reached after O(log² n) rounds (a handful in practice). The
 * check is exact (no checksum): one aggregation over the nodes of the edge set.
 *
 * <p>Each round is materialised with the given {@code materialise} step (a local or reliable
 * checkpoint), so the query plan does not grow with the number of rounds.
 */
public final class ConnectedComponents {
  public static final String SRC = "src";
  public static final String DST = "dst";
  public static final String NODE = "node";
  public static final String ROOT = "root";

  private final UnaryOperator<Dataset<Row>> materialise;
  private final int maxRounds;
  private int lastRounds;

  /**
   * @param materialise computes and stores one round's edges, cutting the lineage (e.g.
   *     {@code Dataset::localCheckpoint} or a reliable {@code checkpoint()})
   * @param maxRounds a safety bound; the algorithm converges long before it on any real graph
   */
  public ConnectedComponents(UnaryOperator<Dataset<Row>> materialise, int maxRounds) {
    this.materialise = materialise;
    this.maxRounds = maxRounds;
  }

  /** Rounds used by the last call of {@link #components}. */
  public int lastRounds() {
    return lastRounds;
  }

  /**
   * @param edges long columns {@code src} and {@code dst}, any orientation, duplicates and self
   *     loops allowed
   * @return columns {@code node} and {@code root}: one row for every node of a component of two or
   *     more nodes that is not its root; {@code root} is the smallest node of the component. Nodes
   *     that are absent are their own root.
   */
  public Dataset<Row> components(Dataset<Row> edges) {
    Dataset<Row> e =
        materialise.apply(
            edges
                .where(col(SRC).notEqual(col(DST)))
                .select(greatest(col(SRC), col(DST)).as(SRC), least(col(SRC), col(DST)).as(DST))
                .distinct());
    lastRounds = 0;
    if (isStarForest(e)) {
      return e.select(col(SRC).as(NODE), col(DST).as(ROOT));
    }
    while (true) {
      if (++lastRounds > maxRounds) {
        throw new IllegalStateException("connected components did not converge in " + maxRounds + " rounds");
      }
      e = materialise.apply(smallStar(largeStar(e)));
      if (isStarForest(e)) {
        return e.select(col(SRC).as(NODE), col(DST).as(ROOT));
      }
    }
  }

  /**
   * Every neighbour v &gt; u of node u is attached to m(u) = min(u, neighbours of u). Duplicate
   * edges are left for small-star's {@code distinct}: they change no minimum.
   */
  static Dataset<Row> largeStar(Dataset<Row> e) {
    Dataset<Row> both = e.union(e.select(col(DST).as(SRC), col(SRC).as(DST)));
    WindowSpec byNode = Window.partitionBy(col(SRC));
    return both.withColumn("m", least(min(col(DST)).over(byNode), col(SRC)))
        .where(col(DST).gt(col(SRC)))
        .select(col(DST).as(SRC), col("m").as(DST));
  }

  /** Node u and all its parents but the smallest, m, are attached to m. */
  static Dataset<Row> smallStar(Dataset<Row> e) {
    Dataset<Row> w = e.withColumn("m", min(col(DST)).over(Window.partitionBy(col(SRC))));
    return w.select(col(SRC), col("m").as(DST))
        .union(w.where(col(DST).notEqual(col("m"))).select(col(DST).as(SRC), col("m").as(DST)))
        .distinct();
  }

  /** Whether every node has at most one parent and no parent has one. */
  static boolean isStarForest(Dataset<Row> e) {
    Dataset<Row> roles =
        e.select(col(SRC).as(NODE), lit(1).as("child"), lit(0).as("parent"))
            .union(e.select(col(DST).as(NODE), lit(0).as("child"), lit(1).as("parent")));
    Dataset<Row> bad =
        roles.groupBy(col(NODE))
            .agg(sum(col("child")).as("parents"), max(col("parent")).as("isParent"))
            .where(col("parents").gt(1).or(col("parents").geq(1).and(col("isParent").equalTo(1))));
    return bad.isEmpty();
  }

  /**
   * Labels every node of {@code nodes} (a column named {@code nodeColumn}) with its component's
   * root, itself when it is in no component of two or more.
   */
  public static Dataset<Row> label(Dataset<Row> nodes, String nodeColumn, Dataset<Row> components, String labelColumn) {
    return nodes.join(components, nodes.col(nodeColumn).equalTo(components.col(NODE)), "left_outer")
        .withColumn(labelColumn, when(col(ROOT).isNull(), col(nodeColumn)).otherwise(col(ROOT)))
        .drop(NODE, ROOT);
  }
}
