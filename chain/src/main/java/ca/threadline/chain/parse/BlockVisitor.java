package ca.threadline.chain.parse;

/**
 * Receives the parts of a block as {@link BlockParser} walks it, as offsets into the parser's
 * buffer: nothing is copied unless the visitor copies it. Every method has a no-op default.
 */
public interface BlockVisitor {
  /** The 80-byte header starts at {@code off}; {@code txCount} transactions follow. */
  default void beginBlock(byte[] buf, int off, int txCount) {}

  default void beginTx(int txIndex, int version, boolean segwit, int inputCount) {}

  /** One input: the spent txid (32 bytes, internal order) at {@code prevOff}. */
  default void input(byte[] buf, int prevOff, long vout, int scriptOff, int scriptLen, long sequence) {}

  default void beginOutputs(int outputCount) {}

  default void output(long value, byte[] buf, int scriptOff, int scriptLen) {}

  /** One witness stack item of input {@code input}. */
  default void witnessItem(int input, byte[] buf, int off, int len) {}

  /**
   * End of a transaction. {@code txid} holds the txid (internal byte order) at {@code txidOff},
   * or is {@code null} when the parser was asked not to hash. {@code size} is the full serialized
   * size, {@code baseSize} the size without witness data (weight = 3·baseSize + size).
   */
  default void endTx(long locktime, byte[] txid, int txidOff, int size, int baseSize) {}

  default void endBlock() {}
}
