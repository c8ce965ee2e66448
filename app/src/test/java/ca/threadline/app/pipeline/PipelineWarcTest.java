package ca.threadline.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.app.CliRun;
import ca.threadline.evidence.testing.LocalSite;
import ca.threadline.testkit.files.SyntheticFiles;
import ca.threadline.store.Store;
import ca.threadline.store.StoreConfig;
import ca.threadline.store.access.User;
import ca.threadline.store.document.DocumentView;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Web pages through the whole chain: a site on loopback crawled by a real wget into a WARC, and
 * one page captured by {@code threadline capture}; with JSON Lines ads in the same case. Pages
 * become documents under their URL, with their visible text (never the HTML), and tie into the
 * ads' network through a shared phone.
 */
class PipelineWarcTest {
  static final Path WGET = Path.of("/usr/bin/wget");

  @Test
  void wgetWarcPagesCaptureAndAdsMeetInOneNetwork(@TempDir Path dir) throws Exception {
    boolean require = "1".equals(System.getenv("THREADLINE_REQUIRE_SERVICES"));
    if (!Files.isExecutable(WGET)) {
      if (require) {
        throw new AssertionError("wget is required (THREADLINE_REQUIRE_SERVICES=1) but /usr/bin/wget is absent");
      }
      Assumptions.assumeTrue(false, "wget is not installed: the WARC leg of the pipeline is not tested");
    }
    Path home = dir.resolve("home");
    try (LocalSite site = new LocalSite()) {
      site.put("/ad/1", LocalSite.Page.ok("text/html; charset=utf-8", SyntheticFiles.adPage("Nouvelle en ville",
              "Appelez Mia au 416-555-0199, Toronto. Disponible 24/7.", null, null).getBytes(StandardCharsets.UTF_8)))
          .put("/ad/2", LocalSite.Page.ok("text/html; charset=utf-8", SyntheticFiles.adPage("Back in Ottawa",
              "Mia is back, call 416 555 0199 for outcalls", null, null).getBytes(StandardCharsets.UTF_8)))
          .put("/ad/3", LocalSite.Page.ok("text/html; charset=utf-8", SyntheticFiles.adPage("Capture me",
              "Mia, text 4165550199 tonight only, Gatineau", null, null).getBytes(StandardCharsets.UTF_8)));
      Process p = new ProcessBuilder(WGET.toString(), "--no-verbose", "-e", "robots=off", "--tries=1", "--timeout=10",
              "--warc-file=" + dir.resolve("crawl"), "-P", dir.resolve("mirror").toString(),
              site.url("/ad/1").toString(), site.url("/ad/2").toString())
          .redirectErrorStream(true).redirectOutput(dir.resolve("wget.log").toFile()).start();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      Path ads = dir.resolve("ads.jsonl");
      Files.writeString(ads, "{\"id\":\"mia-1\",\"text\":\"Mia new in Toronto, 416-555-0199, no rush\",\"city\":\"Toronto\","
          + "\"posted_at\":\"2026-03-01T12:00:00Z\"}\n", StandardCharsets.UTF_8);
      CliRun imp = CliRun.run("", "import", dir.resolve("crawl.warc.gz").toString(), ads.toString(), "--case", "Web", "--home", home.toString());
      assertThat(imp.exitCode()).as(imp.err()).isZero();
      assertThat(imp.err()).contains("3 new");
      CliRun cap = CliRun.run("", "capture", site.url("/ad/3").toString(), "--case", "Web", "--home", home.toString());
      assertThat(cap.exitCode()).as(cap.err()).isZero();
      assertThat(cap.err()).contains("1 new").contains("alert: phone +14165550199 was already in the case");

      Map<String, String> links = CaseFixture.assignments(home, "Web");
      String page1 = site.url("/ad/1").toString();
      String page3 = site.url("/ad/3").toString();
      assertThat(links).containsKeys(page1, site.url("/ad/2").toString(), page3, "mia-1");
      String network = links.get("mia-1").split("\\|")[1];
      assertThat(network).isNotEqualTo("null");
      assertThat(links.values()).allSatisfy(v -> assertThat(v.split("\\|")[1]).isEqualTo(network));
      try (Store s = Store.open(StoreConfig.embedded(home))) {
        User u = s.users().find("admin").orElseThrow();
        long c = s.cases().idByName(u, "Web").orElseThrow();
        DocumentView v = s.documents().byExternalId(u, c, page1);
        assertThat(v.kind()).isEqualTo("page");
        assertThat(v.url()).isEqualTo(page1);
        assertThat(v.text()).contains("Appelez Mia au 416-555-0199").doesNotContain("<p>").doesNotContain("SCRIPT-RAN");
        assertThat(v.selectors()).anySatisfy(sel -> assertThat(sel.key()).isEqualTo("phone:+14165550199"));
        assertThat(v.sourceSha256()).matches("[0-9a-f]{64}");
        assertThat(v.postedAt()).as("capture time of the WARC record").isNotNull();
      }
    }
  }
}
