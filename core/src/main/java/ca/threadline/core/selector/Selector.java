package ca.threadline.core.selector;

import ca.threadline.core.text.Span;
import java.util.List;
import java.util.Objects;

/**
 * One identifier found in a text: its type, its canonical value (see CONTRACTS.md §1 for each
 * type's canonical form), and the span of the original text it was read from.
 *
 * @param obfuscation for phones, how the number was hidden (empty when written plainly); an
 *     obscured phone number is one of the four indicators validated against case outcomes
 *     (Lugo-Graulich et al., J. Human Trafficking 2024), so the extractor records it
 * @param currency for prices, the ISO 4217 code; {@code null} otherwise
 */
public record Selector(SelectorType type, String value, Span span, List<String> obfuscation, String currency) {
  public Selector {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(span, "span");
    obfuscation = obfuscation == null ? List.of() : List.copyOf(obfuscation);
  }

  public Selector(SelectorType type, String value, Span span) {
    this(type, value, span, List.of(), null);
  }

  /** {@code type:value}, the key under which equal selectors from different ads meet. */
  public String key() {
    return type.wireName() + ":" + value;
  }

  public boolean obfuscated() {
    return !obfuscation.isEmpty();
  }
}
