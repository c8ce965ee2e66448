package ca.threadline.chain.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What the store knows of one address. {@code cluster} is the id of its cluster (the smallest
 * address id in it; its own id when no clustering covers it), {@code clusterAddress} that
 * cluster's first address. Times are block times, seconds since 1970.
 */
public record AddressInfo(
    String address,
    long addressId,
    String kind,
    long cluster,
    String clusterAddress,
    long clusterSize,
    long clusterBalanceSat,
    long balanceSat,
    long receivedSat,
    long sentSat,
    long txCount,
    long firstSeen,
    long lastSeen,
    String firstTx,
    String scriptHex,
    List<ObjectNode> tags,
    List<ObjectNode> clusterTags,
    boolean clustered) {}
