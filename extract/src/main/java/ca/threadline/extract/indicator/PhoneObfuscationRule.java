package ca.threadline.extract.indicator;

import ca.threadline.core.indicator.Indicator;
import ca.threadline.core.indicator.IndicatorDefinition;
import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import java.util.List;

/**
 * {@code obscured_phone}: a phone number the phone finder had to see through (number words,
 * spaced or emoji-separated digits, letters for digits…), i.e. a phone selector with a non-empty
 * {@code obfuscation} list. One of the four indicators that predicted trafficking against known
 * case outcomes (Lugo-Graulich et al., J. Human Trafficking 2024). Evidence: the number as written.
 */
final class PhoneObfuscationRule implements DerivedRule {
  @Override
  public String name() {
    return "phone_obfuscation";
  }

  @Override
  public void find(Reading r, IndicatorDefinition definition, List<Indicator> out) {
    for (Selector s : r.selectors) {
      if (s.type() == SelectorType.PHONE && s.obfuscated() && s.span().end() <= r.text.length()) {
        out.add(r.indicator(definition, s.span()));
      }
    }
  }
}
