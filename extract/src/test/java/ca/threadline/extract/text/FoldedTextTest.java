package ca.threadline.extract.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.threadline.core.text.Span;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FoldedTextTest {
  @Test
  void asciiIsLowerCasedAndMapsOneToOne() {
    FoldedText f = FoldedText.of("Call ME 416");
    assertThat(f.toString()).isEqualTo("call me 416");
    for (int i = 0; i < f.length(); i++) {
      assertThat(f.originalStart(i)).isEqualTo(i);
      assertThat(f.originalEnd(i)).isEqualTo(i + 1);
      assertThat(f.form(i)).isEqualTo(CharForm.PLAIN);
    }
  }

  @Test
  void keycapSequencesFoldToTheirDigitWithOrWithoutVariationSelector() {
    String s = "3\uFE0F\u20E30\u20E3#\uFE0F\u20E3";
    FoldedText f = FoldedText.of(s);
    assertThat(f.toString()).isEqualTo("30#");
    assertThat(f.form(0)).isEqualTo(CharForm.KEYCAP);
    assertThat(f.originalSpan(0, 1)).isEqualTo(new Span(0, 3));
    assertThat(f.originalSpan(1, 2)).isEqualTo(new Span(3, 5));
    assertThat(f.originalSpan(0, 3)).isEqualTo(new Span(0, s.length()));
  }

  @Test
  void mathematicalDigitsAreSurrogatePairsFoldedByFont() {
    // bold 𝟎 U+1D7CE, double-struck 𝟘 U+1D7D8, sans-serif 𝟢 U+1D7E2, sans bold 𝟬 U+1D7EC, mono 𝟶 U+1D7F6
    for (int font = 0x1D7CE; font <= 0x1D7F6; font += 10) {
      StringBuilder sb = new StringBuilder("x");
      for (int d = 0; d < 10; d++) {
        sb.appendCodePoint(font + d);
      }
      FoldedText f = FoldedText.of(sb.toString());
      assertThat(f.toString()).isEqualTo("x0123456789");
      assertThat(f.form(5)).isEqualTo(CharForm.MATHEMATICAL);
      assertThat(f.originalSpan(1, 2)).isEqualTo(new Span(1, 3));
      assertThat(f.originalSpan(10, 11)).isEqualTo(new Span(19, 21));
    }
  }

  @Test
  void mathematicalLettersFoldToAscii() {
    FoldedText f = FoldedText.of("\uD835\uDC1F\uD835\uDC22\uD835\uDC2F\uD835\uDC1E"); // 𝐟𝐢𝐯𝐞
    assertThat(f.toString()).isEqualTo("five");
    assertThat(f.form(0)).isEqualTo(CharForm.MATHEMATICAL);
  }

  @Test
  void fullwidthFormsFoldToAscii() {
    FoldedText f = FoldedText.of("８７３－５５５（Ａｂ）");
    assertThat(f.toString()).isEqualTo("873-555(ab)");
    assertThat(f.form(0)).isEqualTo(CharForm.FULLWIDTH);
    assertThat(f.form(3)).isEqualTo(CharForm.FULLWIDTH);
  }

  @Test
  void enclosedDigitsOfEveryFamilyFold() {
    String s = "③⓪⑴⒉⓷⓿❶➀➊\uD83C\uDD01\uD83C\uDD0B";
    FoldedText f = FoldedText.of(s);
    assertThat(f.toString()).isEqualTo("30123011100");
    for (int i = 0; i < f.length(); i++) {
      assertThat(f.form(i)).isEqualTo(CharForm.ENCLOSED);
    }
    assertThat(f.originalSpan(9, 11)).isEqualTo(new Span(9, 13));
  }

  @Test
  void twoDigitEnclosedNumbersAndSuperscriptsAreNotDigits() {
    assertThat(FoldedText.of("⑩²₃").toString()).isEqualTo("⑩²₃");
  }

  @Test
  void accentsComeOffAndCaseFolds() {
    assertThat(FoldedText.of("ZÉRO Zéro ÇA Ñ").toString()).isEqualTo("zero zero ca n");
  }

  @Test
  void combiningAccentAttachesToItsLetter() {
    String s = "ze\u0301ro";
    FoldedText f = FoldedText.of(s);
    assertThat(f.toString()).isEqualTo("zero");
    assertThat(f.originalSpan(1, 2)).isEqualTo(new Span(1, 3));
  }

  @Test
  void invisibleCharactersVanishButStayInsideTheSpan() {
    String s = "416\u200B555\u00AD0199\uFEFF";
    FoldedText f = FoldedText.of(s);
    assertThat(f.toString()).isEqualTo("4165550199");
    assertThat(f.originalSpan(0, f.length())).isEqualTo(new Span(0, s.length()));
    assertThat(f.originalSpan(2, 3)).isEqualTo(new Span(2, 4));
  }

  @Test
  void lineBreaksAndSpacesAndDashesUnify() {
    FoldedText f = FoldedText.of("a\r\nb\rc\u2028d\u00A0e\u3000f\u2013g\u2212h\u2014i\tj");
    assertThat(f.toString()).isEqualTo("a\nb\nc\nd e f-g-h-i j");
    assertThat(f.originalSpan(1, 2)).isEqualTo(new Span(1, 3));
  }

  @Test
  void emojiFoldToOneObjectCharPerCodePointAndZwjSequencesToOne() {
    String s = "1🔥2👩\u200D❤\uFE0F\u200D👨3👍🏽4";
    FoldedText f = FoldedText.of(s);
    assertThat(f.toString()).isEqualTo("1\uFFFC2\uFFFC3\uFFFC4");
    assertThat(f.originalSpan(3, 4).of(s)).isEqualTo("👩\u200D❤\uFE0F\u200D👨");
    assertThat(f.originalSpan(5, 6).of(s)).isEqualTo("👍🏽");
  }

  @Test
  void foldedCharsRememberInvisibleCharactersAfterThem() {
    FoldedText f = FoldedText.of("41\u200B6\uFE0F\u20E3x\u0301");
    assertThat(f.toString()).isEqualTo("416x");
    assertThat(f.carriesInvisible(0)).isFalse();
    assertThat(f.carriesInvisible(1)).isTrue();
    assertThat(f.carriesInvisible(2)).as("a keycap's marks are part of it, not extra").isFalse();
    assertThat(f.carriesInvisible(3)).isTrue();
    assertThat(f.form(1)).isEqualTo(CharForm.PLAIN);
  }

  @Test
  void zeroWidthJoinerBetweenDigitsKeepsBothDigits() {
    assertThat(FoldedText.of("4\u200D1\u200D6").toString()).isEqualTo("416");
  }

  @Test
  void keycapTenIsTwoDigitsSharingOneRange() {
    FoldedText f = FoldedText.of("a🔟");
    assertThat(f.toString()).isEqualTo("a10");
    assertThat(f.originalSpan(1, 3)).isEqualTo(new Span(1, 3));
    assertThat(f.form(2)).isEqualTo(CharForm.KEYCAP);
  }

  @Test
  void otherScriptDigitsFoldLikeLibphonenumber() {
    FoldedText f = FoldedText.of("٤١٦");
    assertThat(f.toString()).isEqualTo("416");
    assertThat(f.form(0)).isEqualTo(CharForm.OTHER_SCRIPT);
  }

  @Test
  void unpairedSurrogatesBecomeReplacementChars() {
    assertThat(FoldedText.of("1\uD835").toString()).isEqualTo("1\uFFFD");
    assertThat(FoldedText.of("\uDFCE2").toString()).isEqualTo("\uFFFD2");
  }

  @Test
  void leadingInvisibleCharsAreSkipped() {
    FoldedText f = FoldedText.of("\uFE0F\u200B7");
    assertThat(f.toString()).isEqualTo("7");
    assertThat(f.originalSpan(0, 1)).isEqualTo(new Span(2, 3));
  }

  @Test
  void emptyRangesAndOutOfBoundsAreRejected() {
    FoldedText f = FoldedText.of("abc");
    assertThatThrownBy(() -> f.originalSpan(1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> f.charAt(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void rangesAreOrderedDisjointAndCoverTheTextOnRandomInput() {
    long seed = 0x7E47F01DL;
    System.out.println("FoldedTextTest seed " + seed);
    SplittableRandom random = new SplittableRandom(seed);
    String alphabet = "aZé4５\u0301\u200B\u200D\uFE0F\u20E3\r\n -③";
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      int len = random.nextInt(40);
      for (int i = 0; i < len; i++) {
        switch (random.nextInt(4)) {
          case 0 -> sb.appendCodePoint(0x1D7CE + random.nextInt(50));
          case 1 -> sb.append((char) random.nextInt(0xD800, 0xE000)); // stray surrogates too
          case 2 -> sb.appendCodePoint(0x1F300 + random.nextInt(0x300));
          default -> sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String s = sb.toString();
      FoldedText f = FoldedText.of(s);
      int previousEnd = 0;
      for (int i = 0; i < f.length(); i++) {
        int start = f.originalStart(i);
        int end = f.originalEnd(i);
        assertThat(start).isLessThan(end);
        assertThat(end).isLessThanOrEqualTo(s.length());
        boolean sharesRange = i > 0 && f.originalStart(i - 1) == start;
        if (!sharesRange) {
          assertThat(start).as("round %d: %s", round, s).isGreaterThanOrEqualTo(previousEnd);
        }
        previousEnd = end;
      }
      if (f.length() > 0) {
        assertThat(f.originalEnd(f.length() - 1)).isEqualTo(s.length());
      }
    }
  }
}
