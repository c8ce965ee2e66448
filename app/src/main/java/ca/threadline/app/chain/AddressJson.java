package ca.threadline.app.chain;

import ca.threadline.chain.api.AddressInfo;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** The JSON of {@code chain address} (CONTRACTS.md §4, with added fields after the contract's). */
final class AddressJson {
  private AddressJson() {}

  static ObjectNode of(AddressInfo a) {
    ObjectNode n = ChainCli.JSON.createObjectNode();
    n.put("address", a.address());
    n.put("cluster", a.cluster());
    n.put("cluster_size", a.clusterSize());
    n.put("balance_sat", a.balanceSat());
    n.put("received_sat", a.receivedSat());
    n.put("tx_count", a.txCount());
    ArrayNode tags = n.putArray("tags");
    a.tags().forEach(tags::add);
    n.put("sent_sat", a.sentSat());
    n.put("kind", a.kind());
    n.put("cluster_address", a.clusterAddress());
    n.put("cluster_balance_sat", a.clusterBalanceSat());
    ArrayNode ct = n.putArray("cluster_tags");
    a.clusterTags().forEach(ct::add);
    n.put("first_seen", Instant.ofEpochSecond(a.firstSeen()).toString());
    n.put("last_seen", Instant.ofEpochSecond(a.lastSeen()).toString());
    n.put("first_tx", a.firstTx());
    if (a.scriptHex() != null) {
      n.put("script_hex", a.scriptHex());
    }
    n.put("clustered", a.clustered());
    return n;
  }
}
