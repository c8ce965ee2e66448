package ca.threadline.testkit.ads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdCorpusMainTest {
  @Test
  void writesTheSameCorpusAsTheLibrary(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = AdCorpusMain.run(new String[] {"--seed", "12", "--count", "25", "--gold"}, out, new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isZero();
    StringWriter expected = new StringWriter();
    AdCorpusWriter.writeJsonLines(new AdGenerator(12).generate(25), expected, true);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("generated 25/25").contains("done: 25 ads");

    Path file = dir.resolve("ads.jsonl");
    assertThat(AdCorpusMain.run(new String[] {"--seed", "12", "--count", "25", "--gold", "--out", file.toString()},
        new ByteArrayOutputStream(), new PrintStream(new ByteArrayOutputStream()))).isZero();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(expected.toString());
  }

  @Test
  void badUsageExitsWithTwoAndSaysWhy() {
    for (String[] args : new String[][] {{"--count"}, {"--count", "x"}, {"--bogus"}, {"--count", "-3"}}) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = AdCorpusMain.run(args, new ByteArrayOutputStream(), new PrintStream(err, true, StandardCharsets.UTF_8));
      assertThat(code).as(String.join(" ", args)).isEqualTo(2);
      assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("error: ").contains("usage:");
    }
  }
}
