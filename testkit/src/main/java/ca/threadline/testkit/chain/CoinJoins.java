package ca.threadline.testkit.chain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds CoinJoins in the shape of each protocol, following the public descriptions that the
 * GraphSense detectors encode (graphsense-lib {@code heuristics_service.py}) and BlockSci's
 * generic rule, plus the look-alikes that must be told apart: a solo Stonewall and an exchange
 * batch payout with equal amounts. Every participant is a different owner.
 */
final class CoinJoins {
  static final long WASABI1_DENOM = 10_000_000L;
  static final long WHIRLPOOL_POOL = 1_000_000L;
  static final long WHIRLPOOL_FEE = 50_000L;
  private final Economy e;
  private final List<GenUtxo> premix = new ArrayList<>();
  private final List<GenUtxo> postmix = new ArrayList<>();
  private int liquidity;

  CoinJoins(Economy e) {
    this.e = e;
  }

  /** {@code n} distinct users drawn at random (without shuffling every user: chains have many). */
  private List<Owner> participants(int n) {
    java.util.Random pick = new java.util.Random(e.r.nextLong());
    java.util.LinkedHashSet<Owner> chosen = new java.util.LinkedHashSet<>();
    int want = Math.min(n, e.users.size());
    while (chosen.size() < want) {
      chosen.add(e.users.get(pick.nextInt(e.users.size())));
    }
    return new ArrayList<>(chosen);
  }

  private static void fact(Economy e, String kind, GenTx tx) {
    if (e.truth != null) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("tx", GenHash.hexReversed(tx.txid()));
      e.truth.fact(kind, f);
    }
  }

  /** BlockSci's shape: k inputs of k owners, k equal outputs and k-1 change outputs. */
  boolean generic() {
    int k = 3 + e.r.nextInt(3);
    long d = e.amount(1_000_000, 20_000_000);
    List<GenUtxo> ins = new ArrayList<>();
    for (Owner o : participants(k)) {
      GenUtxo u = e.ensureSingle(o, d + 50_000);
      if (u == null) {
        return false;
      }
      ins.add(u);
    }
    GenTx tx = new GenTx();
    List<long[]> change = new ArrayList<>();
    for (GenUtxo u : ins) {
      tx.spend(u, e.r);
    }
    for (GenUtxo u : ins) {
      tx.pay(e.byName.get(u.address().owner).fresh(e.r), d);
    }
    for (int i = 1; i < ins.size(); i++) {
      change.add(new long[] {ins.get(i).value() - d - 2_000});
    }
    Economy.distinctValues(change);
    for (int i = 1; i < ins.size(); i++) {
      long c = change.get(i - 1)[0];
      if (c == d || c < 1000) {
        return false;
      }
      tx.pay(e.byName.get(ins.get(i).address().owner).fresh(e.r), c);
    }
    e.commit(tx, "generic", false, null);
    fact(e, "coinjoin_generic", tx);
    return true;
  }

  /** Wasabi 1.x (ZeroLink): >= 10 inputs, 0.1 BTC outputs, change, one coordinator fee. */
  boolean wasabi1() {
    for (int attempt = 0; attempt < 5; attempt++) {
      int n = 10 + e.r.nextInt(5);
      List<GenUtxo> ins = new ArrayList<>();
      for (Owner o : participants(n)) {
        GenUtxo u = o.single(WASABI1_DENOM + 30_000, e.height, Economy.MATURITY, false);
        if (u == null || u.value() > WASABI1_DENOM + 8_000_000) {
          u = e.fund(o, WASABI1_DENOM + 30_000 + e.r.nextInt(8_000_000), null);
        }
        if (u == null) {
          return false;
        }
        ins.add(u);
      }
      long coordFee = 3_000L * n;
      GenTx tx = new GenTx();
      long totOut = 0;
      List<long[]> change = new ArrayList<>();
      for (GenUtxo u : ins) {
        tx.spend(u, e.r);
        change.add(new long[] {u.value() - WASABI1_DENOM - 3_000 - 1_500});
      }
      Economy.distinctValues(change);
      for (GenUtxo u : ins) {
        tx.pay(e.byName.get(u.address().owner).fresh(e.r), WASABI1_DENOM);
        totOut += WASABI1_DENOM;
      }
      for (int i = 0; i < ins.size(); i++) {
        long c = change.get(i)[0];
        if (c >= 5_000) {
          tx.pay(e.byName.get(ins.get(i).address().owner).fresh(e.r), c);
          totOut += c;
        }
      }
      tx.pay(coordinator("wasabi1-coordinator"), coordFee);
      totOut += coordFee;
      long nHat = Math.round((double) totOut / WASABI1_DENOM);
      // Not an exact N-way split (GraphSense rejects those below 20 inputs as payouts).
      if (Math.abs(totOut - nHat * WASABI1_DENOM) / (double) totOut <= 0.0002 || totOut > tx.inputValue()) {
        continue;
      }
      e.commit(tx, "wasabi1", false, null);
      fact(e, "coinjoin_wasabi1", tx);
      return true;
    }
    return false;
  }

  private GenAddress coordinator(String name) {
    Owner c = e.byName.get(name);
    if (c == null) {
      c = e.owner(name, GenAddress.Type.P2WPKH, false);
      c.receive = c.fresh(e.r);
      if (e.truth != null) {
        e.truth.tag(c.receive, name + " fees (fictional)", "mixing_service");
      }
    }
    return c.receive;
  }

  /** Wasabi 2.x (WabiSabi): >= 20 inputs, a power-of-two denomination ladder, change, fee. */
  boolean wasabi2() {
    long[] denoms = new long[10];
    for (int i = 0; i < denoms.length; i++) {
      denoms[i] = 100_000L << i;
    }
    for (int attempt = 0; attempt < 5; attempt++) {
      int n = 10 + e.r.nextInt(5);
      List<GenUtxo> ins = new ArrayList<>();
      for (Owner o : participants(n)) {
        for (int k = 0; k < 2; k++) {
          GenUtxo u = e.fund(o, e.amount(500_000, 60_000_000), null);
          if (u == null) {
            return false;
          }
          ins.add(u);
        }
      }
      GenTx tx = new GenTx();
      for (GenUtxo u : ins) {
        tx.spend(u, e.r);
      }
      Map<Long, Integer> freq = new java.util.HashMap<>();
      List<long[]> change = new ArrayList<>();
      List<Owner> changeOwner = new ArrayList<>();
      List<long[]> denomOut = new ArrayList<>();
      List<Owner> denomOwner = new ArrayList<>();
      for (int p = 0; p < ins.size(); p += 2) {
        Owner o = e.byName.get(ins.get(p).address().owner);
        long left = ins.get(p).value() + ins.get(p + 1).value() - 4_000;
        for (int i = denoms.length - 1; i >= 0 && left >= denoms[0]; i--) {
          while (left >= denoms[i] && denomOut.size() < 200) {
            denomOut.add(new long[] {denoms[i]});
            denomOwner.add(o);
            freq.merge(denoms[i], 1, Integer::sum);
            left -= denoms[i];
            if (e.r.nextInt(3) == 0) {
              break;
            }
          }
        }
        if (left >= 5_000) {
          change.add(new long[] {left});
          changeOwner.add(o);
        }
      }
      Economy.distinctValues(change);
      boolean clash = change.stream().anyMatch(c -> freq.containsKey(c[0]));
      long tiers = freq.values().stream().filter(c -> c >= 2).count();
      long denomCount = 0;
      for (long[] d : denomOut) {
        if (freq.get(d[0]) >= 2) {
          denomCount++;
        }
      }
      int outputs = denomOut.size() + change.size() + 1;
      if (clash || tiers < 3 || change.isEmpty() || denomCount < (outputs - 1) / 2.0) {
        continue;
      }
      for (int i = 0; i < denomOut.size(); i++) {
        tx.pay(denomOwner.get(i).fresh(e.r), denomOut.get(i)[0]);
      }
      for (int i = 0; i < change.size(); i++) {
        tx.pay(changeOwner.get(i).fresh(e.r), change.get(i)[0]);
      }
      tx.pay(coordinator("wasabi2-coordinator"), 5_000 + 97L * ins.size());
      if (tx.outputValue() > tx.inputValue()) {
        continue;
      }
      e.commit(tx, "wasabi2", false, null);
      fact(e, "coinjoin_wasabi2", tx);
      return true;
    }
    return false;
  }

  /** Whirlpool: a Tx0 when premix coins are short, else a 5-in/5-out mix of the 0.01 BTC pool. */
  boolean whirlpool() {
    if (premix.size() < 2 || e.r.nextInt(3) == 0) {
      return tx0();
    }
    while (postmix.size() + liquidity < 4 && liquidity < 4) {
      Owner l = e.owner("whirlpool-liquidity-" + liquidity, GenAddress.Type.P2WPKH, false);
      liquidity++;
      GenUtxo u = e.fund(l, WHIRLPOOL_POOL, null);
      if (u == null) {
        return false;
      }
      l.utxos.remove(u);
      e.reserved.add(u);
      postmix.add(u);
    }
    int fresh = 1 + e.r.nextInt(Math.min(4, premix.size()));
    int remix = 5 - fresh;
    if (postmix.size() < remix) {
      fresh = 5 - postmix.size();
      remix = postmix.size();
      if (fresh > premix.size() || fresh > 4) {
        return tx0();
      }
    }
    List<GenUtxo> ins = new ArrayList<>();
    java.util.Set<String> owners = new java.util.HashSet<>();
    for (int i = 0; i < premix.size() && ins.size() < fresh; i++) {
      if (owners.add(premix.get(i).address().owner)) {
        ins.add(premix.get(i));
      }
    }
    for (int i = 0; i < postmix.size() && ins.size() < 5; i++) {
      if (owners.add(postmix.get(i).address().owner)) {
        ins.add(postmix.get(i));
      }
    }
    if (ins.size() != 5) {
      return tx0();
    }
    GenTx tx = new GenTx();
    for (GenUtxo u : ins) {
      tx.spend(u, e.r);
      premix.remove(u);
      postmix.remove(u);
    }
    for (GenUtxo u : ins) {
      tx.pay(e.byName.get(u.address().owner).fresh(e.r), WHIRLPOOL_POOL);
    }
    List<GenUtxo> out = e.commit(tx, "whirlpool", false, Set.of(0, 1, 2, 3, 4));
    for (GenUtxo u : out) {
      if (e.r.nextInt(10) < 7) {
        postmix.add(u);
      } else {
        e.reserved.remove(u);
        e.byName.get(u.address().owner).utxos.add(u);
      }
    }
    fact(e, "coinjoin_whirlpool", tx);
    return true;
  }

  /** Tx0: premix outputs of d + epsilon, the coordinator fee, one OP_RETURN, toxic change. */
  private boolean tx0() {
    Owner o = e.randomUser();
    int k = 2 + e.r.nextInt(4);
    long eps = 1_000 + e.r.nextInt(500);
    long need = k * (WHIRLPOOL_POOL + eps) + WHIRLPOOL_FEE + 200_000;
    GenUtxo u = e.ensureSingle(o, need);
    if (u == null) {
      return false;
    }
    GenTx tx = new GenTx();
    tx.spend(u, e.r);
    java.util.Set<Integer> reserve = new java.util.HashSet<>();
    for (int i = 0; i < k; i++) {
      reserve.add(tx.outs.size());
      tx.pay(o.fresh(e.r), WHIRLPOOL_POOL + eps);
    }
    tx.pay(coordinator("whirlpool-coordinator"), WHIRLPOOL_FEE);
    tx.data(GenScripts.random(e.r, 46));
    long change = u.value() - k * (WHIRLPOOL_POOL + eps) - WHIRLPOOL_FEE - 1_500;
    tx.pay(o.fresh(e.r), change);
    List<GenUtxo> out = e.commit(tx, null, false, reserve);
    for (int i : reserve) {
      premix.add(out.get(i));
    }
    fact(e, "whirlpool_tx0", tx);
    return true;
  }

  /** JoinMarket: a taker and 2-4 makers, equal outputs, maker fees, change for each. */
  boolean joinMarket() {
    int n = 3 + e.r.nextInt(3);
    long d = e.amount(2_000_000, 30_000_000);
    List<Owner> ps = participants(n);
    List<GenUtxo> ins = new ArrayList<>();
    for (Owner o : ps) {
      GenUtxo u = e.ensureSingle(o, d + 100_000);
      if (u == null) {
        return false;
      }
      ins.add(u);
    }
    GenTx tx = new GenTx();
    for (GenUtxo u : ins) {
      tx.spend(u, e.r);
    }
    for (Owner o : ps) {
      tx.pay(o.fresh(e.r), d);
    }
    long makerFee = 300 + e.r.nextInt(2_000);
    List<long[]> change = new ArrayList<>();
    for (int i = 0; i < ins.size(); i++) {
      long c = i == 0 ? ins.get(0).value() - d - makerFee * (n - 1) - 3_000 : ins.get(i).value() - d + makerFee;
      change.add(new long[] {c});
    }
    Economy.distinctValues(change);
    for (int i = 0; i < ins.size(); i++) {
      long c = change.get(i)[0];
      if (c == d) {
        return false;
      }
      if (c >= 5_460) {
        tx.pay(ps.get(i).fresh(e.r), c);
      }
    }
    if (tx.outputValue() > tx.inputValue() || tx.outs.size() == n) {
      return false;
    }
    e.commit(tx, "joinmarket", false, null);
    fact(e, "coinjoin_joinmarket", tx);
    return true;
  }

  /**
   * A solo Stonewall: one owner's two coins pay a payee and a decoy of the same amount to
   * itself plus two changes. It has the shape of a two-party CoinJoin, so the generic rule
   * vetoes it (a missed merge the error rates count).
   */
  boolean stonewall() {
    Owner o = e.randomUser();
    List<GenUtxo> two = new ArrayList<>();
    for (GenUtxo u : o.utxos) {
      if (two.isEmpty() || u.address() != two.get(0).address()) {
        two.add(u);
      }
      if (two.size() == 2) {
        break;
      }
    }
    if (two.size() < 2) {
      return false;
    }
    long sum = two.get(0).value() + two.get(1).value();
    long p = sum / 5;
    long fee = 2_500;
    long c1 = (sum - 2 * p - fee) / 3;
    long c2 = sum - 2 * p - fee - c1;
    if (p < 10_000 || c1 < 5_000 || c1 == c2 || c1 == p || c2 == p) {
      return false;
    }
    GenTx tx = new GenTx();
    for (GenUtxo u : two) {
      tx.spend(u, e.r);
    }
    tx.pay(e.otherUser(o).fresh(e.r), p);
    tx.pay(o.fresh(e.r), c1);
    tx.pay(o.fresh(e.r), p);
    tx.pay(o.fresh(e.r), c2);
    e.commit(tx, "stonewall", false, null);
    fact(e, "stonewall", tx);
    return true;
  }

  /**
   * An exchange batch payout with three equal withdrawals from three hot addresses: the generic
   * rule and JoinMarket's shape fire on it, and only the exchange tag on its inputs lifts that.
   */
  boolean exchangeBatch() {
    Owner ex = e.r.nextBoolean() ? e.exA : e.exB;
    List<GenUtxo> ins = new ArrayList<>();
    java.util.Set<GenAddress> used = new java.util.HashSet<>();
    for (GenUtxo u : ex.utxos) {
      if (ex.hot.contains(u.address()) && used.add(u.address())) {
        ins.add(u);
      }
      if (ins.size() == 3) {
        break;
      }
    }
    if (ins.size() < 3) {
      return false;
    }
    long sum = 0;
    for (GenUtxo u : ins) {
      sum += u.value();
    }
    long w = 1_000_000L * (1 + e.r.nextInt(5));
    long other = w + 123_457;
    long fee = 3_000;
    long change = sum - 3 * w - other - fee;
    if (change < 10_000 || change == w || change == other) {
      return false;
    }
    GenTx tx = new GenTx();
    for (GenUtxo u : ins) {
      tx.spend(u, e.r);
    }
    for (int i = 0; i < 3; i++) {
      tx.pay(e.randomUser().fresh(e.r), w);
    }
    tx.pay(e.randomUser().fresh(e.r), other);
    GenAddress changeTo = ex.hot.get(3);
    tx.pay(changeTo, change);
    e.commit(tx, "exchange-batch", true, null);
    fact(e, "exchange_batch", tx);
    return true;
  }
}
