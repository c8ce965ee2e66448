package ca.threadline.store.ingest;

import ca.threadline.core.indicator.Indicator;
import ca.threadline.core.selector.Selector;
import ca.threadline.store.document.DocumentInput;
import ca.threadline.store.document.ImageRef;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * SHA-256 over a canonical form of everything the store keeps for a document: its text and
 * fields and its extraction. Equal hash on re-ingest means "nothing changed"; a better extractor
 * run over the same text changes the hash and so updates the document. Fields are written with
 * their length in front, so no two different documents share a canonical form.
 */
final class ContentHash {
  private ContentHash() {}

  static String of(DocumentInput d) {
    StringBuilder b = new StringBuilder(d.text().length() + 256);
    field(b, "v1");
    field(b, d.kind().wireName());
    field(b, d.text());
    field(b, d.language());
    field(b, d.postedAt() == null ? null : d.postedAt().toString());
    field(b, d.city());
    field(b, d.url());
    field(b, d.sourceSha256());
    for (ImageRef i : d.images()) {
      field(b, "img");
      field(b, i.sha256());
      field(b, Boolean.toString(i.sensitive()));
    }
    for (Selector s : d.selectors()) {
      field(b, "sel");
      field(b, s.key());
      field(b, s.span().start() + "-" + s.span().end());
      field(b, String.join(",", s.obfuscation()));
      field(b, s.currency());
    }
    for (Indicator i : d.indicators()) {
      field(b, "ind");
      field(b, i.code());
      field(b, Double.toString(i.weight()));
      field(b, i.definition().strength().wireName());
      field(b, i.definition().source());
      field(b, i.evidence());
      field(b, i.span().start() + "-" + i.span().end());
    }
    for (Map.Entry<String, Double> e : d.scores().entrySet()) {
      field(b, "score");
      field(b, e.getKey());
      field(b, Double.toString(e.getValue()));
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static void field(StringBuilder b, String s) {
    if (s == null) {
      b.append("-1:");
    } else {
      b.append(s.length()).append(':').append(s);
    }
  }
}
