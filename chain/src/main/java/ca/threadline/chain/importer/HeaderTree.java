package ca.threadline.chain.importer;

import ca.threadline.chain.store.HeaderRecord;
import ca.threadline.chain.util.Le;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every block header seen, linked by previous-block hash. The best chain is the one with the
 * most cumulative proof of work from a genesis block (prev = 0), work per block being
 * {@code 2^256 / (target + 1)} with the target decoded from nBits, as Bitcoin Core's
 * {@code GetBlockProof}. Headers that do not connect to a genesis are orphans and never chosen.
 * Proof of work itself is not checked: Threadline trusts the node that wrote the files.
 */
public final class HeaderTree {
  private static final BigInteger TWO_256 = BigInteger.ONE.shiftLeft(256);

  /** A header and its place in the tree. */
  public static final class Node {
    public final HeaderRecord header;
    public final int order;
    Node parent;
    Node root;
    int height = -1;
    BigInteger work;

    Node(HeaderRecord header, int order) {
      this.header = header;
      this.order = order;
    }

    public int height() {
      return height;
    }

    public BigInteger work() {
      return work;
    }
  }

  private final Map<Key, Node> nodes = new HashMap<>();
  private final List<Node> inOrder = new ArrayList<>();

  /** Adds a header; returns {@code false} when a header with that hash is already known. */
  public boolean add(HeaderRecord h) {
    Key k = new Key(h.hash());
    if (nodes.containsKey(k)) {
      return false;
    }
    Node n = new Node(h, inOrder.size());
    nodes.put(k, n);
    inOrder.add(n);
    return true;
  }

  public boolean contains(byte[] hash) {
    return nodes.containsKey(new Key(hash));
  }

  public int size() {
    return inOrder.size();
  }

  public static BigInteger blockWork(int bits) {
    int exp = (bits >>> 24) & 0xff;
    long mant = bits & 0x007fffffL;
    if ((bits & 0x00800000) != 0 || mant == 0) {
      return BigInteger.ZERO;
    }
    BigInteger target = exp <= 3 ? BigInteger.valueOf(mant >>> (8 * (3 - exp))) : BigInteger.valueOf(mant).shiftLeft(8 * (exp - 3));
    if (target.signum() == 0 || target.bitLength() > 256) {
      return BigInteger.ZERO;
    }
    return TWO_256.divide(target.add(BigInteger.ONE));
  }

  /** Links every node to its parent and computes heights and cumulative work. */
  public void link() {
    for (Node n : inOrder) {
      n.parent = nodes.get(new Key(n.header.prev()));
      n.height = -1;
      n.work = null;
    }
    ArrayDeque<Node> stack = new ArrayDeque<>();
    for (Node n : inOrder) {
      Node c = n;
      while (c != null && c.height < 0 && !isGenesis(c)) {
        stack.push(c);
        c = c.parent;
        if (stack.size() > inOrder.size()) {
          break; // a cycle of hashes cannot happen, but never loop forever on crafted input
        }
      }
      if (c != null && c.height < 0 && isGenesis(c)) {
        c.height = 0;
        c.root = c;
        c.work = blockWork(c.header.bits());
      }
      while (!stack.isEmpty()) {
        Node x = stack.pop();
        if (x.parent != null && x.parent.height >= 0) {
          x.height = x.parent.height + 1;
          x.root = x.parent.root;
          x.work = x.parent.work.add(blockWork(x.header.bits()));
        }
      }
    }
  }

  private static boolean isGenesis(Node n) {
    byte[] p = n.header.prev();
    for (byte b : p) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  /** Headers that do not connect to any genesis block. */
  public long orphanCount() {
    return inOrder.stream().filter(n -> n.height < 0).count();
  }

  /**
   * The tip with the most work whose chain starts at {@code genesis} (any genesis when null).
   * Ties go to {@code preferred} (the stored tip), then to the header seen first.
   */
  public Node bestTip(byte[] genesis, byte[] preferred) {
    Node best = null;
    Node pref = preferred == null ? null : nodes.get(new Key(preferred));
    for (Node n : inOrder) {
      if (n.height < 0 || (genesis != null && !java.util.Arrays.equals(n.root.header.hash(), genesis))) {
        continue;
      }
      if (best == null) {
        best = n;
        continue;
      }
      int c = n.work.compareTo(best.work);
      if (c > 0 || (c == 0 && n == pref)) {
        best = n;
      }
    }
    return best;
  }

  /** The chain from genesis to {@code tip}, index = height. */
  public List<Node> chainTo(Node tip) {
    List<Node> l = new ArrayList<>(tip.height + 1);
    for (Node c = tip; c != null; c = c.height > 0 ? c.parent : null) {
      l.add(c);
    }
    Collections.reverse(l);
    return l;
  }

  /** Hashes are compared as four longs. */
  private record Key(long a, long b, long c, long d) {
    Key(byte[] h) {
      this(Le.i64(h, 0), Le.i64(h, 8), Le.i64(h, 16), Le.i64(h, 24));
    }
  }
}
