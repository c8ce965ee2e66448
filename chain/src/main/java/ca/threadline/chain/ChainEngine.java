package ca.threadline.chain;

/** The engine's version, recorded with every clustering so a result can be reproduced. */
public final class ChainEngine {
  public static final String VERSION = "threadline-chain 1.0 (store format 1)";

  private ChainEngine() {}
}
