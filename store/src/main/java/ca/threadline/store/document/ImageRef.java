package ca.threadline.store.document;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An image attached to a document, by the SHA-256 of its bytes in the blob store.
 *
 * @param sensitive shown blurred until an authorised user reveals it; true unless someone decided
 *     the image shows no person
 */
public record ImageRef(String sha256, boolean sensitive) {
  static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public ImageRef {
    Objects.requireNonNull(sha256, "sha256");
    if (!SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("image sha256 must be 64 lower-case hex digits: " + sha256);
    }
  }

  public ImageRef(String sha256) {
    this(sha256, true);
  }
}
