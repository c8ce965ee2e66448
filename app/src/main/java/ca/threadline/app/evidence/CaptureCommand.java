package ca.threadline.app.evidence;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import ca.threadline.app.cli.Version;
import ca.threadline.app.pipeline.PipelineRunner;
import ca.threadline.app.pipeline.StoreOptions;
import ca.threadline.evidence.Acquisition;
import ca.threadline.evidence.EvidenceStore;
import ca.threadline.evidence.capture.Capturer;
import ca.threadline.evidence.capture.ChromiumScreenshot;
import ca.threadline.evidence.capture.HttpFetcher;
import ca.threadline.evidence.content.ContentAnalyzer;
import ca.threadline.evidence.ingest.IngestContext;
import ca.threadline.evidence.item.Item;
import ca.threadline.evidence.item.NewItem;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.CaseName;
import ca.threadline.evidence.store.EvidenceHome;
import ca.threadline.extract.StandardExtractor;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.net.ssl.SSLSocketFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "capture",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Captures web pages as evidence into WARC.gz files recorded in the signed custody log.",
      "Fetches each URL with an honest User-Agent, follows and records every redirect, and writes the",
      "requests, responses and a metadata record (case, operator, tool version, resolved addresses,",
      "TLS certificates, times) with SHA-256 digests. Nothing else leaves the machine: no third-party",
      "archive, no lookups but the target's DNS (and the configured time-stamping authority).",
      "Prints one line per new item (as `evidence list`). Exit 1 when a URL could not be captured.",
      "Then the case store is brought up to date with the pages' text (as `import` does); the case is",
      "opened on first use. --evidence-only skips that step (a later run catches up)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./threadline capture https://ads.example/escorts/toronto/123 --case 2026-TO-0117",
      "  ./threadline capture URL1 URL2 --case \"Op Héron\" --screenshot --requisites",
      "  ./threadline capture URL --case C --user-agent \"Threadline/0.1 (Toronto Police Service)\""
    })
public final class CaptureCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Parameters(paramLabel = "URL", arity = "1..*", description = "http(s) URLs to capture.")
  List<String> urls;

  @Option(names = "--case", required = true, paramLabel = "NAME", description = "The case the evidence belongs to.")
  String caseName;

  @Option(names = "--screenshot", description = "Also render the page in headless Chromium and keep the PNG.")
  boolean screenshot;

  @Option(names = "--requisites", description = "Also capture the page's images and stylesheets.")
  boolean requisites;

  @Option(names = "--user-agent", paramLabel = "S", description = "User-Agent to send (default: Threadline and its version).")
  String userAgent;

  @Option(names = "--operator", paramLabel = "NAME", description = "Who captures (default: configured operator, else login name).")
  String operator;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120", description = "Time limit per request (default: ${DEFAULT-VALUE}).")
  int timeout;

  @Option(names = "--max-size", paramLabel = "MB", defaultValue = "512", description = "Largest response kept whole; larger ones are truncated and marked so (default: ${DEFAULT-VALUE}).")
  long maxSizeMb;

  @Option(names = "--chromium", paramLabel = "PATH", defaultValue = "/usr/bin/chromium", description = "Chromium for --screenshot (default: ${DEFAULT-VALUE}).")
  Path chromium;

  @Option(names = "--evidence-only", description = "Preserve and extract only; leave the case store as it is (the next run catches up).")
  boolean evidenceOnly;

  @Mixin StoreOptions storeOptions = new StoreOptions();

  private final Io io;

  CaptureCommand(Io io) {
    this.io = io;
  }

  static String defaultUserAgent() {
    return "Threadline/" + Version.current() + " (evidence capture)";
  }

  @Override
  public Integer call() throws IOException {
    CaseName c = EvidenceSetup.caseName(caseName);
    List<URI> targets = new ArrayList<>();
    for (String u : urls) {
      targets.add(parse(u));
    }
    String ua = userAgent == null || userAgent.isBlank() ? defaultUserAgent() : userAgent.strip();
    if (ua.chars().anyMatch(ch -> ch < 0x20 || ch > 0x7E)) {
      throw new UsageException("--user-agent must be printable ASCII");
    }
    Path homeDir = home.path();
    String who = EvidenceSetup.operator(new EvidenceHome(homeDir), operator);
    int failed = 0;
    int storeCode = ExitCodes.OK;
    try (EvidenceStore store = EvidenceSetup.open(homeDir, io);
        ExtractingTexts texts = new ExtractingTexts(StandardExtractor::create, c, Runtime.getRuntime().availableProcessors(), store.home().tmp(), m -> io.err().println("threadline capture: " + m))) {
      DerivedExtractions derived = DerivedExtractions.open(homeDir, c);
      HttpFetcher fetcher = new HttpFetcher(new HttpFetcher.Options(ua, Duration.ofSeconds(timeout), maxSizeMb << 20), (SSLSocketFactory) SSLSocketFactory.getDefault(), Clock.systemUTC());
      Capturer.Options opts = new Capturer.Options(ua, who, EvidenceSetup.software(), screenshot, requisites, 10, 200);
      ChromiumScreenshot shots = new ChromiumScreenshot(chromium, 120_000);
      if (screenshot && !shots.available()) {
        throw new UsageException("--screenshot needs Chromium at " + chromium + " (install the chromium package, or give --chromium PATH)");
      }
      for (URI url : targets) {
        IngestContext ctx = new IngestContext(store.blobs(), c, new ContentAnalyzer(), texts, Instant.now());
        Acquisition a = new Capturer(ctx, fetcher, shots, opts, m -> io.err().println("threadline capture: " + m)).capture(url);
        for (Acquisition.InputIssue i : a.issues()) {
          io.err().println("threadline capture: " + url + ": " + i.where() + ": " + i.reason());
        }
        if (a.hasBadInput()) {
          failed++;
        }
        EvidenceStore.Committed done = store.commit(List.of(a), who);
        List<String> ids = new ArrayList<>();
        for (Item i : done.items()) {
          io.out().println(Json.write(i.listJson(false)));
          ids.add(i.id());
        }
        io.out().flush();
        texts.writeRows(ids, derived);
        texts.drop(a.items().stream().map(NewItem::id).toList());
      }
      if (!evidenceOnly) {
        storeCode = PipelineRunner.run(homeDir, c, store.catalog(), storeOptions, Runtime.getRuntime().availableProcessors(), io, "capture");
      }
    }
    if (failed > 0) {
      io.err().println("threadline capture: " + failed + " of " + targets.size() + " URL(s) could not be captured (the attempts are recorded)");
      return ExitCodes.PROBLEM_FOUND;
    }
    return storeCode;
  }

  private static URI parse(String u) {
    try {
      URI uri = new URI(u.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        throw new UsageException("not an http(s) URL: " + u);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new UsageException("not a URL: " + u + " (" + e.getReason() + ")");
    }
  }
}
