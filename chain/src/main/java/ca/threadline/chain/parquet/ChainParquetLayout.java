package ca.threadline.chain.parquet;

/**
 * The layout of a chain exported as Parquet ({@code threadline chain export-parquet}), read by the
 * Spark job {@code cluster-addresses}. Plain names only (no Parquet types), so that the job can
 * use them on a classpath where Spark supplies Parquet.
 *
 * <pre>
 * DIR/_threadline.json                   format, version, store generation, network, counts
 * DIR/transactions/part-NNNNN.parquet    one row per transaction, chain order
 *   tx int64 · height int32 · txid binary(32, displayed byte order) · coinbase boolean ·
 *   in_address list&lt;int32&gt; · in_value list&lt;int64&gt; ·
 *   out_address list&lt;int32&gt; · out_value list&lt;int64&gt;
 * DIR/addresses/part-NNNNN.parquet       one row per address, id order
 *   address_id int32 · address string · exchange boolean (tagged exchange: the exchange-input veto)
 * </pre>
 *
 * Address ids and transaction numbers are the store's (address ids in order of first
 * appearance); {@code -1} is "no address" (a coinbase input, an OP_RETURN output).
 */
public final class ChainParquetLayout {
  public static final String FORMAT = "threadline-chain-parquet";
  public static final int VERSION = 1;
  public static final String MANIFEST = "_threadline.json";
  public static final String TRANSACTIONS = "transactions";
  public static final String ADDRESSES = "addresses";

  public static final String TX = "tx";
  public static final String HEIGHT = "height";
  public static final String TXID = "txid";
  public static final String COINBASE = "coinbase";
  public static final String IN_ADDRESS = "in_address";
  public static final String IN_VALUE = "in_value";
  public static final String OUT_ADDRESS = "out_address";
  public static final String OUT_VALUE = "out_value";

  public static final String ADDRESS_ID = "address_id";
  public static final String ADDRESS = "address";
  public static final String EXCHANGE = "exchange";

  private ChainParquetLayout() {}
}
