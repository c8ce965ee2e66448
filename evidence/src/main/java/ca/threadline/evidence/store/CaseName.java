package ca.threadline.evidence.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A case's name as the investigator wrote it ("Opération Rossignol", "2026-TO-0117"), checked,
 * and its directory name: the name percent-encoded so that any name maps to one safe, reversible
 * path component.
 */
public record CaseName(String value) {
  public static final int MAX_LENGTH = 120;

  public CaseName {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a case name must not be empty");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("a case name is at most " + MAX_LENGTH + " characters");
    }
    if (!value.strip().equals(value)) {
      throw new IllegalArgumentException("a case name must not start or end with spaces");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || Character.isSurrogate(c) && !validSurrogate(value, i)) {
        throw new IllegalArgumentException("a case name must not contain control characters");
      }
    }
  }

  private static boolean validSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  /** The directory name under {@code warc/} and {@code derived/}: percent-encoded, never "." or "..". */
  public String directory() {
    String enc = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("*", "%2A");
    if (enc.startsWith(".")) {
      enc = "%2E" + enc.substring(1);
    }
    return enc;
  }

  @Override
  public String toString() {
    return value;
  }
}
