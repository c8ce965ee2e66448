package ca.threadline.extract.phone;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.core.text.Span;
import java.util.ArrayList;
import java.util.List;

/** Test helper: exact expectations on the phones of a text, spans located by the written form. */
final class PhoneAssertions {
  private static final PhoneFinder FINDER = new PhoneFinder();

  record Expected(String value, String written, List<Obfuscation> tags) {}

  private PhoneAssertions() {}

  static Expected phone(String value, String written, Obfuscation... tags) {
    return new Expected(value, written, List.of(tags));
  }

  /** The text yields exactly these phones, in order; each written form occurs once. */
  static void assertPhones(String text, Expected... expected) {
    List<Selector> want = new ArrayList<>();
    for (Expected e : expected) {
      int at = text.indexOf(e.written());
      assertThat(at).as("'%s' in [%s]", e.written(), text).isNotNegative();
      assertThat(text.indexOf(e.written(), at + 1)).as("'%s' occurs once", e.written()).isNegative();
      want.add(new Selector(SelectorType.PHONE, e.value(), new Span(at, at + e.written().length()),
          Obfuscation.tags(e.tags()), null));
    }
    assertThat(FINDER.find(text)).as("[%s]", text).containsExactlyElementsOf(want);
  }

  /** The whole text is one number. */
  static void assertWhole(String text, String value, Obfuscation... tags) {
    assertPhones(text, phone(value, text, tags));
  }

  static void assertNoPhone(String text) {
    assertThat(FINDER.find(text)).as("[%s]", text).isEmpty();
  }
}
