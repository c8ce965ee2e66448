package ca.threadline.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.app.cli.Cli;
import ca.threadline.store.Store;
import ca.threadline.store.StoreConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code threadline demo} without {@code --no-serve}, in-process on a thread: the pipeline runs,
 * the JSON result line is printed before serving, the workbench listens on a free port, a demo
 * user signs in over HTTP with the printed one-time password and opens the largest network's
 * page; interrupting the command stops the server and closes the store (it opens again).
 */
class DemoServesWorkbenchTest {
  private static final Pattern LARGEST = Pattern.compile("demo: largest network: (http://127\\.0\\.0\\.1:(\\d+)/)(cases/\\d+/networks/\\S+)");

  @Test
  void demoRunsThePipelineThenServesTheWorkbench(@TempDir Path home) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    AtomicInteger exit = new AtomicInteger(-1);
    long t0 = System.nanoTime();
    Thread demo = new Thread(() -> exit.set(Cli.run(new String[] {"demo", "--ads", "120", "--job-ads", "20", "--no-pdf", "--port", "0",
        "--home", home.toString()}, new ByteArrayInputStream(new byte[0]), out, err)), "demo-under-test");
    demo.start();
    try {
      Matcher m = null;
      long deadline = System.nanoTime() + 120_000_000_000L;
      while (System.nanoTime() < deadline && demo.isAlive()) {
        m = LARGEST.matcher(err.toString(StandardCharsets.UTF_8));
        if (m.find()) {
          break;
        }
        m = null;
        Thread.sleep(100);
      }
      String console = err.toString(StandardCharsets.UTF_8);
      assertThat(m).as("the demo printed no workbench address:\n" + console).isNotNull();
      // The result line came first, while the workbench serves.
      JsonNode result = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8).strip().lines().reduce((a, b) -> b).orElseThrow());
      assertThat(result.get("case").asText()).isEqualTo("Demo");
      assertThat(m.group(3)).endsWith("/networks/" + result.get("network").asText());
      Matcher pw = Pattern.compile("demo-investigator\\s+(\\S{16})\\s").matcher(console);
      assertThat(pw.find()).as(console).isTrue();
      int port = Integer.parseInt(m.group(2));
      assertThat(port).isPositive();

      WebClient c = new WebClient(port);
      assertThat(c.signIn("demo-investigator", pw.group(1)).statusCode()).isEqualTo(303);
      HttpResponse<String> page = c.get("/" + m.group(3));
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("id=\"network-graph\"").contains("id=\"export-dossier\"");
      System.out.printf("demo (120 + 20 ads, no PDF): first network page served %.1f s after the command started%n",
          (System.nanoTime() - t0) / 1e9);
      // The dossier of the largest network over HTTP: the exhibit list with each evidence item's SHA-256.
      long e0 = System.nanoTime();
      HttpResponse<byte[]> dossier = c.postBytes("/" + m.group(3) + "/export/dossier.html", java.util.Map.of());
      double exportSeconds = (System.nanoTime() - e0) / 1e9;
      assertThat(dossier.statusCode()).isEqualTo(200);
      String html = new String(dossier.body(), StandardCharsets.UTF_8);
      assertThat(html).contains("Evidence item SHA-256");
      // every exhibit (one article each) has its evidence item's SHA-256 in the list
      long exhibits = Pattern.compile("<article id=\"e\\d+\">").matcher(html).results().count();
      assertThat(exhibits).isPositive();
      assertThat(Pattern.compile("<td class=\"mono small\">[0-9a-f]{64}</td>").matcher(html).results().count()).isEqualTo(exhibits);
      System.out.printf("demo: dossier of the largest network (%s) over HTTP: %.2f s, %,d bytes%n", result.get("network").asText(),
          exportSeconds, dossier.body().length);
      // Recorded in the custody log, which verifies while the workbench serves.
      ca.threadline.app.CliRun verify = ca.threadline.app.CliRun.run("", "verify", "--home", home.toString());
      assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
      assertThat(java.nio.file.Files.readString(home.resolve("custody/log.jsonl"))).contains("workbench download")
          .contains(dossier.headers().firstValue("X-Threadline-SHA256").orElseThrow());
      // A wrong password is refused: the page above was not open to anyone.
      assertThat(new WebClient(port).signIn("demo-investigator", "not-the-password").statusCode()).isEqualTo(401);
    } finally {
      demo.interrupt();
      demo.join(30_000);
    }
    assertThat(demo.isAlive()).as("the demo stops when interrupted").isFalse();
    // The store was closed cleanly: it opens again (H2 file and Lucene write lock released).
    try (Store s = Store.open(StoreConfig.embedded(home))) {
      assertThat(s.users().find("demo-reviewer")).isPresent();
    }
  }
}
