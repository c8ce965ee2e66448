package ca.threadline.testkit.ads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AdGeneratorTest {
  private static final long SEED = 7;
  private static final int N = 3000;
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

  @Test
  void sameSeedGivesByteIdenticalOutput() throws Exception {
    StringWriter a = new StringWriter();
    StringWriter b = new StringWriter();
    AdCorpusWriter.writeJsonLines(new AdGenerator(99).generate(400), a, true);
    AdCorpusWriter.writeJsonLines(new AdGenerator(99).generate(400), b, true);
    assertThat(b.toString()).isEqualTo(a.toString());
    StringWriter c = new StringWriter();
    AdCorpusWriter.writeJsonLines(new AdGenerator(100).generate(400), c, true);
    assertThat(c.toString()).isNotEqualTo(a.toString());
    // next() and generate() walk the same sequence.
    AdGenerator one = new AdGenerator(99);
    List<GeneratedAd> stepwise = List.of(one.next(), one.next(), one.next());
    assertThat(new AdGenerator(99).generate(3)).isEqualTo(stepwise);
  }

  @Test
  void everySpanCoversTheTextPlantedForIt() {
    for (AnnotatedAd a : ads) {
      String text = a.ad().text();
      for (PlantedSpan s : a.spans()) {
        assertThat(s.end()).as(a.ad().id()).isLessThanOrEqualTo(text.length());
        assertThat(s.end()).as("empty span %s in %s", s, a.ad().id()).isGreaterThan(s.start());
        if (!s.role().equals("gold") && !s.role().equals("optional")) {
          assertThat(a.surface(s)).isEqualTo(s.value());
        }
        // Spans never cut a surrogate pair.
        assertThat(Character.isLowSurrogate(text.charAt(s.start()))).isFalse();
        assertThat(Character.isHighSurrogate(text.charAt(s.end() - 1))).isFalse();
      }
    }
  }

  @Test
  void everyGoldAndOptionalValueIsInTheTextInSomeWrittenForm() {
    int checked = 0;
    for (AnnotatedAd a : ads) {
      for (String role : List.of("gold", "optional")) {
        List<GoldSelector> selectors = role.equals("gold") ? a.ad().gold() : a.ad().optional();
        for (GoldSelector g : selectors) {
          List<PlantedSpan> spans = a.spans().stream()
              .filter(s -> s.type().equals(g.type()) && s.value().equals(g.value())).toList();
          assertThat(spans).as("%s %s in %s", role, g, a.ad().id()).isNotEmpty();
          for (PlantedSpan s : spans) {
            assertThat(GoldReader.reads(g.type(), g.value(), a.surface(s)))
                .as("%s does not read as %s in %s:%n%s", a.surface(s), g, a.ad().id(), a.ad().text()).isTrue();
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(N * 3);
  }

  @Test
  void phoneTagsAreWhatTheDefinitionsAssignToTheWrittenNumber() {
    for (AnnotatedAd a : ads) {
      boolean obscured = false;
      for (GoldSelector g : a.ad().gold()) {
        if (!g.type().equals("phone")) {
          continue;
        }
        assertThat(g.value()).matches("\\+1[2-9]\\d\\d55501\\d\\d");
        PlantedSpan span = a.spans().stream().filter(s -> s.role().equals("gold") && s.value().equals(g.value())).findFirst().orElseThrow();
        String surface = a.surface(span);
        List<String> expected = surface.contains("wa.me/") ? List.of() : ReferencePhoneReader.read(surface).tags();
        assertThat(g.tags()).as("%s in %s", surface, a.ad().id()).isEqualTo(expected);
        assertThat(PhoneBoundaries.clean(a.ad().text(), span)).isTrue();
        obscured |= !g.tags().isEmpty();
      }
      assertThat(a.ad().indicators().contains("obscured_phone")).as(a.ad().id()).isEqualTo(obscured);
    }
  }

  @Test
  void everyIndicatorAndDecoyHasASpanAndCodesComeFromTheVocabulary() {
    Set<String> codes = new java.util.HashSet<>(EscortAdWriter.CODES);
    codes.add("obscured_phone");
    codes.addAll(JobAdWriter.CODES);
    for (AnnotatedAd a : ads) {
      for (String code : a.ad().indicators()) {
        assertThat(codes).contains(code);
        assertThat(a.spans()).anyMatch(s -> s.role().equals("indicator") && s.type().equals(code));
        boolean escortCode = EscortAdWriter.CODES.contains(code) || code.equals("obscured_phone");
        assertThat(escortCode || a.ad().kind().equals("job")).as("%s in %s", code, a.ad().id()).isTrue();
      }
      for (String decoy : a.ad().decoys()) {
        assertThat(a.spans()).anyMatch(s -> s.role().equals("decoy") && s.type().equals(decoy));
      }
      // A negated form never sits in the same ad as its indicator.
      for (String decoy : a.ad().decoys()) {
        if (decoy.startsWith("negated_")) {
          assertThat(a.ad().indicators()).doesNotContain(decoy.substring("negated_".length()));
        }
      }
    }
  }

  @Test
  void gold24Over7AndEighteenPlusAreNeverAges() {
    for (AnnotatedAd a : ads) {
      if (a.ad().text().contains("24/7")) {
        assertThat(a.ad().decoys()).contains("age_like_24_7");
      }
      for (PlantedSpan s : a.spans()) {
        if (s.role().equals("gold") && s.type().equals("age")) {
          assertThat(a.surface(s)).doesNotContain("24/7").doesNotContain("+");
        }
      }
    }
  }

  @Test
  void placeNamesAppearOnlyWhereALocationIsPlanted() {
    // One alternation of every written form of 4+ characters (short abbreviations such as T.O.,
    // MTL, Wpg are checked through their spans), longest first.
    List<String> forms = GoldReader.CITY_FORMS.values().stream().flatMap(List::stream)
        .filter(f -> f.length() >= 4).distinct().sorted((x, y) -> y.length() - x.length()).toList();
    Pattern any = Pattern.compile("(?<![\\p{L}])(?:" + String.join("|", forms.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}])");
    int seen = 0;
    for (AnnotatedAd a : ads) {
      String text = a.ad().text();
      var m = any.matcher(text);
      while (m.find()) {
        int at = m.start();
        boolean covered = a.spans().stream().anyMatch(s -> (s.type().equals("location") || s.type().equals("city_as_name"))
            && s.start() <= at && at < s.end());
        assertThat(covered).as("%s at %d not planted in %s:%n%s", m.group(), at, a.ad().id(), text).isTrue();
        seen++;
      }
    }
    assertThat(seen).isGreaterThan(N);
  }

  @Test
  void languagesAreShownInPhrases() {
    for (AnnotatedAd a : ads) {
      String t = a.ad().text();
      switch (a.ad().lang()) {
        case "en", "fr", "mixed" -> { }
        default -> throw new AssertionError(a.ad().lang());
      }
      assertThat(t).isNotBlank();
      assertThat(t).doesNotStartWith(" ").doesNotEndWith("\n");
    }
  }
}
