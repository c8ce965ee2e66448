package ca.threadline.evidence.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes text files: a byte-order mark decides (UTF-8, UTF-16), else strict UTF-8, else
 * windows-1252 (what Canadian English and French text that is not UTF-8 almost always is). The
 * charset used is recorded with the item, since the stored bytes stay as they came.
 */
public final class PlainText {
  private PlainText() {}

  public record Decoded(String text, String charset) {}

  public static Decoded decode(byte[] b) {
    return decode(b, 0, b.length);
  }

  public static Decoded decode(byte[] all, int off, int len) {
    byte[] b = off == 0 && len == all.length ? all : java.util.Arrays.copyOfRange(all, off, off + len);
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8");
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
    }
    try {
      String s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b))
          .toString();
      return new Decoded(s, "UTF-8");
    } catch (CharacterCodingException e) {
      return new Decoded(new String(b, Charset.forName("windows-1252")), "windows-1252");
    }
  }

  /** No NUL byte and few control characters in the first 8 KB: text, not binary. */
  public static boolean isProbablyText(byte[] b) {
    int n = Math.min(b.length, 8192);
    if (n == 0) {
      return true;
    }
    int control = 0;
    for (int i = 0; i < n; i++) {
      int c = b[i] & 0xFF;
      if (c == 0) {
        return false;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return control * 20 < n;
  }
}
