package ca.threadline.chain.block;

import ca.threadline.chain.util.Hex;
import ca.threadline.core.io.BadInputException;
import ca.threadline.core.io.InputProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The block-file obfuscation key of Bitcoin Core 28+ ({@code blocks/xor.dat}, PR #28052): byte
 * {@code p} of every {@code blk*.dat} and {@code rev*.dat} file is stored XOR
 * {@code key[p mod 8]}, {@code p} being the position in the file ({@code AutoFile} applies
 * {@code util::Xor(buf, m_xor, m_position)}). A node started with {@code -blocksxor=0}, or
 * older than 28, has no key or an all-zero one.
 */
public record XorKey(byte[] key) {
  public static final XorKey NONE = new XorKey(new byte[8]);

  public XorKey {
    if (key.length != 8) {
      throw new IllegalArgumentException("xor key must be 8 bytes");
    }
  }

  /** Reads {@code xor.dat} from a blocks directory; no file means no obfuscation. */
  public static XorKey read(Path blocksDir) {
    Path f = blocksDir.resolve("xor.dat");
    if (!Files.exists(f)) {
      return NONE;
    }
    try {
      byte[] b = Files.readAllBytes(f);
      if (b.length != 8) {
        throw new BadInputException(new InputProblem(f.toString(), 0, "xor.dat must hold exactly 8 bytes, found " + b.length));
      }
      return new XorKey(b);
    } catch (IOException e) {
      throw new BadInputException(new InputProblem(f.toString(), 0, "cannot read: " + e.getMessage()), e);
    }
  }

  public boolean isZero() {
    for (byte b : key) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  /** Un-obfuscates (or obfuscates: XOR is its own inverse) bytes read from {@code filePos}. */
  public void apply(byte[] buf, int off, int len, long filePos) {
    if (isZero()) {
      return;
    }
    for (int i = 0; i < len; i++) {
      buf[off + i] ^= key[(int) ((filePos + i) & 7)];
    }
  }

  public String hex() {
    return Hex.encode(key);
  }
}
