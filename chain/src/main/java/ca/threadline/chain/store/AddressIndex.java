package ca.threadline.chain.store;

import ca.threadline.chain.util.Le;
import java.io.IOException;
import java.nio.file.Path;

/** Address key (kind, 32-byte payload) → address id. */
final class AddressIndex extends KeyIndex {
  private static final long KIND_SALT = 0x9E3779B97F4A7C15L;
  private final ChainData data;

  AddressIndex(Path path, boolean writable, ChainData data) {
    super(path, writable);
    this.data = data;
  }

  @Override
  long storedHash(long id) {
    return data.addrPayload.getLong(id * 32) ^ (data.addrKind.get(id) * KIND_SALT);
  }

  @Override
  int storedFragment(long id) {
    return data.addrPayload.getInt(id * 32 + 8) ^ data.addrKind.get(id);
  }

  long find(int kind, byte[] payload, int off, long liveCount) {
    return find(Le.i64(payload, off) ^ (kind * KIND_SALT), Le.i32(payload, off + 8) ^ kind, id -> matches(id, kind, payload, off), liveCount);
  }

  private boolean matches(long id, int kind, byte[] payload, int off) {
    return data.addrKind.get(id) == kind && data.addrPayload.equals32(id * 32, payload, off);
  }

  void insert(int kind, byte[] payload, int off, long id, long generation) throws IOException {
    long h = Le.i64(payload, off) ^ (kind * KIND_SALT);
    int f = Le.i32(payload, off + 8) ^ kind;
    // New ids are only inserted after a failed find, so no equal key can be present.
    insert(h, f, id, i -> false, id, generation);
  }
}
