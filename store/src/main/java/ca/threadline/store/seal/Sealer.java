package ca.threadline.store.seal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;

/**
 * Seals and opens the fields a case marks sensitive with Tink AEAD (AES256-GCM) under the
 * installation's {@link DataKeyset}. A sealed column F holds base64 ciphertext and its companion
 * F_key the id of the key that sealed it (unsigned decimal); F_key NULL means F is plaintext.
 *
 * <p>The associated data is {@code "<table>:<row id>:<column>"}: a ciphertext copied to another
 * row or column does not open (GCM authenticates the associated data), so rows cannot be swapped
 * without detection. Opening never returns plaintext on failure; it throws {@link SealException}
 * naming the row.
 */
public final class Sealer {
  private final DataKeyset keys;
  private KeysetHandle cachedHandle;
  private Aead cachedAead;

  public Sealer(DataKeyset keys) {
    this.keys = keys;
  }

  public DataKeyset keyset() {
    return keys;
  }

  /** A sealed value: the base64 ciphertext and the id of the key that sealed it. */
  public record Sealed(String text, String keyRef) {}

  public Sealed seal(String plaintext, String table, long rowId, String column) {
    KeysetHandle h = keys.forSealing();
    try {
      byte[] ct = aead(h).encrypt(plaintext.getBytes(StandardCharsets.UTF_8), associatedData(table, rowId, column));
      return new Sealed(Base64.getEncoder().encodeToString(ct), Integer.toUnsignedString(h.getPrimary().getId()));
    } catch (GeneralSecurityException e) {
      throw new SealException("cannot seal " + where(table, rowId, column) + ": " + e.getMessage(), e);
    }
  }

  /** The plaintext of a sealed value; {@code keyRef} is the F_key column (must not be null). */
  public String open(String text, String keyRef, String table, long rowId, String column) {
    KeysetHandle h = keys.forOpening();
    byte[] ct;
    try {
      ct = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw new SealException(where(table, rowId, column) + " is marked sealed (key " + keyRef
          + ") but does not hold base64 ciphertext: the row was changed outside Threadline", e);
    }
    try {
      return new String(aead(h).decrypt(ct, associatedData(table, rowId, column)), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      String why = hasKey(h, keyRef)
          ? "its ciphertext or associated data was changed (tampering, or a value moved between rows)"
          : "the keyset " + keys.file() + " does not hold key " + keyRef + " that sealed it (wrong or lost keys/)";
      throw new SealException("cannot open " + where(table, rowId, column) + ": " + why, e);
    }
  }

  /**
   * Reads column {@code column} of the current row, opening it when its {@code column_key} is set;
   * {@code null} stays {@code null}.
   */
  public String read(ResultSet r, String table, long rowId, String column) throws SQLException {
    return read(r, table, rowId, column, false);
  }

  /**
   * As {@link #read(ResultSet, String, long, String)}; with {@code mustBeSealed} (the case seals this
   * column) a plaintext value is refused: someone with write access to the database may have
   * replaced the ciphertext by a text of their choosing and cleared its key.
   */
  public String read(ResultSet r, String table, long rowId, String column, boolean mustBeSealed) throws SQLException {
    String value = r.getString(column);
    String key = r.getString(column + "_key");
    if (value == null) {
      return null;
    }
    if (key == null) {
      if (mustBeSealed) {
        throw new SealException(where(table, rowId, column) + " holds plaintext although its case seals that column:"
            + " it was changed outside Threadline (run threadline case reseal to seal it, after checking it)");
      }
      return value;
    }
    return open(value, key, table, rowId, column);
  }

  /** The id of the primary key, as F_key holds it; creates the keyset if needed. */
  public String primaryRef() {
    return Integer.toUnsignedString(keys.forSealing().getPrimary().getId());
  }

  static byte[] associatedData(String table, long rowId, String column) {
    return (table + ":" + rowId + ":" + column).getBytes(StandardCharsets.UTF_8);
  }

  private static String where(String table, long rowId, String column) {
    return table + "." + column + " of row " + rowId;
  }

  private static boolean hasKey(KeysetHandle h, String keyRef) {
    for (int i = 0; i < h.size(); i++) {
      if (Integer.toUnsignedString(h.getAt(i).getId()).equals(keyRef)) {
        return true;
      }
    }
    return false;
  }

  /** The AEAD of the current keyset (rebuilt after a rotation replaced it). */
  private synchronized Aead aead(KeysetHandle h) throws GeneralSecurityException {
    if (h != cachedHandle) {
      cachedAead = h.getPrimitive(RegistryConfiguration.get(), Aead.class);
      cachedHandle = h;
    }
    return cachedAead;
  }
}
