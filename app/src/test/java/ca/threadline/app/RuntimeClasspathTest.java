package ca.threadline.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs commands in a JVM whose classpath is the application's runtime classpath only (what the
 * launcher ships in {@code app/target/lib}), not the test classpath. A dependency declared with
 * test scope in this module once shadowed the compile scope it has in {@code evidence}: every
 * test passed while the shipped command could not parse HTML ("NoClassDefFoundError:
 * org/jsoup/parser/Parser" for every page of a WARC).
 */
class RuntimeClasspathTest {
  @Test
  void importAndExtractRunOnTheShippedClasspath(@TempDir Path tmp) throws Exception {
    Path cpFile = Path.of("target", "runtime-classpath.txt");
    assertThat(cpFile).as("written by maven-dependency-plugin at process-test-classes").exists();
    String classpath = Path.of("target", "classes").toAbsolutePath() + java.io.File.pathSeparator
        + Files.readString(cpFile).strip();
    assertThat(classpath).doesNotContain("junit").doesNotContain("selenium").doesNotContain("assertj");

    Path page = tmp.resolve("ad.html");
    Files.writeString(page, "<html><head><title>Nouvelle</title><style>p{}</style></head><body>"
        + "<p>Léa, 22 ans, Gatineau. Texto 819-555-0142 <b>ce soir</b></p><img src=x.png></body></html>");
    Path pdfLike = tmp.resolve("note.txt");
    Files.writeString(pdfLike, "Call 4one6 555 0199, Toronto");
    Run imported = run(tmp, classpath, null, "import", page.toString(), pdfLike.toString(), "--case", "C", "--home",
        tmp.resolve("home").toString());
    assertThat(imported.err()).doesNotContain("failed").doesNotContain("NoClassDefFound").doesNotContain("Exception");
    assertThat(imported.exit()).as(imported.err()).isZero();
    Path derived = tmp.resolve("home").resolve("derived");
    List<String> rows = new ArrayList<>();
    try (var files = Files.walk(derived)) {
      for (Path f : files.filter(p -> p.getFileName().toString().equals("extractions.jsonl")).toList()) {
        rows.addAll(Files.readAllLines(f));
      }
    }
    assertThat(String.join("\n", rows)).contains("+18195550142").contains("+14165550199");

    Run extracted = run(tmp, classpath, "{\"id\":\"a1\",\"text\":\"snap: lea_r, 22 ans\"}\n", "extract");
    assertThat(extracted.exit()).as(extracted.err()).isZero();
    assertThat(extracted.out()).contains("snapchat:lea_r");
  }

  private record Run(int exit, String out, String err) {}

  private static Run run(Path tmp, String classpath, String stdin, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED", "-cp", classpath, "ca.threadline.app.Main"));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile(tmp, "out", ".txt");
    Path err = Files.createTempFile(tmp, "err", ".txt");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
    if (stdin == null) {
      pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    }
    Process p = pb.start();
    if (stdin != null) {
      try (var in = p.getOutputStream()) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      }
    }
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("command did not finish in 120 s: " + cmd);
    }
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }
}
