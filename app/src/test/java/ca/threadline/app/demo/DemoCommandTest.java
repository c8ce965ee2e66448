package ca.threadline.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.app.CliRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @Test
  void noServeWritesTheReportAndPrintsItsPath(@TempDir Path home) throws Exception {
    CliRun run = CliRun.run("", "demo", "--no-serve", "--ads", "200", "--home", home.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode printed = new ObjectMapper().readTree(run.outLines().getLast());
    Path report = Path.of(printed.get("report").asText());
    assertThat(report).startsWith(home).exists();
    String text = Files.readString(report);
    assertThat(text).contains("# Extraction").contains("200 synthetic ads").contains("| phone |").contains("micro-F1");
    assertThat(Files.readAllLines(home.resolve("demo/extracted.jsonl"))).hasSize(200);
  }

  @Test
  void sameSeedSameAds(@TempDir Path a, @TempDir Path b) throws Exception {
    CliRun.run("", "demo", "--no-serve", "--ads", "50", "--seed", "9", "--home", a.toString());
    CliRun.run("", "demo", "--no-serve", "--ads", "50", "--seed", "9", "--home", b.toString());
    assertThat(Files.readString(a.resolve("demo/ads.jsonl"))).isEqualTo(Files.readString(b.resolve("demo/ads.jsonl")));
  }
}
