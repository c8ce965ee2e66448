package ca.threadline.evidence.item;

import ca.threadline.evidence.store.Digests;
import java.nio.charset.StandardCharsets;

/**
 * Item ids: 20 hex digits (80 bits) of SHA-256 over the case, the provenance (where and how the
 * bytes were acquired, e.g. the imported file's path and hash plus the record's offset) and the
 * bytes' hash. Deterministic, so that importing the same file again finds the same ids and adds
 * nothing twice; distinct per acquisition, so that the same bytes from two sources are two items.
 */
public final class ItemIds {
  private ItemIds() {}

  public static String of(String caseName, String provenance, String sha256) {
    String key = "threadline-item\n" + caseName + "\n" + provenance + "\n" + sha256;
    return Digests.sha256Hex(key.getBytes(StandardCharsets.UTF_8)).substring(0, 20);
  }
}
