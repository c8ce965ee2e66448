package ca.threadline.evidence.testing;

import ca.threadline.evidence.Acquisition;
import ca.threadline.testkit.files.SyntheticFiles;
import ca.threadline.evidence.EvidenceStore;
import ca.threadline.evidence.capture.Capturer;
import ca.threadline.evidence.capture.ChromiumScreenshot;
import ca.threadline.evidence.capture.HttpFetcher;
import ca.threadline.evidence.content.ContentAnalyzer;
import ca.threadline.evidence.ingest.IngestContext;
import ca.threadline.evidence.item.Item;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.CaseName;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLSocketFactory;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A synthetic case with every kind of evidence (a capture with redirects and requisites, an
 * uncompressed WARC from another tool, a HAR, JSON Lines ads with a photo, a PDF, an HTML page), a
 * second case, and a deletion request: the home that tamper, bundle and crash tests work on.
 */
public final class SampleCase {
  public static final String CASE = "Op Héron";
  public static final String OTHER = "Other case";

  private SampleCase() {}

  /** Writes the input files into {@code inputs} and returns their paths. */
  public static List<Path> inputs(Path inputs, long seed) throws IOException {
    Files.createDirectories(inputs.resolve("img"));
    List<Path> out = new ArrayList<>();
    Path warc = inputs.resolve("other-tool.warc");
    try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(warc, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.NONE)) {
      for (int i = 0; i < 3; i++) {
        byte[] body = ("<html><body>Listing " + i + " seed " + seed + ": text 613-555-01" + (10 + i) + "</body></html>").getBytes(StandardCharsets.UTF_8);
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, body).build();
        w.write(new WarcResponse.Builder(URI.create("https://listings.example.test/" + i)).date(Instant.parse("2026-01-0" + (i + 1) + "T10:00:00Z")).body(http).build());
      }
    }
    out.add(warc);
    ObjectNode har = Json.object();
    ArrayNode entries = har.putObject("log").put("version", "1.2").putArray("entries");
    ObjectNode e = entries.addObject();
    e.put("startedDateTime", "2026-02-01T12:00:00Z");
    e.putObject("request").put("method", "GET").put("url", "https://chat.example.test/m/" + seed);
    ObjectNode c = e.putObject("response").put("status", 200).putObject("content");
    c.put("mimeType", "image/png").put("encoding", "base64").put("text", Base64.getEncoder().encodeToString(SyntheticFiles.png(seed, 20, 20)));
    Path harFile = inputs.resolve("session.har");
    Files.writeString(harFile, Json.write(har));
    out.add(harFile);
    Files.write(inputs.resolve("img/p1.jpg"), SyntheticFiles.jpegWithExif(seed, new SyntheticFiles.Exif("Synthetic", "Model " + seed, "2026:03:14 21:07:09", "-05:00", 45.5017, -73.5673)));
    Path ads = inputs.resolve("ads.jsonl");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      sb.append("{\"id\":\"ad-").append(seed).append('-').append(i).append("\",\"text\":\"Nouvelle ").append(i).append(" appelle 514-555-01").append(20 + i)
          .append("\",\"city\":\"Montréal\"").append(i == 0 ? ",\"images\":[\"img/p1.jpg\"]" : "").append("}\n");
    }
    Files.writeString(ads, sb.toString());
    out.add(ads);
    Path pdf = inputs.resolve("receipt.pdf");
    Files.write(pdf, SyntheticFiles.pdf("Receipt " + seed, "Agency fee 3000 CAD, contact 905-555-0188"));
    out.add(pdf);
    Path html = inputs.resolve("profile.html");
    Files.writeString(html, SyntheticFiles.adPage("Profile " + seed, "Snap: sweet.new." + seed, null, null));
    out.add(html);
    return out;
  }

  public static LocalSite site() throws IOException {
    LocalSite s = new LocalSite();
    s.put("/start", LocalSite.Page.redirect(302, "/ad"))
        .put("/ad", LocalSite.Page.chunked("text/html", SyntheticFiles.adPage("Spa", "Call 416-555-0166", "/p.png", "/s.css").getBytes(StandardCharsets.UTF_8)))
        .put("/p.png", LocalSite.Page.ok("image/png", SyntheticFiles.png(1, 30, 30)))
        .put("/s.css", LocalSite.Page.ok("text/css", "h1{}".getBytes(StandardCharsets.UTF_8)));
    return s;
  }

  /** Builds the sample home: capture, imports, second case, deletion request. */
  public static void build(EvidenceFixture f, Path inputs, LocalSite site) throws IOException {
    List<Path> files = inputs(inputs, 1);
    try (EvidenceStore store = f.open()) {
      IngestContext ctx = new IngestContext(store.blobs(), new CaseName(CASE), new ContentAnalyzer(), f.texts, Instant.now());
      HttpFetcher fetcher = new HttpFetcher(new HttpFetcher.Options("Threadline/test", Duration.ofSeconds(20), 1 << 24), (SSLSocketFactory) SSLSocketFactory.getDefault(), Clock.systemUTC());
      Capturer c = new Capturer(ctx, fetcher, new ChromiumScreenshot(Path.of("/nonexistent"), 1000), new Capturer.Options("Threadline/test", "Det. Test", "threadline test", false, true, 10, 20), f.messages::add);
      store.commit(List.of(c.capture(site.url("/start"))), "Det. Test");
      for (Path p : files) {
        Acquisition a = f.prepare(store, CASE, p, ca.threadline.evidence.ingest.Importer.Format.AUTO);
        store.commit(List.of(a), "Det. Test");
      }
      Path note = inputs.resolve("other.txt");
      Files.writeString(note, "Unrelated note for another case, 250-555-0100");
      store.commit(List.of(f.prepare(store, OTHER, note, ca.threadline.evidence.ingest.Importer.Format.AUTO)), "Analyst B");
      Item ad = store.catalog().items(CASE).stream().filter(i -> i.kind().equals("ad")).findFirst().orElseThrow();
      store.requestDeletion(new CaseName(CASE), ad.id(), "survivor asked that this ad not be shared", "Det. Test");
    }
  }
}
