package ca.threadline.chain.parquet;

import static ca.threadline.chain.parquet.ChainParquetLayout.*;

import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/** The Parquet message types of the export (see {@link ChainParquetLayout}). */
final class Schemas {
  private Schemas() {}

  static final MessageType TRANSACTION =
      MessageTypeParser.parseMessageType(
          "message transaction {"
              + " required int64 " + TX + ";"
              + " required int32 " + HEIGHT + ";"
              + " required fixed_len_byte_array(32) " + TXID + ";"
              + " required boolean " + COINBASE + ";"
              + list(IN_ADDRESS, "int32")
              + list(IN_VALUE, "int64")
              + list(OUT_ADDRESS, "int32")
              + list(OUT_VALUE, "int64")
              + " }");

  static final MessageType ADDRESS_ROW =
      MessageTypeParser.parseMessageType(
          "message address {"
              + " required int32 " + ADDRESS_ID + ";"
              + " required binary " + ADDRESS + " (STRING);"
              + " required boolean " + EXCHANGE + ";"
              + " }");

  /** The standard three-level list (Parquet LogicalTypes.md), which Spark reads as an array. */
  private static String list(String name, String type) {
    return " required group " + name + " (LIST) { repeated group list { required " + type + " element; } }";
  }
}
