package ca.threadline.app.extract;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.app.CliRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void writesOneLinePerRecordInInputOrderWhateverTheThreadCount() throws Exception {
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      in.append("{\"id\":\"r").append(i).append("\",\"text\":\"Ad number ").append(i).append(" in Toronto\"}\n");
    }
    for (String threads : List.of("1", "4")) {
      CliRun run = CliRun.run(in.toString(), "extract", "--threads", threads);
      assertThat(run.exitCode()).isZero();
      List<String> lines = run.outLines();
      assertThat(lines).hasSize(5000);
      for (int i = 0; i < lines.size(); i++) {
        JsonNode n = JSON.readTree(lines.get(i));
        assertThat(n.get("id").asText()).isEqualTo("r" + i);
        assertThat(n.has("language")).isTrue();
        assertThat(n.get("selectors").isArray()).isTrue();
        assertThat(n.get("indicators").isArray()).isTrue();
      }
    }
  }

  @Test
  void reportsBadLinesWithLineNumbersAndProcessesTheRest() throws Exception {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.writeBytes("{\"id\":\"ok1\",\"text\":\"fine\"}\n".getBytes(StandardCharsets.UTF_8));
    in.writeBytes("{not json\n".getBytes(StandardCharsets.UTF_8));
    in.writeBytes("{\"id\":\"no-text\"}\n".getBytes(StandardCharsets.UTF_8));
    in.writeBytes(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
    in.writeBytes("[1,2]\n".getBytes(StandardCharsets.UTF_8));
    in.writeBytes("{\"id\":\"n\",\"text\":42}\n".getBytes(StandardCharsets.UTF_8));
    in.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
    in.writeBytes("{\"id\":7,\"text\":\"numeric id\"}\n".getBytes(StandardCharsets.UTF_8));
    CliRun run = CliRun.run(in.toByteArray(), "extract");
    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).hasSize(2);
    assertThat(JSON.readTree(run.outLines().get(1)).get("id").asText()).isEqualTo("7");
    assertThat(run.err())
        .contains("-:2: invalid JSON")
        .contains("-:3: missing \"text\"")
        .contains("-:4: not valid UTF-8")
        .contains("-:5: expected a JSON object")
        .contains("-:6: text must be a string")
        .doesNotContain("Exception");
  }

  @Test
  void strictStopsAtTheFirstBadLineWithExitCode2() {
    CliRun run = CliRun.run("{\"id\":\"a\",\"text\":\"x\"}\nbroken\n{\"id\":\"b\",\"text\":\"y\"}\n", "extract", "--strict");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("-:2: invalid JSON").contains("--strict");
    assertThat(run.outLines()).hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void skipsA50MegabyteLineAndKeepsGoing(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.jsonl");
    try (var out = Files.newOutputStream(file)) {
      out.write("{\"id\":\"before\",\"text\":\"a\"}\n".getBytes(StandardCharsets.UTF_8));
      out.write("{\"id\":\"huge\",\"text\":\"".getBytes(StandardCharsets.UTF_8));
      byte[] chunk = new byte[1 << 20];
      java.util.Arrays.fill(chunk, (byte) 'x');
      for (int i = 0; i < 50; i++) {
        out.write(chunk);
      }
      out.write("\"}\n{\"id\":\"after\",\"text\":\"b\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    CliRun run = CliRun.run("", "extract", "--input", file.toString());
    assertThat(run.exitCode()).isZero();
    List<String> ids = new ArrayList<>();
    for (String l : run.outLines()) {
      ids.add(JSON.readTree(l).get("id").asText());
    }
    assertThat(ids).containsExactly("before", "after");
    assertThat(run.err()).contains(file + ":2: line is").contains("longer than the limit");
  }

  @Test
  void missingInputFileIsBadUsage() {
    CliRun run = CliRun.run("", "extract", "--input", "/nonexistent/ads.jsonl");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no such file: /nonexistent/ads.jsonl");
  }

  @Test
  void badLanguageIsBadUsage() {
    CliRun run = CliRun.run("", "extract", "--lang", "de");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--lang must be auto, en or fr");
  }

  @Test
  void helpShowsExamples() {
    CliRun run = CliRun.run("", "extract", "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Examples:").contains("./threadline extract --input ads.jsonl");
  }
}
