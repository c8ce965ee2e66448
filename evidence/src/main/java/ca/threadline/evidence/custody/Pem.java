package ca.threadline.evidence.custody;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** PEM armour (RFC 7468) for keys and certificates, so that openssl reads what Threadline writes. */
public final class Pem {
  private Pem() {}

  public static String encode(String label, byte[] der) {
    String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + b64 + "\n-----END " + label + "-----\n";
  }

  /** The DER bytes of the first block labelled {@code label}. */
  public static byte[] decode(String label, String pem) {
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    int b = pem.indexOf(begin);
    int e = pem.indexOf(end, b + 1);
    if (b < 0 || e < 0) {
      throw new IllegalArgumentException("no PEM block " + label);
    }
    String body = pem.substring(b + begin.length(), e).replaceAll("\\s", "");
    return Base64.getDecoder().decode(body);
  }
}
