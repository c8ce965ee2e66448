package ca.threadline.link.template;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.core.text.Span;
import ca.threadline.link.text.AdNormalizer;
import ca.threadline.link.text.MaskedText;
import ca.threadline.link.text.Shingler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateExplainerTest {
  private final AdNormalizer normalizer = new AdNormalizer();
  private final Shingler shingler = new Shingler(3, false);

  private TemplateExplainer.Member member(int ad, String name, String phoneText, String phone, String city) {
    String text = "Hi gentlemen, I'm " + name + ", new in " + city + " this week. Sweet and discreet, real pics. Call " + phoneText + " anytime xoxo";
    List<Selector> sels = new ArrayList<>();
    int c = text.indexOf(city);
    sels.add(new Selector(SelectorType.LOCATION, city + ", ON", new Span(c, c + city.length())));
    int p = text.indexOf(phoneText);
    sels.add(new Selector(SelectorType.PHONE, phone, new Span(p, p + phoneText.length())));
    MaskedText m = normalizer.normalize(text, sels);
    return new TemplateExplainer.Member(ad, text, m, shingler.shingles(m));
  }

  @Test
  void showsFixedWordsAndTypedAndTextSlots() {
    List<TemplateExplainer.Member> ms =
        List.of(
            member(0, "Lily", "416-555-0101", "+14165550101", "Toronto"),
            member(1, "Rose", "four one six 555 0101", "+14165550101", "Ottawa"),
            member(2, "Jade", "(416) 555-0102", "+14165550102", "Toronto"),
            member(3, "Mia", "416.555.0102", "+14165550102", "Hamilton"));
    TemplateView v = new TemplateExplainer().explain(ms);
    assertThat(v.aligned()).isEqualTo(4);
    assertThat(v.template()).isEqualTo("Hi gentlemen, I'm {1:text} new in {2:location} this week. Sweet and discreet, real pics. Call {3:phone} anytime xoxo");
    TemplateView.Slot names = v.slots().get(0);
    assertThat(names.type()).isEqualTo("text");
    assertThat(names.distinct()).isEqualTo(4);
    assertThat(names.values()).extracting(TemplateView.Value::value).containsExactly("Jade", "Lily", "Mia", "Rose");
    TemplateView.Slot cities = v.slots().get(1);
    assertThat(cities.values()).first().isEqualTo(new TemplateView.Value("Toronto, ON", 2));
    TemplateView.Slot phones = v.slots().get(2);
    assertThat(phones.type()).isEqualTo("phone");
    assertThat(phones.values()).containsExactly(new TemplateView.Value("+14165550101", 2), new TemplateView.Value("+14165550102", 2));
    assertThat(v.fixedShare()).isGreaterThan(0.6);
  }

  @Test
  void sameSelectorEverywhereIsFixedText() {
    List<TemplateExplainer.Member> ms =
        List.of(member(0, "Lily", "416-555-0101", "+14165550101", "Toronto"), member(1, "Lily", "416 555 0101", "+14165550101", "Toronto"));
    TemplateView v = new TemplateExplainer().explain(ms);
    assertThat(v.slots()).isEmpty();
    assertThat(v.template()).contains("Call 416-555-0101 anytime");
  }

  @Test
  void alignsOnlyTheFirstThirtyAds() {
    List<TemplateExplainer.Member> ms = new ArrayList<>();
    for (int i = 0; i < 45; i++) {
      ms.add(member(i, "N" + (char) ('a' + i % 26) + i, "416-555-01" + (10 + i), "+141655501" + (10 + i), "Toronto"));
    }
    TemplateView v = new TemplateExplainer().explain(ms);
    assertThat(v.aligned()).isEqualTo(TemplateExplainer.MAX_ALIGNED);
    assertThat(v.slots()).anySatisfy(s -> assertThat(s.distinct()).isEqualTo(30));
  }
}
