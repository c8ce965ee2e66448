package ca.threadline.testkit.corpus;

import java.util.List;

/**
 * A selector as written into an ad: its text and how it was hidden ({@code obfuscation} uses the
 * extractor's tags, e.g. {@code number_words}; empty when written plainly).
 */
public record Written(String text, List<String> obfuscation) {
  public Written {
    obfuscation = List.copyOf(obfuscation);
  }

  public static Written plain(String text) {
    return new Written(text, List.of());
  }
}
