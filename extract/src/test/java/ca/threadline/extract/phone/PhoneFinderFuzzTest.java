package ca.threadline.extract.phone;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Seeded random and truncated inputs: the finder never throws, every selector is well formed
 * (E.164 value, span inside the text, known tags), results are deterministic, and no input takes
 * long. The time bound is a guard against super-linear blow-ups (regex backtracking, quadratic
 * loops), far above the microseconds a normal ad costs; speed itself is measured in
 * {@code bench/PhoneFinderBench}.
 */
class PhoneFinderFuzzTest {
  private static final PhoneFinder FINDER = new PhoneFinder();
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");
  private static final Set<String> TAGS =
      Stream.of(Obfuscation.values()).map(Obfuscation::tag).collect(Collectors.toSet());
  private static final long BLOW_UP_NANOS = 2_000_000_000L;

  private static final String[] CHUNKS = {"0", "1", "4", "5", "9", "416", "555", "0199", " ", "  ",
      "\n", "\r\n", "-", ".", "(", ")", "+", "+1", "/", "*", "_", "•", "·", "~", "|", "=", ",", ":",
      "$", "#", "'", "⭐", "🔥", "💋", "\uFE0F", "\u20E3", "\u200B", "\u200D", "\u0301", "４", "－",
      "𝟒", "𝟓", "③", "⓪", "❶", "⑴", "🔟", "O", "o", "l", "I", "i", "zero", "one", "two", "to",
      "for", "five", "oh", "un", "deux", "cinq", "quatre", "vingt", "douze", "et", "and", "hundred",
      "cent", "ninety", "dix", "sept", "hh", "ans", "yo", "ref", "no", "é", "Ω", "中", "\uD835",
      "\uDFCE", "\uD83D", "a", "x", "bc1q", "0x", "2024", "11", "29", "24", "7", "00", "011"};

  @Test
  void randomInputsNeverBreakTheFinder() {
    long seed = 0xF022_0001L;
    System.out.println("randomInputsNeverBreakTheFinder seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    int found = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder sb = new StringBuilder();
      int chunks = random.nextInt(120);
      for (int k = 0; k < chunks; k++) {
        if (random.nextInt(10) == 0) {
          sb.appendCodePoint(randomCodePoint(random));
        } else {
          sb.append(CHUNKS[random.nextInt(CHUNKS.length)]);
        }
      }
      found += check(sb.toString()).size();
    }
    System.out.println("random inputs: " + found + " phones found in 20000 inputs");
    assertThat(found).as("the chunk soup should produce some numbers").isPositive();
  }

  @Test
  void truncatedAdsNeverBreakTheFinder() {
    long seed = 0xF022_0002L;
    System.out.println("truncatedAdsNeverBreakTheFinder seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    List<String> areaCodes = List.of("416", "514", "604", "867", "902");
    SyntheticAds ads = new SyntheticAds(random, areaCodes);
    int inputs = 0;
    for (int i = 0; i < 60; i++) {
      String text = ads.next().text();
      for (int cut = 0; cut <= text.length(); cut++) {
        check(text.substring(0, cut));
        check(text.substring(cut));
        inputs += 2;
      }
    }
    System.out.println("truncated inputs checked: " + inputs);
  }

  @Test
  void longAndRepetitiveInputsStayLinear() {
    List<String> inputs = new ArrayList<>();
    inputs.add("1 ".repeat(200_000));
    inputs.add("4 1 6 5 5 5 0 1 9 9 ".repeat(5_000));
    inputs.add("one ".repeat(50_000));
    inputs.add("quatre-vingt-".repeat(20_000));
    inputs.add("9".repeat(1_000_000));
    inputs.add("o1".repeat(200_000));
    inputs.add("4\uFE0F\u20E3".repeat(100_000));
    inputs.add("\u200B".repeat(300_000) + "4165550199");
    inputs.add("-".repeat(500_000));
    inputs.add("(416) 555-0199 ".repeat(5_000));
    inputs.add("𝟒".repeat(200_000));
    inputs.add("fivezero".repeat(50_000));
    for (String s : inputs) {
      check(s);
    }
    assertThat(FINDER.find("(416) 555-0199 ".repeat(5_000))).hasSize(5_000);
    assertThat(FINDER.find("4 1 6 5 5 5 0 1 9 9 ".repeat(5_000))).hasSize(5_000);
  }

  private static int randomCodePoint(SplittableRandom random) {
    while (true) {
      int cp = random.nextInt(4) == 0 ? random.nextInt(0x1F000, 0x1FAFF) : random.nextInt(0x10FFFF);
      if (Character.isValidCodePoint(cp)) {
        return cp;
      }
    }
  }

  private static List<Selector> check(String text) {
    long t0 = System.nanoTime();
    List<Selector> first = FINDER.find(text);
    long elapsed = System.nanoTime() - t0;
    assertThat(elapsed).as("time on input of length %d", text.length()).isLessThan(BLOW_UP_NANOS);
    assertThat(FINDER.find(text)).isEqualTo(first);
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    for (Selector s : first) {
      assertThat(s.type()).isEqualTo(SelectorType.PHONE);
      assertThat(s.value()).matches(E164);
      assertThat(s.span().start()).isLessThan(s.span().end());
      assertThat(s.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(TAGS).containsAll(s.obfuscation());
      assertThat(s.obfuscation()).isSorted().doesNotHaveDuplicates();
      if (s.value().startsWith("+1")) {
        PhoneNumber n = new PhoneNumber().setCountryCode(1).setNationalNumber(Long.parseLong(s.value().substring(2)));
        assertThat(util.isValidNumber(n)).as(s.value()).isTrue();
      }
    }
    return first;
  }
}
