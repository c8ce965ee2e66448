package ca.threadline.store.crypto;

import java.time.Instant;
import java.util.Objects;

/**
 * What the chain engine said about a Bitcoin address found in a case, when it was asked.
 *
 * @param chainCluster the address cluster id ({@code chain address}), or {@code null}
 * @param exposureJson the chain engine's exposure breakdown (tagged counterparties), kept as written
 */
public record CryptoLookup(
    String address, String chainCluster, Long balanceSat, Long receivedSat, String exposureJson, Instant lookedUpAt) {
  public CryptoLookup {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(lookedUpAt, "lookedUpAt");
  }
}
