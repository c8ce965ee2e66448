package ca.threadline.testkit.chain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The synthetic economy: people paying each other with change, two exchanges (deposit
 * addresses, consolidations, batch payouts), miners, an ad-site payment processor sweeping
 * invoices to an exchange, a peel chain, a multisig vault, a hash-puzzle script, a future
 * witness version, OP_RETURN data, and the CoinJoins of {@link CoinJoins}.
 *
 * <p>Invariant of the traffic model: ordinary transactions never pay two outputs the same value,
 * and with 10 or more inputs pay at most 2 outputs, so none takes the shape of a CoinJoin by
 * accident; every transaction in a CoinJoin's shape is built as one and labelled.
 */
final class Economy {
  static final int MATURITY = 10;
  static final long COIN = 100_000_000L;
  final SplittableRandom r;
  final GroundTruth truth;
  final Map<String, Owner> byName = new HashMap<>();
  final List<Owner> users = new ArrayList<>();
  final List<Owner> miners = new ArrayList<>();
  final Owner exA;
  final Owner exB;
  final Owner processor;
  final Owner peeler;
  final Owner vault;
  final Owner puzzle;
  final Owner future;
  final GenAddress processorHot;
  final CoinJoins coinJoins;
  final Set<GenUtxo> reserved = new HashSet<>();
  int height;
  List<GenTx> body = new ArrayList<>();
  GenUtxo peelCurrent;
  private final boolean recordTruth;

  final org.bitcoinj.base.Network network;

  Economy(SplittableRandom r, GroundTruth truth, int userCount, boolean recordTruth, org.bitcoinj.base.Network network) {
    this.r = r;
    this.network = network;
    this.truth = truth;
    this.recordTruth = recordTruth;
    GenAddress.Type[] types = {GenAddress.Type.P2PKH, GenAddress.Type.P2SH, GenAddress.Type.P2WPKH, GenAddress.Type.P2WPKH, GenAddress.Type.P2TR, GenAddress.Type.P2WSH};
    for (int i = 0; i < userCount; i++) {
      users.add(owner("user-" + i, types[r.nextInt(types.length)], r.nextBoolean()));
    }
    for (int i = 0; i < 3; i++) {
      miners.add(owner("miner-" + i, i == 0 ? GenAddress.Type.P2PKH : GenAddress.Type.P2WPKH, false));
    }
    exA = owner("exchange-A", GenAddress.Type.P2WPKH, false);
    exB = owner("exchange-B", GenAddress.Type.P2SH, false);
    for (Owner ex : List.of(exA, exB)) {
      for (int i = 0; i < 4; i++) {
        GenAddress h = ex.fresh(r);
        ex.hot.add(h);
        if (truth != null) {
          truth.tag(h, ex.name + " hot wallet", "exchange");
        }
      }
    }
    processor = owner("adpay-processor", GenAddress.Type.P2WPKH, false);
    processorHot = processor.fresh(r);
    if (truth != null) {
      truth.tag(processorHot, "AdPay, ad-site payment processor (fictional)", "payment_processor");
    }
    peeler = owner("peeler", GenAddress.Type.P2PKH, false);
    vault = owner("vault-multisig", GenAddress.Type.MULTISIG, false);
    puzzle = owner("hash-puzzle", GenAddress.Type.NONSTANDARD, false);
    future = owner("future-witness", GenAddress.Type.WITNESS_V2, false);
    coinJoins = new CoinJoins(this);
  }

  Owner owner(String name, GenAddress.Type t, boolean antiSnipe) {
    Owner o = new Owner(name, t, antiSnipe);
    byName.put(name, o);
    return o;
  }

  boolean isMiner(Owner o) {
    return o.name.startsWith("miner-");
  }

  long fee(int ins, int outs) {
    return (150 + 68L * ins + 31L * outs) * (1 + r.nextInt(3));
  }

  Owner randomUser() {
    return users.get(r.nextInt(users.size()));
  }

  Owner otherUser(Owner not) {
    Owner u;
    do {
      u = randomUser();
    } while (u == not && users.size() > 1);
    return u;
  }

  /** Adds a finished transaction to the block, moves coins between wallets, tells the truth. */
  List<GenUtxo> commit(GenTx tx, String coinJoinKind, boolean lifted, Set<Integer> reserveOutputs) {
    for (GenTx.In in : tx.ins) {
      GenUtxo u = in.spent();
      Owner o = byName.get(u.address().owner);
      o.utxos.remove(u);
      reserved.remove(u);
    }
    List<GenUtxo> created = new ArrayList<>();
    for (int i = 0; i < tx.outs.size(); i++) {
      GenTx.Out out = tx.outs.get(i);
      if (out.address() == null) {
        created.add(null);
        continue;
      }
      GenUtxo u = new GenUtxo(tx.txid(), i, out.value(), out.address(), height);
      created.add(u);
      if (reserveOutputs != null && reserveOutputs.contains(i)) {
        reserved.add(u);
      } else {
        byName.get(out.address().owner).utxos.add(u);
      }
    }
    body.add(tx);
    if (recordTruth) {
      truth.record(tx, false, coinJoinKind, lifted);
    }
    return created;
  }

  /** Makes every output value distinct by nudging later duplicates up by a satoshi. */
  static void distinctValues(List<long[]> values) {
    Set<Long> seen = new HashSet<>();
    for (long[] v : values) {
      while (!seen.add(v[0])) {
        v[0]++;
      }
    }
  }

  /**
   * An ordinary payment from {@code from}: payees, then change to a fresh address of the payer
   * (or {@code changeTo}), outputs in random order. Returns the created outputs or {@code null}.
   */
  List<GenUtxo> pay(Owner from, List<GenAddress> payees, List<Long> amounts, GenAddress changeTo, int maxInputs, byte[] opReturn) {
    long total = 0;
    for (long a : amounts) {
      total += a;
    }
    boolean miner = isMiner(from);
    List<GenUtxo> in = from.select(total + fee(maxInputs, payees.size() + 1), maxInputs, height, MATURITY, miner);
    if (in == null) {
      return null;
    }
    int maxOuts = in.size() >= 10 ? 2 : Integer.MAX_VALUE;
    if (payees.size() + 1 > maxOuts && payees.size() > 1) {
      return null;
    }
    GenTx tx = new GenTx();
    long inSum = 0;
    for (GenUtxo u : in) {
      tx.spend(u, r);
      inSum += u.value();
    }
    long fee = fee(in.size(), payees.size() + 1);
    long change = inSum - total - fee;
    List<long[]> values = new ArrayList<>();
    List<GenAddress> dest = new ArrayList<>(payees);
    for (long a : amounts) {
      values.add(new long[] {a});
    }
    if (change >= 1000 && payees.size() + 1 <= maxOuts) {
      values.add(new long[] {change});
      dest.add(changeTo != null ? changeTo : from.fresh(r));
    }
    distinctValues(values);
    long out = 0;
    for (long[] v : values) {
      out += v[0];
    }
    if (out > inSum) {
      return null;
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < dest.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new java.util.Random(r.nextLong()));
    for (int i : order) {
      tx.pay(dest.get(i), values.get(i)[0]);
    }
    if (opReturn != null) {
      tx.data(opReturn);
    }
    if (from.antiSnipe) {
      tx.locktime = height;
    }
    return commit(tx, null, false, null);
  }

  long amount(long min, long max) {
    double lo = Math.log(min);
    double hi = Math.log(max);
    return (long) Math.exp(lo + r.nextDouble() * (hi - lo));
  }

  /** An exchange withdrawal that gives {@code to} one spendable output of {@code amount}. */
  GenUtxo fund(Owner to, long amount, GenAddress at) {
    Owner ex = r.nextBoolean() ? exA : exB;
    GenAddress dest = at != null ? at : to.fresh(r);
    List<GenUtxo> c = pay(ex, List.of(dest), List.of(amount), ex.hot.get(r.nextInt(ex.hot.size())), 3, null);
    if (c == null) {
      ex = ex == exA ? exB : exA;
      c = pay(ex, List.of(dest), List.of(amount), ex.hot.get(r.nextInt(ex.hot.size())), 3, null);
    }
    if (c == null) {
      return null;
    }
    for (GenUtxo u : c) {
      if (u != null && u.address() == dest) {
        return u;
      }
    }
    return null;
  }

  GenUtxo ensureSingle(Owner o, long amount) {
    GenUtxo u = o.single(amount, height, MATURITY, false);
    return u != null ? u : fund(o, amount + amount(10_000, 8_000_000), null);
  }

  // ------------------------------------------------------------------ activities

  boolean payment() {
    Owner from = randomUser();
    long bal = from.balance(height, MATURITY, false);
    if (bal < 50_000) {
      return false;
    }
    int n = r.nextInt(5) == 0 ? 2 : 1;
    List<GenAddress> payees = new ArrayList<>();
    List<Long> amounts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Owner to = otherUser(from);
      payees.add(r.nextInt(10) < 3 ? to.receiveAddress(r) : to.fresh(r));
      amounts.add(amount(5_000, Math.max(6_000, bal / (2 * n))));
    }
    return pay(from, payees, amounts, null, 6, null) != null;
  }

  boolean adPayment() {
    Owner from = randomUser();
    GenAddress invoice = processor.fresh(r);
    long price = amount(50_000, 300_000);
    List<GenUtxo> c = pay(from, List.of(invoice), List.of(price), null, 4, null);
    if (c == null) {
      return false;
    }
    GenTx tx = body.get(body.size() - 1);
    if (recordTruth) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("tx", GenHash.hexReversed(tx.txid()));
      f.put("payer", tx.ins.get(0).spent().address().text(net()));
      f.put("invoice", invoice.text(net()));
      f.put("amount", price);
      truth.fact("ad_payment", f);
    }
    return true;
  }

  org.bitcoinj.base.Network net() {
    return network;
  }

  boolean deposit() {
    Owner from = randomUser();
    Owner ex = r.nextBoolean() ? exA : exB;
    GenAddress d = from.depositAt.computeIfAbsent(ex.name, k -> ex.fresh(r));
    long bal = from.balance(height, MATURITY, false);
    if (bal < 100_000) {
      return false;
    }
    return pay(from, List.of(d), List.of(amount(50_000, bal / 2)), null, 5, null) != null;
  }

  boolean withdrawal() {
    Owner ex = r.nextBoolean() ? exA : exB;
    int n = 1 + r.nextInt(6);
    List<GenAddress> payees = new ArrayList<>();
    List<Long> amounts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      payees.add(randomUser().fresh(r));
      amounts.add(amount(100_000, 50_000_000));
    }
    return pay(ex, payees, amounts, ex.hot.get(r.nextInt(ex.hot.size())), 3, null) != null;
  }

  /** Deposits (and one hot-wallet coin) swept into a hot address: one output. */
  boolean consolidate() {
    Owner ex = r.nextBoolean() ? exA : exB;
    List<GenUtxo> in = new ArrayList<>();
    GenUtxo hotCoin = null;
    for (GenUtxo u : ex.utxos) {
      boolean isHot = ex.hot.contains(u.address());
      if (isHot && hotCoin == null) {
        hotCoin = u;
      } else if (!isHot && in.size() < 25) {
        in.add(u);
      }
      if (in.size() == 25 && hotCoin != null) {
        break; // the same choice as a full scan, without walking thousands of deposits
      }
    }
    if (in.size() < 2) {
      return false;
    }
    if (hotCoin != null) {
      in.add(0, hotCoin);
    }
    GenTx tx = new GenTx();
    long sum = 0;
    for (GenUtxo u : in) {
      tx.spend(u, r);
      sum += u.value();
    }
    tx.pay(ex.hot.get(r.nextInt(ex.hot.size())), sum - fee(in.size(), 1));
    commit(tx, null, false, null);
    return true;
  }

  /** The payment processor sweeps its invoices, with its hot address, to its exchange deposit. */
  boolean sweepProcessor() {
    List<GenUtxo> invoices = new ArrayList<>();
    GenUtxo hot = null;
    for (GenUtxo u : processor.utxos) {
      if (u.address() == processorHot) {
        hot = u;
      } else if (invoices.size() < 25) {
        invoices.add(u);
      }
    }
    if (invoices.size() < 3) {
      return false;
    }
    GenTx tx = new GenTx();
    List<GenUtxo> in = new ArrayList<>();
    if (hot != null) {
      in.add(hot);
    }
    in.addAll(invoices);
    long sum = 0;
    for (GenUtxo u : in) {
      tx.spend(u, r);
      sum += u.value();
    }
    GenAddress deposit = processor.depositAt.computeIfAbsent(exA.name, k -> exA.fresh(r));
    long keep = 20_000 + r.nextInt(10_000);
    long fee = fee(in.size(), 2);
    tx.pay(deposit, sum - keep - fee);
    tx.pay(processorHot, keep);
    commit(tx, null, false, null);
    if (recordTruth) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("tx", GenHash.hexReversed(tx.txid()));
      f.put("hot_input", hot != null ? processorHot.text(net()) : "");
      List<String> inv = new ArrayList<>();
      for (GenUtxo u : invoices) {
        inv.add(u.address().text(net()));
      }
      f.put("invoices", inv);
      f.put("deposit", deposit.text(net()));
      truth.fact("sweep", f);
    }
    return true;
  }

  /** A user spends several of their own coins together to a fresh address of their own. */
  boolean coSpend() {
    Owner o = randomUser();
    if (o.utxos.size() < 2) {
      return false;
    }
    List<GenUtxo> in = new ArrayList<>();
    for (GenUtxo u : o.utxos) {
      in.add(u);
      if (in.size() == 2 + r.nextInt(3)) {
        break;
      }
    }
    GenTx tx = new GenTx();
    long sum = 0;
    for (GenUtxo u : in) {
      tx.spend(u, r);
      sum += u.value();
    }
    long fee = fee(in.size(), 1);
    if (sum - fee < 1000) {
      return false;
    }
    tx.pay(o.fresh(r), sum - fee);
    if (o.antiSnipe) {
      tx.locktime = height;
    }
    commit(tx, null, false, null);
    return true;
  }

  /** One step of a peel chain: 1 input, a small payment and the rest as change. */
  boolean peel() {
    if (peelCurrent == null || !peeler.utxos.contains(peelCurrent)) {
      peelCurrent = fund(peeler, amount(2 * COIN, 8 * COIN), null);
      return peelCurrent != null;
    }
    GenTx tx = new GenTx();
    tx.spend(peelCurrent, r);
    long v = peelCurrent.value();
    long payment = Math.min(v / 4, amount(100_000, 20_000_000));
    long fee = fee(1, 2);
    if (v - payment - fee < 50_000) {
      peelCurrent = null;
      return false;
    }
    Owner to = randomUser();
    GenAddress payee = r.nextInt(4) == 0 ? to.depositAt.computeIfAbsent(exA.name, k -> exA.fresh(r)) : to.fresh(r);
    if (payee.owner.equals(exA.name) == false && payee.owner.startsWith("exchange")) {
      payee = to.fresh(r);
    }
    GenAddress change = peeler.fresh(r);
    boolean changeFirst = r.nextBoolean();
    if (changeFirst) {
      tx.pay(change, v - payment - fee);
      tx.pay(payee, payment);
    } else {
      tx.pay(payee, payment);
      tx.pay(change, v - payment - fee);
    }
    String from = peelCurrent.address().text(net());
    List<GenUtxo> c = commit(tx, null, false, null);
    peelCurrent = c.get(changeFirst ? 0 : 1);
    if (recordTruth) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("tx", GenHash.hexReversed(tx.txid()));
      f.put("from", from);
      f.put("change", change.text(net()));
      f.put("payee", payee.text(net()));
      f.put("payment", payment);
      truth.fact("peel", f);
    }
    return true;
  }

  boolean poolPayout() {
    Owner m = miners.get(r.nextInt(miners.size()));
    int n = 3 + r.nextInt(8);
    List<GenAddress> payees = new ArrayList<>();
    List<Long> amounts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      payees.add(randomUser().fresh(r));
      amounts.add(amount(1_000_000, 300_000_000));
    }
    return pay(m, payees, amounts, m.fresh(r), 3, null) != null;
  }

  boolean minerSells() {
    Owner m = miners.get(r.nextInt(miners.size()));
    Owner ex = r.nextBoolean() ? exA : exB;
    GenAddress d = m.depositAt.computeIfAbsent(ex.name, k -> ex.fresh(r));
    return pay(m, List.of(d), List.of(amount(10 * COIN, 45 * COIN)), m.fresh(r), 2, null) != null;
  }

  boolean dataCarrier() {
    Owner from = randomUser();
    long bal = from.balance(height, MATURITY, false);
    if (bal < 50_000) {
      return false;
    }
    return pay(from, List.of(otherUser(from).fresh(r)), List.of(amount(5_000, bal / 2)), null, 4, GenScripts.random(r, 1 + r.nextInt(40))) != null;
  }

  /** Coins paid to the multisig vault, the hash puzzle or the future witness version, and spent. */
  boolean special(Owner holder) {
    if (r.nextBoolean() || holder.utxos.isEmpty()) {
      Owner from = randomUser();
      long bal = from.balance(height, MATURITY, false);
      if (bal < 100_000) {
        return false;
      }
      GenAddress to = holder == vault && holder.receive != null && r.nextBoolean() ? holder.receive : holder.fresh(r);
      if (holder.receive == null) {
        holder.receive = to;
      }
      return pay(from, List.of(to), List.of(amount(20_000, bal / 2)), null, 4, null) != null;
    }
    return pay(holder, List.of(randomUser().fresh(r)), List.of(holder.balance(height, MATURITY, false) / 3), holder.fresh(r), 3, null) != null;
  }
}
