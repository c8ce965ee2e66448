package ca.threadline.chain.api;

/** One link of an explanation: transaction {@code txid} ties {@code from} to {@code to} by {@code heuristic}. */
public record ExplainStep(String txid, String heuristic, String from, String to) {}
