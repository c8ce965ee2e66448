package ca.threadline.testkit.chain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** A synthetic wallet owner: a person, an exchange, a miner, the ad-site payment processor... */
final class Owner {
  final String name;
  final GenAddress.Type preferred;
  /** Bitcoin Core-style wallets set nLockTime to the height (anti fee sniping). */
  final boolean antiSnipe;
  final LinkedHashSet<GenUtxo> utxos = new LinkedHashSet<>();
  final Map<String, GenAddress> depositAt = new HashMap<>();
  final List<GenAddress> hot = new ArrayList<>();
  GenAddress receive;
  long coinbaseMaturityHeight = Long.MAX_VALUE;

  Owner(String name, GenAddress.Type preferred, boolean antiSnipe) {
    this.name = name;
    this.preferred = preferred;
    this.antiSnipe = antiSnipe;
  }

  GenAddress fresh(SplittableRandom r) {
    return GenScripts.newAddress(preferred, r, name);
  }

  /** A reused receiving address (people who hand out one address). */
  GenAddress receiveAddress(SplittableRandom r) {
    if (receive == null) {
      receive = fresh(r);
    }
    return receive;
  }

  long balance(int height, int maturity, boolean miner) {
    long s = 0;
    for (GenUtxo u : utxos) {
      if (spendable(u, height, maturity, miner)) {
        s += u.value();
      }
    }
    return s;
  }

  static boolean spendable(GenUtxo u, int height, int maturity, boolean miner) {
    return !miner || u.height() + maturity <= height;
  }

  /** Oldest-first coin selection covering {@code amount}; {@code null} if it cannot. */
  List<GenUtxo> select(long amount, int maxInputs, int height, int maturity, boolean miner) {
    List<GenUtxo> picked = new ArrayList<>();
    long sum = 0;
    Iterator<GenUtxo> it = utxos.iterator();
    while (it.hasNext() && sum < amount && picked.size() < maxInputs) {
      GenUtxo u = it.next();
      if (spendable(u, height, maturity, miner)) {
        picked.add(u);
        sum += u.value();
      }
    }
    return sum >= amount ? picked : null;
  }

  /** One spendable output worth at least {@code amount}, or {@code null}. */
  GenUtxo single(long amount, int height, int maturity, boolean miner) {
    for (GenUtxo u : utxos) {
      if (u.value() >= amount && spendable(u, height, maturity, miner)) {
        return u;
      }
    }
    return null;
  }
}
