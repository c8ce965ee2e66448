package ca.threadline.chain.trace;

import ca.threadline.chain.api.ChainStore;
import ca.threadline.chain.api.ReachedCluster;
import ca.threadline.chain.api.TraceRequest;
import ca.threadline.chain.api.TraceResult;
import ca.threadline.chain.store.ChainData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * Follows money output by output. Forward, a tainted output taints the transaction that spends
 * it; backward, a tainted output taints the inputs of the transaction that made it. Transactions
 * are processed in chain order (forward) or reverse chain order (backward), so every taint a
 * transaction receives has arrived before it is passed on. Hops count transactions from the
 * seed. Reached clusters are reported with the smallest hop count at which they were reached
 * and the total tainted value they received.
 *
 * <p>Taint: POISON passes an output's full value on; HAIRCUT passes on value × (tainted /
 * total) of the transaction, rounded down (fees take their share).
 */
public final class Tracer {
  private final ChainStore store;
  private final ChainData d;

  public Tracer(ChainStore store) {
    this.store = store;
    this.d = store.data();
  }

  private static final class Acc {
    long taint;
    int hop = Integer.MAX_VALUE;
  }

  private final class Reach {
    final long cluster;
    int hop;
    long amount;
    boolean stopped;
    final String firstAddress;
    final String firstTxid;

    Reach(long cluster, int hop, String firstAddress, String firstTxid) {
      this.cluster = cluster;
      this.hop = hop;
      this.firstAddress = firstAddress;
      this.firstTxid = firstTxid;
    }
  }

  public TraceResult trace(TraceRequest r) throws IOException {
    boolean forward = r.direction() == TraceRequest.Direction.FORWARD;
    Map<Long, Acc> pending = new HashMap<>();
    PriorityQueue<Long> queue = new PriorityQueue<Long>(forward ? Comparator.<Long>naturalOrder() : Comparator.<Long>reverseOrder());
    long seedAmount = 0;
    long seedTx = store.findTx(r.seed());
    Set<Long> seedOutputs = new HashSet<>();
    if (seedTx >= 0) {
      Acc a = new Acc();
      a.hop = 1;
      if (forward) {
        for (long i = d.txFirstInput(seedTx); i < d.txInputEnd(seedTx); i++) {
          a.taint += d.inValue(i);
        }
        if (d.txIsCoinbase(seedTx)) {
          for (long o = d.txFirstOutput(seedTx); o < d.txOutputEnd(seedTx); o++) {
            a.taint += d.outValue(o);
          }
        }
      } else {
        for (long o = d.txFirstOutput(seedTx); o < d.txOutputEnd(seedTx); o++) {
          a.taint += d.outValue(o);
        }
      }
      seedAmount = a.taint;
      pending.put(seedTx, a);
      queue.add(seedTx);
    } else {
      int id = store.addressId(r.seed());
      if (id < 0) {
        throw new IllegalArgumentException("unknown address or transaction: " + r.seed());
      }
      List<Integer> seeds = new ArrayList<>();
      long cluster = store.clusterOf(id);
      if (r.wholeCluster() && store.clusters() != null && store.clusters().covers(id)) {
        for (int k = 0, n = store.clusters().size((int) cluster); k < n; k++) {
          seeds.add(store.clusters().member((int) cluster, k));
        }
      } else {
        seeds.add(id);
      }
      for (int a : seeds) {
        for (long o = d.addressHead(a); o >= 0; o = d.outPrevSame(o)) {
          seedOutputs.add(o);
          seedAmount += d.outValue(o);
          follow(o, d.outValue(o), 0, r, forward, pending, queue);
        }
      }
    }
    Map<Long, Reach> reached = new HashMap<>();
    Map<Long, Boolean> stopCache = new HashMap<>();
    long visited = 0;
    boolean truncated = false;
    while (!queue.isEmpty()) {
      long t = queue.poll();
      Acc a = pending.remove(t);
      if (++visited > r.maxTxs()) {
        truncated = true;
        break;
      }
      boolean poison = r.taint() == TraceRequest.Taint.POISON;
      if (forward) {
        long totalIn = 0;
        for (long i = d.txFirstInput(t); i < d.txInputEnd(t); i++) {
          totalIn += d.inValue(i);
        }
        if (totalIn == 0) {
          for (long o = d.txFirstOutput(t); o < d.txOutputEnd(t); o++) {
            totalIn += d.outValue(o);
          }
        }
        for (long o = d.txFirstOutput(t); o < d.txOutputEnd(t); o++) {
          int addr = d.outAddress(o);
          long v = d.outValue(o);
          long amount = poison ? v : share(v, a.taint, totalIn);
          if (addr < 0 || amount <= 0) {
            continue;
          }
          boolean stop = reach(reached, stopCache, addr, a.hop, amount, t, r);
          if (!stop) {
            follow(o, amount, a.hop, r, true, pending, queue);
          }
        }
      } else {
        if (d.txIsCoinbase(t)) {
          continue;
        }
        long totalOut = 0;
        for (long o = d.txFirstOutput(t); o < d.txOutputEnd(t); o++) {
          totalOut += d.outValue(o);
        }
        for (long i = d.txFirstInput(t); i < d.txInputEnd(t); i++) {
          int addr = d.inAddress(i);
          long v = d.inValue(i);
          long amount = poison ? v : share(v, a.taint, totalOut);
          long spent = d.inSpent(i);
          if (addr < 0 || amount <= 0 || spent < 0) {
            continue;
          }
          boolean stop = reach(reached, stopCache, addr, a.hop, amount, t, r);
          if (!stop) {
            follow(spent, amount, a.hop, r, false, pending, queue);
          }
        }
      }
    }
    List<ReachedCluster> out = new ArrayList<>();
    for (Reach x : reached.values()) {
      out.add(new ReachedCluster(x.cluster, store.addressText((int) x.cluster), x.hop, x.amount, store.clusterLabels(x.cluster),
          new LinkedHashSet<>(store.clusterCategories(x.cluster)), x.stopped, x.firstAddress, x.firstTxid));
    }
    out.sort(Comparator.comparingInt(ReachedCluster::hops).thenComparing(Comparator.comparingLong(ReachedCluster::amountSat).reversed()).thenComparingLong(ReachedCluster::cluster));
    return new TraceResult(out, Math.min(visited, r.maxTxs()), truncated, seedAmount);
  }

  /** value × taint / total, rounded down, without overflow. */
  static long share(long value, long taint, long total) {
    if (total <= 0 || taint >= total) {
      return value;
    }
    return java.math.BigInteger.valueOf(value).multiply(java.math.BigInteger.valueOf(taint)).divide(java.math.BigInteger.valueOf(total)).longValue();
  }

  /** Records that a cluster received tainted value; returns true when the trace stops there. */
  private boolean reach(Map<Long, Reach> reached, Map<Long, Boolean> stopCache, int addr, int hop, long amount, long tx, TraceRequest r) throws IOException {
    long c = store.clusterOf(addr);
    Reach x = reached.get(c);
    if (x == null) {
      x = new Reach(c, hop, store.addressText(addr), store.txid(tx));
      reached.put(c, x);
    }
    x.hop = Math.min(x.hop, hop);
    x.amount += amount;
    Boolean stop = stopCache.get(c);
    if (stop == null) {
      stop = false;
      for (String cat : store.clusterCategories(c)) {
        stop |= r.stopCategories().contains(cat);
      }
      stopCache.put(c, stop);
    }
    x.stopped |= stop;
    return stop;
  }

  /** Passes taint from output {@code o} to the next transaction, if the limits allow. */
  private void follow(long o, long amount, int hop, TraceRequest r, boolean forward, Map<Long, Acc> pending, PriorityQueue<Long> queue) {
    if (hop >= r.hops() || amount < r.minAmountSat()) {
      return;
    }
    long next = forward ? d.outSpentBy(o) : d.outTx(o);
    if (next < 0) {
      return;
    }
    long time = d.txTime(next);
    if ((r.fromTime() != null && time < r.fromTime()) || (r.toTime() != null && time > r.toTime())) {
      return;
    }
    Acc a = pending.get(next);
    if (a == null) {
      a = new Acc();
      pending.put(next, a);
      queue.add(next);
    }
    a.taint += amount;
    a.hop = Math.min(a.hop, hop + 1);
  }

  /** Direct (1 hop) and indirect (more) value by tag category, in and out of an address. */
  public Map<String, Object> exposure(String address, int hops, TraceRequest.Taint taint) throws IOException {
    return exposure(address, hops, taint, true);
  }

  /** Exposure of the address's cluster ({@code wholeCluster}) or of the address alone. */
  public Map<String, Object> exposure(String address, int hops, TraceRequest.Taint taint, boolean wholeCluster) throws IOException {
    Set<String> stops = new HashSet<>();
    for (String a : store.tags().taggedAddresses()) {
      stops.addAll(store.tags().categories(a));
    }
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    for (TraceRequest.Direction dir : TraceRequest.Direction.values()) {
      TraceResult res = trace(new TraceRequest(address, dir, hops, taint, stops, 0, null, null, 1_000_000, wholeCluster));
      Map<String, Long> direct = new TreeMap<>();
      Map<String, Long> indirect = new TreeMap<>();
      for (ReachedCluster c : res.clusters()) {
        for (String cat : c.categories()) {
          (c.hops() <= 1 ? direct : indirect).merge(cat, c.amountSat(), Long::sum);
        }
      }
      Map<String, Object> side = new java.util.LinkedHashMap<>();
      side.put("direct", direct);
      side.put("indirect", indirect);
      side.put("seed_value_sat", res.seedAmountSat());
      side.put("truncated", res.truncated());
      out.put(dir == TraceRequest.Direction.FORWARD ? "outgoing" : "incoming", side);
    }
    return out;
  }
}
