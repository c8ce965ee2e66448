package ca.threadline.chain.store;

/**
 * The columns of the chain store: one file each under {@code <home>/chain/}, fixed width per
 * record, indexed by block height, transaction number, input number, output number or address
 * id. {@code derived} columns are recomputed from the others and updated in place; the rest are
 * append-only and only the manifest's counts say how much of them is committed.
 */
public enum Column {
  BLOCK_HASH("block_hash", 32, Unit.BLOCK, false),
  BLOCK_HEADER("block_header", 80, Unit.BLOCK, false),
  BLOCK_FIRST_TX("block_first_tx", 8, Unit.BLOCK, false),

  TX_HASH("tx_hash", 32, Unit.TX, false),
  TX_FIRST_INPUT("tx_first_input", 8, Unit.TX, false),
  TX_FIRST_OUTPUT("tx_first_output", 8, Unit.TX, false),
  TX_HEIGHT("tx_height", 4, Unit.TX, false),
  TX_VERSION("tx_version", 4, Unit.TX, false),
  TX_LOCKTIME("tx_locktime", 4, Unit.TX, false),
  TX_SIZE("tx_size", 4, Unit.TX, false),
  TX_BASE_SIZE("tx_base_size", 4, Unit.TX, false),

  /** Global output number the input spends; -1 for a coinbase input, -2 when unresolved. */
  IN_SPENT("in_spent", 8, Unit.INPUT, false),
  /** Address id of the spent output (denormalised so clustering reads inputs sequentially). */
  IN_ADDRESS("in_address", 4, Unit.INPUT, false),
  IN_VALUE("in_value", 8, Unit.INPUT, false),

  OUT_VALUE("out_value", 8, Unit.OUTPUT, false),
  /** Address id, or -1 (0xffffffff) for OP_RETURN. */
  OUT_ADDRESS("out_address", 4, Unit.OUTPUT, false),
  OUT_TYPE("out_type", 1, Unit.OUTPUT, false),
  OUT_TX("out_tx", 4, Unit.OUTPUT, false),
  /** Spending transaction number + 1, 0 when unspent; checked against the spender's inputs. */
  OUT_SPENT_BY("out_spent_by", 4, Unit.OUTPUT, true),
  /** Previous output paid to the same address + 1, 0 for the first: the address's output list. */
  OUT_PREV_SAME("out_prev_same", 8, Unit.OUTPUT, true),

  ADDR_KIND("addr_kind", 1, Unit.ADDRESS, false),
  ADDR_PAYLOAD("addr_payload", 32, Unit.ADDRESS, false),
  ADDR_FIRST_TX("addr_first_tx", 4, Unit.ADDRESS, false),
  /** Last output paid to the address + 1 (head of its output list). */
  ADDR_HEAD("addr_head", 8, Unit.ADDRESS, true),
  ADDR_RECEIVED("addr_received", 8, Unit.ADDRESS, true),
  ADDR_SENT("addr_sent", 8, Unit.ADDRESS, true),
  ADDR_TX_COUNT("addr_tx_count", 4, Unit.ADDRESS, true),
  ADDR_LAST_TX("addr_last_tx", 4, Unit.ADDRESS, true),

  /** For script-keyed addresses: (address id u32, length u32, offset u64) in id order. */
  SCRIPT_REF("script_ref", 16, Unit.SCRIPT_REF, false),
  SCRIPT_BYTES("script_bytes", 1, Unit.SCRIPT_BYTE, false),

  /** Every block header found in the block files, stale ones included (see HeaderRecord). */
  HEADERS("headers", HeaderRecord.SIZE, Unit.HEADER, false);

  /** What a column is indexed by; each unit has one count in the manifest. */
  public enum Unit {
    BLOCK,
    TX,
    INPUT,
    OUTPUT,
    ADDRESS,
    SCRIPT_REF,
    SCRIPT_BYTE,
    HEADER
  }

  private final String file;
  private final int width;
  private final Unit unit;
  private final boolean derived;

  Column(String file, int width, Unit unit, boolean derived) {
    this.file = file;
    this.width = width;
    this.unit = unit;
    this.derived = derived;
  }

  public String fileName() {
    return file + ".bin";
  }

  public int width() {
    return width;
  }

  public Unit unit() {
    return unit;
  }

  public boolean derived() {
    return derived;
  }
}
