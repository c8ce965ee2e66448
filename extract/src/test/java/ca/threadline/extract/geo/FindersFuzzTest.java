package ca.threadline.extract.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.extract.Language;
import ca.threadline.extract.SelectorFinder;
import ca.threadline.extract.age.AgeFinder;
import ca.threadline.extract.crypto.BtcFinder;
import ca.threadline.extract.crypto.EthFinder;
import ca.threadline.extract.email.EmailFinder;
import ca.threadline.extract.handle.HandleFinder;
import ca.threadline.extract.location.LocationFinder;
import ca.threadline.extract.price.PriceFinder;
import ca.threadline.extract.url.UrlFinder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of every finder this package family owns: random Unicode (lone surrogates,
 * emoji, accents, fullwidth digits), soups of the fragments the patterns look for, every prefix of
 * realistic ads, and long pathological runs. Nothing may throw, every span must lie inside the
 * text, and the whole run must finish well inside the time limit (a guard against catastrophic
 * regex backtracking, not a speed measurement: that is in bench/).
 */
class FindersFuzzTest {
  private static final long SEED = 20_240_611L;
  private static final Map<SelectorType, SelectorFinder> FINDERS =
      Map.of(SelectorType.EMAIL, new EmailFinder(), SelectorType.HANDLE, new HandleFinder(), SelectorType.URL,
          new UrlFinder(), SelectorType.BTC, new BtcFinder(), SelectorType.ETH, new EthFinder(), SelectorType.AGE,
          new AgeFinder(), SelectorType.LOCATION, new LocationFinder(), SelectorType.PRICE, new PriceFinder());

  private static final String[] FRAGMENTS = {
    "@", "@@", " at ", " dot ", "(at)", "[dot]", " arobase ", " point ", ".", "..", ".com", ".ca", "gmail", "_",
    "IG:", "insta ", "SC - ", "snap ", "OF: ", "X: ", "kik: ", "t.me/", "onlyfans.com/", "tiktok.com/@", "👻", "👉",
    "https://", "www.", "wa.me/", "/", "(", ")", "]", "bc1q", "bc1p", "BC1", "1", "3", "0x", "0X", "deadBEEF",
    "qpzry9x8gf2tvdw0s3jn54khce6mua7l", "1PixFMgLb7kgqULCwrB2Fw", "yo", " y/o", "y.o.", " yrs", " years old", " ans",
    "j'ai ", "âge : ", "age ", "I'm ", "18+", "24/7", "vingt-deux", "twenty", "$", "€", " roses", "🌹", "hh", "H ",
    "2H ", "5 500", "2,800", "k", "Montréal", "Quebec", " City", "St.", " John", "'s", "T.O.", "YYZ", "Victoria",
    "Regina", ", B.C.", " (Qc)", " QC", ", UK", "rue ", " St", "Trois", "-", "Rivières", "Sainte-", "du ", "au ",
    "ville de ", "\n", " ", "  ", "\t", "💋", "3️⃣", "８７３", "𝟖𝟎𝟕", "\uD83D", "\uDC8B", "é", "Œ", "ß", "ı", "0", "9",
    "555", "0199", "416", "(", ":", "=", "|", "•", "’", "\u00A0",
  };

  private static final String[] ADS = {
    "Find me everywhere 💕 SC - theariamoon | https://t.me/aria64 | https://onlyfans.com/aria_xo\n"
        + "kik: ariaofficial7 • tiktok @stararia\nAria, 38 years old",
    "Deposits: BTC 1PixFMgLb7kgqULCwrB2FwJtGKz3tqcS4B or bc1qg86r25jttyw9f6qummtuwu2tadx69u9vec46mj\n"
        + "ETH 0x4334C587136D98dd099494289446EdC92A6eE46D\nIvy 19 y/o, Kitchener",
    "Préposé(e) à l'entretien – Montréal\nhiring_northline (at) live (dot) ca ou +1.438.555.0187\n280 $ l'heure",
    "Jolie Age: 19 in Saint John, New Brunswick\nstarjolie2[at]protonmail.com\nHH 140 / H 200 / 2H 400",
    "Coralie 23 ans\nville de Québec ce week-end\nannabellecute arobase outlook point com\n700$ la nuit 160 roses hh",
  };

  @Test
  void randomUnicodeFragmentSoupsAndTruncationsNeverBreakAFinder() {
    System.out.println("FindersFuzzTest seed " + SEED);
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      SplittableRandom random = new SplittableRandom(SEED);
      for (int n = 0; n < 3000; n++) {
        check(randomUnicode(random, random.nextInt(300)));
        check(soup(random, random.nextInt(40)));
      }
      for (String ad : ADS) {
        for (int end = 0; end <= ad.length(); end++) {
          check(ad.substring(0, end));
          check(ad.substring(end));
        }
      }
    });
  }

  @Test
  void longPathologicalInputsFinishQuickly() {
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      for (String unit : new String[] {"a@", "1", "x at ", "x dot ", "IG: ", "@x on insta ", "bc1q", "q", "0x",
          "St. ", "$1 ", "22 ans ", "a.", "https://a", "(at)", "Victoria ", "T.O.", "Sainte-", "9", "é", "💋",
          "snap me ", "kali_yyz at gmail dot ", "ville de "}) {
        check(unit.repeat(20_000 / unit.length()));
      }
    });
  }

  @Test
  void resultsAreDeterministic() {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    for (int n = 0; n < 300; n++) {
      String text = soup(random, 30);
      assertThat(run(text)).isEqualTo(run(text));
    }
  }

  private static List<Selector> run(String text) {
    List<Selector> out = new ArrayList<>();
    FINDERS.values().forEach(f -> f.find(text, Language.UNDETERMINED, out));
    return out;
  }

  private static void check(String text) {
    for (Map.Entry<SelectorType, SelectorFinder> e : FINDERS.entrySet()) {
      List<Selector> out = new ArrayList<>();
      try {
        e.getValue().find(text, Language.UNDETERMINED, out);
      } catch (RuntimeException ex) {
        throw new AssertionError(e.getKey() + " finder threw on " + escape(text), ex);
      }
      for (Selector s : out) {
        assertThat(s.type()).isEqualTo(e.getKey());
        assertThat(s.value()).isNotEmpty();
        assertThat(s.span().end()).as(escape(text)).isLessThanOrEqualTo(text.length());
        assertThat(s.span().length()).as(escape(text)).isPositive();
      }
    }
  }

  private static String randomUnicode(SplittableRandom r, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      switch (r.nextInt(6)) {
        case 0 -> sb.append((char) r.nextInt(0x20, 0x7F));
        case 1 -> sb.append((char) r.nextInt(0xA0, 0x250));
        case 2 -> sb.appendCodePoint(r.nextInt(0x1F300, 0x1FAFF));
        case 3 -> sb.append((char) r.nextInt(0xD800, 0xE000)); // lone surrogates
        case 4 -> sb.append((char) r.nextInt(0, 0x10000));
        default -> sb.append(" \n\t.@/:$".charAt(r.nextInt(8)));
      }
    }
    return sb.toString();
  }

  private static String soup(SplittableRandom r, int pieces) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      sb.append(FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
    }
    return sb.toString();
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    s.codePoints().limit(200).forEach(c -> sb.append(c < 0x20 || c > 0x7E ? String.format("\\u{%X}", c) : Character.toString(c)));
    return sb.toString();
  }
}
