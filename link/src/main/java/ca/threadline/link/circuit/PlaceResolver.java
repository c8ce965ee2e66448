package ca.threadline.link.circuit;

import java.util.Optional;

/** Canonicalises a site's city field ("MTL", "montreal") to {@code City, PR} ("Montréal, QC"). */
@FunctionalInterface
public interface PlaceResolver {
  Optional<String> canonical(String cityField);

  /** Keeps the field as written (trimmed): for inputs already canonical, or no gazetteer. */
  static PlaceResolver asWritten() {
    return s -> {
      String t = s.strip();
      return t.isEmpty() ? Optional.empty() : Optional.of(t);
    };
  }
}
