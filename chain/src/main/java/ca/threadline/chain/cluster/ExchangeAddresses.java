package ca.threadline.chain.cluster;

import ca.threadline.chain.script.AddressCodec;
import ca.threadline.chain.store.ChainData;
import ca.threadline.chain.tags.TagStore;
import java.io.IOException;
import java.util.BitSet;

/**
 * The address ids tagged with category {@code exchange} (GraphSense TagPacks): the input of the
 * exchange-input veto. Shared by {@code chain cluster}, the Parquet export for the Spark job and
 * the on-demand explanation of imported clusters, so all three apply the same veto.
 */
public final class ExchangeAddresses {
  private ExchangeAddresses() {}

  public static BitSet of(ChainData d, TagStore tags, AddressCodec codec) throws IOException {
    BitSet exchange = new BitSet();
    for (String a : tags.taggedAddresses()) {
      if (tags.categories(a).contains("exchange")) {
        var k = codec.parse(a);
        if (k.isPresent()) {
          int id = d.findAddress(k.get().kind(), k.get().payload());
          if (id >= 0) {
            exchange.set(id);
          }
        }
      }
    }
    return exchange;
  }
}
