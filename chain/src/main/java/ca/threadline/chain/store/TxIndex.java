package ca.threadline.chain.store;

import ca.threadline.chain.util.Le;
import java.io.IOException;
import java.nio.file.Path;

/** txid → transaction number. Txids are uniform hashes: their first bytes are the hash. */
final class TxIndex extends KeyIndex {
  private final ChainData data;

  TxIndex(Path path, boolean writable, ChainData data) {
    super(path, writable);
    this.data = data;
  }

  @Override
  long storedHash(long id) {
    return data.txHash.getLong(id * 32);
  }

  @Override
  int storedFragment(long id) {
    return data.txHash.getInt(id * 32 + 8);
  }

  long find(byte[] key, int off, long liveCount) {
    return find(Le.i64(key, off), Le.i32(key, off + 8), id -> data.txHash.equals32(id * 32, key, off), liveCount);
  }

  void insert(byte[] key, int off, long id, long generation) throws IOException {
    insert(Le.i64(key, off), Le.i32(key, off + 8), id, i -> data.txHash.equals32(i * 32, key, off), id, generation);
  }
}
