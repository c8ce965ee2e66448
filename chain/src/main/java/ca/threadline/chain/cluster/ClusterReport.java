package ca.threadline.chain.cluster;

import ca.threadline.chain.ChainEngine;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * The record kept with a clustering: engine version, store generation, every rule with its
 * thresholds and source, counts, the published error rates, and measured ones when true owners
 * were given. Anyone handed a cluster can see exactly how it was made.
 */
public final class ClusterReport {
  private static final ObjectMapper JSON = new ObjectMapper();
  public static final String PUBLISHED_RATES = "/ca/threadline/chain/cluster/error-rates.json";

  private ClusterReport() {}

  public static ObjectNode build(Clusterer.Options o, Clusterer.Outcome out, long generation, long txs, long addresses, int clusters, ObjectNode measured) {
    ObjectNode r = JSON.createObjectNode();
    r.put("engine", ChainEngine.VERSION);
    r.put("created", Instant.now().toString());
    r.put("store_generation", generation);
    r.put("transactions", txs);
    r.put("addresses", addresses);
    r.put("clusters", clusters);
    r.put("seconds", Math.round(out.seconds() * 1000) / 1000.0);
    ArrayNode hs = r.putArray("heuristics");
    for (Heuristic h : o.heuristics()) {
      ObjectNode n = hs.addObject();
      n.put("name", h.wireName());
      if (h.confidence() >= 0) {
        n.put("confidence", h.confidence());
      }
      n.put("rule", h.rule());
      n.put("unions", out.unions().get(h));
    }
    ArrayNode cj = r.putArray("coinjoin_rules");
    for (CoinJoinRule c : CoinJoinRule.values()) {
      ObjectNode n = cj.addObject();
      n.put("name", c.wireName());
      n.put("enabled", !c.veto() || o.coinJoinRules().contains(c));
      n.put("vetoes_multi_input", c.veto());
      if (c.confidence() >= 0) {
        n.put("confidence", c.confidence());
      }
      n.put("source", c.source());
      n.put("transactions_flagged", out.flagged().get(c));
    }
    r.set("thresholds", thresholds());
    r.put("exchange_tagged_addresses", o.exchangeAddresses() == null ? 0 : o.exchangeAddresses().cardinality());
    r.set("published_error_rates", published());
    if (measured != null) {
      r.set("measured_error_rates", measured);
    }
    return r;
  }

  static ObjectNode thresholds() {
    ObjectNode t = JSON.createObjectNode();
    t.put("generic", "inputs>=2, outputs>=3, participants=(outputs+1)/2 <= inputs and <= distinct input addresses, most frequent output value (ties: lowest) occurs exactly participants times, value not 546 or 2730 sat");
    t.put("whirlpool", "5-8 inputs = outputs, distinct scripts, all outputs = pool d in {100000,1000000,5000000,50000000} sat, inputs in [d, d+110000], 1-4 new entrants with epsilon in [100,110000]");
    t.put("whirlpool_tx0", "exactly 1 OP_RETURN, 1-70 premix outputs at the most frequent value in [d+100, d+110000], premix >= outputs-2, exactly one fee output in [0.5f, 3f], f in {5000,50000,175000,1750000}");
    t.put("wasabi1", "inputs>=10, top input address share<=0.1, levels 2^i*10000000 +-2^i*500000 sat with >=2 outputs, n=max level count>=3, n<=distinct input addresses<=7n, postmix>=(outputs-1)/2 or postmix>=outputs-inputs-1, distinct output scripts, below 20 inputs not an exact N-way split (residual<=0.0001)");
    t.put("wasabi2", "inputs>=20, top input address share<=0.1, no output<5000 sat, distinct output scripts, >=3 values seen >=2 times, those outputs>=(outputs-1)/2, at least one other output");
    t.put("joinmarket", "denomination=most frequent value >2730 sat, n>=3, n>=outputs/2, n<=distinct input addresses, distinct output scripts, one non-denomination output; with >=50 inputs inputs/n<=20 and outputs/n>=1.7");
    t.put("stonewall", "3-4 distinct outputs, >=2 inputs, exactly one value seen exactly twice, >=5000 sat; with 4 outputs the other two differ; clears whirlpool, tx0, wasabi, joinmarket (not generic)");
    t.put("exchange_input", "an input address carries a tag of category exchange: clears generic, wasabi1, joinmarket");
    return t;
  }

  /** The error rates measured on the calibration corpus and shipped with this version. */
  public static JsonNode published() {
    try (InputStream in = ClusterReport.class.getResourceAsStream(PUBLISHED_RATES)) {
      if (in == null) {
        return JSON.createObjectNode().put("note", "no calibration shipped with this build");
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      return JSON.createObjectNode().put("note", "calibration unreadable: " + e.getMessage());
    }
  }
}
