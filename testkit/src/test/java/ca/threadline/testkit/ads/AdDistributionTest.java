package ca.threadline.testkit.ads;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.testkit.ads.HandleRenderer.Platform;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What 5,000 ads from seed 1 contain: every language, kind, style, decoy and indicator. */
class AdDistributionTest {
  private static final long SEED = 1;
  private static final int N = 5000;
  private static List<AnnotatedAd> ads;

  @BeforeAll
  static void generate() {
    System.out.println("seed " + SEED);
    AdGenerator g = new AdGenerator(SEED);
    ads = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      ads.add(g.nextAnnotated());
    }
  }

  private static Map<String, Integer> count(java.util.function.Function<AnnotatedAd, List<String>> keys) {
    Map<String, Integer> counts = new TreeMap<>();
    for (AnnotatedAd a : ads) {
      for (String k : keys.apply(a)) {
        counts.merge(k, 1, Integer::sum);
      }
    }
    return counts;
  }

  @Test
  void bothKindsAndAllLanguages() {
    Map<String, Integer> kinds = count(a -> List.of(a.ad().kind()));
    Map<String, Integer> langs = count(a -> List.of(a.ad().lang()));
    Map<String, Integer> kindLang = count(a -> List.of(a.ad().kind() + "/" + a.ad().lang()));
    System.out.println(kinds + " " + langs + " " + kindLang);
    assertThat(kinds.get("escort")).isBetween(2400, 3100);
    assertThat(kinds.get("job")).isBetween(1900, 2600);
    assertThat(kindLang.keySet()).containsExactlyInAnyOrder("escort/en", "escort/fr", "escort/mixed", "job/en", "job/fr", "job/mixed");
    assertThat(kindLang.values()).allMatch(n -> n >= 400);
  }

  @Test
  void everyPhoneStyleOccurs() {
    Map<String, Integer> tagSets = count(a -> a.ad().gold().stream().filter(g -> g.type().equals("phone"))
        .map(g -> String.join("+", g.tags())).toList());
    System.out.println("phone tag sets " + tagSets);
    for (PhoneStyle style : PhoneStyle.values()) {
      assertThat(tagSets).as(style.name()).containsKey(String.join("+", style.tags()));
    }
    int phones = tagSets.values().stream().mapToInt(Integer::intValue).sum();
    assertThat(tagSets.get("")).as("plain share").isBetween(phones / 4, phones / 2);
  }

  @Test
  void everyDecoyKindOccurs() {
    Map<String, Integer> decoys = count(a -> a.ad().decoys());
    System.out.println("decoys " + decoys);
    List<String> expected = new ArrayList<>(List.of("postal_code", "price", "date", "time", "measurement", "street_number",
        "order_number", "seven_digit", "invalid_nanp", "invalid_btc", "invalid_eth", "age_like_24_7", "age_like_18_plus",
        "years_experience", "city_as_name", "province_name"));
    JobAdWriter.NEGATABLE.forEach(c -> expected.add("negated_" + c));
    assertThat(decoys.keySet()).containsAll(expected);
    assertThat(decoys.entrySet()).allMatch(e -> e.getValue() >= 20, "each decoy at least 20 times");
  }

  @Test
  void everyIndicatorSelectorTypeAndContactStyleOccurs() {
    Map<String, Integer> indicators = count(a -> a.ad().indicators());
    System.out.println("indicators " + indicators);
    List<String> codes = new ArrayList<>(EscortAdWriter.CODES);
    codes.add("obscured_phone");
    codes.addAll(JobAdWriter.CODES);
    assertThat(indicators.keySet()).containsExactlyInAnyOrderElementsOf(codes);
    assertThat(indicators.values()).allMatch(n -> n >= 50);

    Map<String, Integer> types = count(a -> a.ad().gold().stream().map(GoldSelector::type).distinct().toList());
    System.out.println("gold types (ads) " + types);
    assertThat(types.keySet()).contains("phone", "email", "handle", "url", "btc", "eth", "age", "location", "price");

    Map<String, Integer> styles = count(a -> a.ad().gold().stream()
        .filter(g -> !g.type().equals("phone") && !g.type().equals("location"))
        .flatMap(g -> g.tags().stream().map(t -> g.type() + ":" + t)).toList());
    System.out.println("styles " + styles);
    for (EmailRenderer.EmailStyle s : EmailRenderer.EmailStyle.values()) {
      assertThat(styles).containsKey("email:" + s.tag());
    }
    for (HandleRenderer.HandleStyle s : HandleRenderer.HandleStyle.values()) {
      assertThat(styles).containsKey("handle:" + s.tag());
    }
    for (String kind : CryptoAddresses.BTC_TAGS) {
      assertThat(styles).containsKey("btc:" + kind);
    }
    assertThat(styles).containsKeys("eth:eip55", "eth:lower", "eth:upper", "price:roses", "price:rose_emoji",
        "age:yo", "age:years", "age:label", "age:ans", "age:jai");
    Map<String, Integer> platforms = count(a -> a.ad().gold().stream().filter(g -> g.type().equals("handle"))
        .map(g -> g.value().substring(0, g.value().indexOf(':'))).toList());
    for (Platform p : Platform.values()) {
      assertThat(platforms).containsKey(p.wireName());
    }
    Map<String, Integer> locationTags = count(a -> a.ad().gold().stream().filter(g -> g.type().equals("location"))
        .flatMap(g -> g.tags().stream()).toList());
    assertThat(locationTags).containsKeys("en", "fr", "abbrev", "unaccented", "variant", "with_prov");
    Map<String, Integer> airports = count(a -> a.ad().optional().stream().filter(g -> g.type().equals("location"))
        .flatMap(g -> g.tags().stream()).toList());
    assertThat(airports.getOrDefault("airport", 0)).isGreaterThanOrEqualTo(10);
    Map<String, Integer> cities = count(a -> a.ad().gold().stream().filter(g -> g.type().equals("location"))
        .map(GoldSelector::value).toList());
    assertThat(cities.size()).isGreaterThanOrEqualTo(90);
  }

  @Test
  void noTextHoldsAValidNumberOutsideTheFictional555Block() {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    int found = 0;
    for (AnnotatedAd a : ads) {
      String text = a.ad().text();
      // The raw text, and a version with every digit glyph folded to ASCII and keycaps dropped.
      String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).replace("\uFE0F", "").replace("\u20E3", "");
      for (String t : List.of(text, folded)) {
        for (PhoneNumberMatch m : util.findNumbers(t, "CA")) {
          String national = String.valueOf(m.number().getNationalNumber());
          assertThat(national).as("%s in %s", m.rawString(), a.ad().id()).matches("[2-9]\\d\\d55501\\d\\d");
          found++;
        }
      }
      // Every digit run of 10 or 11 digits (ignoring plain separators) is a fictional number.
      String runs = folded.replaceAll("(?<=\\d)[ .\\-()]{1,3}(?=\\d)", "");
      var m = java.util.regex.Pattern.compile("\\d{10,}").matcher(runs);
      while (m.find()) {
        String d = m.group();
        boolean fictional = d.matches("1?[2-9]\\d\\d55501\\d\\d");
        boolean invalid = !util.isValidNumber(parse(util, d));
        assertThat(fictional || invalid).as("%s in %s:%n%s", d, a.ad().id(), text).isTrue();
      }
    }
    assertThat(found).isGreaterThan(N / 3);
  }

  private static com.google.i18n.phonenumbers.Phonenumber.PhoneNumber parse(PhoneNumberUtil util, String digits) {
    try {
      return util.parse(digits.length() == 11 && digits.startsWith("1") ? "+" + digits : digits, "CA");
    } catch (com.google.i18n.phonenumbers.NumberParseException e) {
      return new com.google.i18n.phonenumbers.Phonenumber.PhoneNumber();
    }
  }

  @Test
  void invalidNanpDecoysAreInvalidAndGoldPhonesValid() {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    int decoys = 0;
    for (AnnotatedAd a : ads) {
      for (PlantedSpan s : a.spans()) {
        if (s.type().equals("invalid_nanp")) {
          assertThat(util.findNumbers(s.value(), "CA")).as(s.value()).isEmpty();
          decoys++;
        }
        if (s.role().equals("gold") && s.type().equals("phone")) {
          var n = parse(util, s.value().substring(1));
          assertThat(util.isValidNumber(n)).as(s.value()).isTrue();
          assertThat(util.getRegionCodeForNumber(n)).isEqualTo("CA");
        }
      }
    }
    assertThat(decoys).isGreaterThan(50);
  }

  @Test
  void cryptoGoldPassesChecksumsAndDecoysFail() {
    Set<String> gold = new HashSet<>();
    int bad = 0;
    for (AnnotatedAd a : ads) {
      for (PlantedSpan s : a.spans()) {
        switch (s.type()) {
          case "btc" -> {
            assertThat(CryptoAddresses.isValidBtc(s.value())).as(s.value()).isTrue();
            assertThat(CryptoAddresses.isValidBtc(a.surface(s))).isTrue();
            assertThat(s.value()).isEqualTo(s.value().startsWith("bc1") ? s.value().toLowerCase(java.util.Locale.ROOT) : a.surface(s));
            gold.add(s.value());
          }
          case "eth" -> {
            assertThat(CryptoAddresses.isValidEth(a.surface(s))).as(a.surface(s)).isTrue();
            assertThat(s.value()).matches("0x[0-9a-f]{40}");
            gold.add(s.value());
          }
          case "invalid_btc" -> {
            assertThat(CryptoAddresses.isValidBtc(s.value())).as(s.value()).isFalse();
            bad++;
          }
          case "invalid_eth" -> {
            assertThat(CryptoAddresses.isValidEth(s.value())).as(s.value()).isFalse();
            assertThat(s.value().substring(2)).matches(".*[a-f].*").matches(".*[A-F].*");
            bad++;
          }
          default -> { }
        }
      }
    }
    assertThat(gold.size()).isGreaterThan(200);
    assertThat(bad).isGreaterThan(60);
  }
}
