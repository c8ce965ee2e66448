package ca.threadline.testkit.chain;

/** An unspent output the generator can spend: outpoint, value, address. */
record GenUtxo(byte[] txid, int vout, long value, GenAddress address, int height) {}
