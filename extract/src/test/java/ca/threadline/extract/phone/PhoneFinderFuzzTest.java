package ca.threadline.extract.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

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
    for (int round = 0; round < 6_000; round++) {
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
    System.out.println("random inputs: " + found + " phones found in 6000 inputs");
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
    for (int i = 0; i < 25; i++) {
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
    inputs.add("1 ".repeat(100_000));
    inputs.add("4 1 6 5 5 5 0 1 9 9 ".repeat(2_000));
    inputs.add("one ".repeat(25_000));
    inputs.add("quatre-vingt-".repeat(10_000));
    inputs.add("9".repeat(500_000));
    inputs.add("o1".repeat(100_000));
    inputs.add("4\uFE0F\u20E3".repeat(50_000));
    inputs.add("\u200B".repeat(100_000) + "4165550199");
    inputs.add("-".repeat(200_000));
    inputs.add("(416) 555-0199 ".repeat(2_000));
    inputs.add("𝟒".repeat(100_000));
    inputs.add("fivezero".repeat(25_000));
    for (String s : inputs) {
      check(s);
    }
    assertThat(FINDER.find("(416) 555-0199 ".repeat(2_000))).hasSize(2_000);
    assertThat(FINDER.find("4 1 6 5 5 5 0 1 9 9 ".repeat(2_000))).hasSize(2_000);
  }

  private static int randomCodePoint(SplittableRandom random) {
    while (true) {
      int cp = random.nextInt(4) == 0 ? random.nextInt(0x1F000, 0x1FAFF) : random.nextInt(0x10FFFF);
      if (Character.isValidCodePoint(cp)) {
        return cp;
      }
    }
  }

  /** Runs the finder and checks its output; plain checks (this runs tens of thousands of times). */
  private static List<Selector> check(String text) {
    long t0 = System.nanoTime();
    List<Selector> first = FINDER.find(text);
    long elapsed = System.nanoTime() - t0;
    if (elapsed > BLOW_UP_NANOS) {
      fail("took " + elapsed / 1_000_000 + " ms on input of length " + text.length());
    }
    if (!FINDER.find(text).equals(first)) {
      fail("not deterministic on [" + text + "]");
    }
    for (Selector s : first) {
      boolean ok = s.type() == SelectorType.PHONE && E164.matcher(s.value()).matches()
          && s.span().start() < s.span().end() && s.span().end() <= text.length()
          && TAGS.containsAll(s.obfuscation()) && sortedAndDistinct(s.obfuscation())
          && (!s.value().startsWith("+1") || validNanp(s.value()));
      if (!ok) {
        fail("bad selector " + s + " from [" + text + "]");
      }
    }
    return first;
  }

  private static boolean sortedAndDistinct(List<String> tags) {
    for (int i = 1; i < tags.size(); i++) {
      if (tags.get(i - 1).compareTo(tags.get(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean validNanp(String e164) {
    PhoneNumber n = new PhoneNumber().setCountryCode(1).setNationalNumber(Long.parseLong(e164.substring(2)));
    return PhoneNumberUtil.getInstance().isValidNumber(n);
  }
}
