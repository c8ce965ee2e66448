package ca.threadline.chain.tags;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.core.io.BadInputException;
import ca.threadline.testkit.fuzz.FuzzRunner;
import ca.threadline.testkit.fuzz.Mutator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/**
 * Seeded fuzzing of the TagPack YAML reader (see {@link Mutator}): a mutated, truncated or hostile
 * pack (alias bombs, deep nesting, huge numbers, invalid UTF-8) is either read into tags whose
 * fields the store can file, or rejected with a {@link BadInputException} naming the file and a
 * line; nothing else, within the time and allocation bounds.
 */
class TagPackYamlFuzzTest {
  static final long SEED = 0x7A6B0FL;
  static final String SOURCE = "fuzz.yaml";

  static List<byte[]> seeds() {
    String bomb = """
        title: &t Bomb
        creator: c
        a: &a ["x","x","x","x","x","x","x","x","x","x"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]
        currency: BTC
        label: l
        tags:
        - address: 1121DWBuPTD7SuTxx7BivG6hyVJbhA3McT
        """;
    return List.of(TagPackYamlTest.PACK.getBytes(StandardCharsets.UTF_8), bomb.getBytes(StandardCharsets.UTF_8),
        "{\"title\": \"Flow\", \"creator\": \"c\", \"currency\": \"BTC\", \"tags\": [{\"address\": \"bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq\", \"label\": \"x\", \"confidence\": 50}]}\n"
            .getBytes(StandardCharsets.UTF_8));
  }

  /** What the import command does with a pack, short of writing it: read it and file each tag under its address. */
  static void importPack(byte[] in) {
    TagPack p = TagPackYaml.read(in, SOURCE);
    String title = p.title();
    if (title.isBlank()) {
      throw new IllegalStateException("a pack was read without a usable title");
    }
    TagStore.fileName(title);
    for (ObjectNode e : p.effectiveTags()) {
      if (e.hasNonNull("address")) {
        String a = TagStore.canonical(e.get("address").asText());
        if (a.isEmpty()) {
          throw new IllegalStateException("a tag was read with an address that files under nothing: " + e.get("address"));
        }
      }
    }
  }

  /** A rejection must name the file and a line (1-based) of it. */
  static String judge(Throwable t, byte[] in) {
    if (t instanceof BadInputException b && b.problem().source().equals(SOURCE) && b.problem().line() > 0 && !b.problem().reason().isBlank()) {
      return null;
    }
    return t instanceof BadInputException b ? "rejected without a line: " + b.getMessage() : "unexpected " + t;
  }

  @Test
  void mutatedTruncatedAndHostilePacksAreReadOrRejectedWithALine() {
    System.out.println("TagPackYamlFuzzTest seed " + SEED);
    Mutator m = new Mutator(SEED, seeds());
    try (FuzzRunner runner = new FuzzRunner(Duration.ofSeconds(20), 96L << 20)) {
      FuzzRunner.Summary t = runner.run("tagpack (truncations)", m.truncations(3, 1_000_000), TagPackYamlFuzzTest::importPack, TagPackYamlFuzzTest::judge);
      FuzzRunner.Summary s = runner.run("tagpack", FuzzRunner.range(m, 0, 4000), TagPackYamlFuzzTest::importPack, TagPackYamlFuzzTest::judge);
      System.out.println(s.line() + "; " + t.line());
      assertThat(t.failures()).as(t.failureReport()).isEmpty();
      assertThat(s.failures()).as(s.failureReport()).isEmpty();
      assertThat(s.rejected()).isGreaterThan(400);
    }
  }

  // Regressions found by the fuzzer above (seed 8022799).

  @Test
  void aTruncatedPackWithAnEmptyAddressIsRejectedAtItsTag() {
    assertThatThrownBy(() -> TagPackYaml.read(new StringReader("title: t\ncreator: c\ncurrency: BTC\nlabel: l\ntags:\n- address: 1abc\n- address: \n"), SOURCE))
        .isInstanceOf(BadInputException.class).hasMessage("fuzz.yaml:7: tag's 'address' must be a non-empty text");
    assertThatThrownBy(() -> TagPackYaml.read(new StringReader("title: t\ncreator: c\ncurrency: BTC\nlabel: l\ntags:\n- address: [1abc]\n"), SOURCE))
        .isInstanceOf(BadInputException.class).hasMessage("fuzz.yaml:6: tag's 'address' must be a non-empty text");
  }

  @Test
  void aTitleThatIsNotTextIsRejectedAtItsLine() {
    assertThatThrownBy(() -> TagPackYaml.read(new StringReader("creator: c\ntitle: {a: 1}\ntags: []\n"), SOURCE))
        .isInstanceOf(BadInputException.class).hasMessage("fuzz.yaml:2: 'title' must be a non-empty text");
  }

  @Test
  void tooDeepNestingIsReportedWithALine() {
    assertThatThrownBy(() -> TagPackYaml.read(new StringReader("title: t\ncreator: c\nx: " + "[".repeat(5000) + "\ntags: []\n"), SOURCE))
        .isInstanceOf(BadInputException.class).hasMessageStartingWith("fuzz.yaml:3: not valid YAML: Document nesting depth");
  }

  @Test
  void aHugeLineIsRefusedBeforeTheYamlScannerCopiesItOverAndOver() {
    String line = "<div>".repeat(60_000);
    FuzzRunner.Summary s;
    try (FuzzRunner runner = new FuzzRunner(Duration.ofSeconds(20), 32L << 20)) {
      s = runner.run("tagpack long line", List.of(new Mutator.Case(SEED, 0, 0, Mutator.Kind.DEEP_NESTING,
          ("title: t\ncreator: c\nx: " + line + "\ntags: []\n").getBytes(StandardCharsets.UTF_8))), TagPackYamlFuzzTest::importPack, TagPackYamlFuzzTest::judge);
    }
    assertThat(s.failures()).as(s.failureReport()).isEmpty();
    assertThat(s.rejected()).isEqualTo(1);
    assertThatThrownBy(() -> TagPackYaml.read(new StringReader("title: t\ncreator: c\nx: " + line + "\n"), SOURCE))
        .hasMessage("fuzz.yaml:3: line is longer than 65536 characters; not a TagPack");
  }

  /** Found by {@code BadInputCliFuzzTest}: invalid UTF-8 was reported at line 1 with an exception's class name. */
  @Test
  void invalidUtf8IsReportedAtItsLine() {
    byte[] pack = "title: t\ncreator: c\ncurrency: BTC\nlabel: caf\u00e9\ntags:\n- address: 1abc\n".getBytes(StandardCharsets.UTF_8);
    pack[pack.length - 3] = (byte) 0xff;
    assertThatThrownBy(() -> TagPackYaml.read(pack, SOURCE))
        .isInstanceOf(BadInputException.class).hasMessage("fuzz.yaml:6: not valid UTF-8 at byte offset " + (pack.length - 3) + " (a malformed sequence of 1 byte(s))");
    // through a Reader, the line its chunk began, and the same words
    assertThatThrownBy(() -> TagPackYaml.read(new InputStreamReader(new ByteArrayInputStream(pack), StandardCharsets.UTF_8.newDecoder()), SOURCE))
        .isInstanceOf(BadInputException.class).hasMessage("fuzz.yaml:1: not valid UTF-8 (a malformed sequence of 1 byte(s))");
  }
}
