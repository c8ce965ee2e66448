package ca.threadline.evidence.capture;

import ca.threadline.evidence.Acquisition;
import ca.threadline.evidence.Placement;
import ca.threadline.evidence.content.ContentAnalyzer;
import ca.threadline.evidence.content.HtmlText;
import ca.threadline.evidence.ingest.IngestContext;
import ca.threadline.evidence.ingest.ItemMaker;
import ca.threadline.evidence.item.ItemIds;
import ca.threadline.evidence.item.Location;
import ca.threadline.evidence.item.NewItem;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.Digests;
import ca.threadline.evidence.store.Hex;
import ca.threadline.evidence.store.StagedFile;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Captures one URL into a WARC.gz of its own: a {@code warcinfo} record (software, operator, case,
 * User-Agent), a {@code response} and a {@code request} record for every hop of the redirect chain
 * and every requisite, a {@code resource} record with the screenshot, and a {@code metadata}
 * record with the capture's facts (case, operator, tool version, addresses resolved and used, TLS
 * certificates, times). Every record carries SHA-256 block and payload digests.
 *
 * <p>Items: the WARC file itself, each response's payload (located by its record's offset), the
 * screenshot (also a blob). Nothing is committed here.
 */
public final class Capturer {
  /** What a capture does and as whom. */
  public record Options(String userAgent, String operator, String software, boolean screenshot, boolean requisites, int maxHops, int maxRequisites) {}

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withZone(ZoneOffset.UTC);

  private final IngestContext ctx;
  private final HttpFetcher fetcher;
  private final ChromiumScreenshot chromium;
  private final Options options;
  private final Consumer<String> messages;

  public Capturer(IngestContext ctx, HttpFetcher fetcher, ChromiumScreenshot chromium, Options options, Consumer<String> messages) {
    this.ctx = ctx;
    this.fetcher = fetcher;
    this.chromium = chromium;
    this.options = options;
    this.messages = messages;
  }

  /** A response written to the WARC, waiting for the file's hash to become an item. */
  private record Hop(URI uri, long record, long offset, URI recordId, int status, String contentType, String location, String payloadSha, long payloadSize, byte[] head, boolean complete, Exchange exchange, String role, int index, int parentHop) {}

  public Acquisition capture(URI url) throws IOException {
    ObjectNode details = Json.object();
    details.put("url", url.toString());
    details.put("user_agent", options.userAgent());
    Acquisition acq = new Acquisition("capture", ctx.caseName(), details);
    String warcName = NAME_TIME.format(ctx.now()) + "-" + acq.actId().substring(4, 12) + ".warc.gz";
    String warcFile = "warc/" + ctx.caseName().directory() + "/" + warcName;
    Path staged = ctx.blobs().stagingPath(warcName);
    List<Hop> hops = new ArrayList<>();
    Instant started = Instant.now();
    ObjectNode screenshotMeta = null;
    StagedFile png = null;
    URI screenshotRecord = null;
    try (FileChannel ch = FileChannel.open(staged, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(ch, WarcCompression.GZIP)) {
      WarcOut warc = new WarcOut(writer);
      warc.write(CaptureRecords.warcinfo(warcName, ctx.caseName().value(), ctx.now(), options));
      List<Hop> chain = follow(warc, url, "page", -1, acq, hops);
      Hop page = chain.isEmpty() ? null : chain.get(chain.size() - 1);
      ArrayNode hopList = details.putArray("hops");
      for (Hop h : chain) {
        ObjectNode o = hopList.addObject();
        o.put("url", h.uri().toString());
        o.put("status", h.status());
        if (h.location() != null) {
          o.put("location", h.location());
        }
      }
      if (page != null) {
        details.put("final_url", page.uri().toString());
        if (options.requisites() && isHtml(page) && page.complete()) {
          int pageIndex = page.index();
          var doc = HtmlText.extract(page.head(), HtmlText.charsetOf(page.contentType()), page.uri().toString()).document();
          List<URI> reqs = Requisites.of(doc, page.uri(), options.maxRequisites());
          details.put("requisites", reqs.size());
          for (URI r : reqs) {
            follow(warc, r, "requisite", pageIndex, acq, hops);
          }
        }
        if (options.screenshot()) {
          try {
            ChromiumScreenshot.Shot shot = chromium.take(page.uri().toString(), options.userAgent(), ctx.blobs().stagingPath("x").getParent());
            png = ctx.blobs().stage(shot.png(), "screenshot.png");
            byte[] sha = Hex.parse(png.sha256());
            WarcResource res =
                new WarcResource.Builder(URI.create("urn:screenshot:" + page.uri()))
                    .date(Instant.now())
                    .concurrentTo(page.recordId())
                    .blockDigest(new WarcDigest("sha256", sha))
                    .payloadDigest(new WarcDigest("sha256", sha))
                    .body(MediaType.parse("image/png"), shot.png())
                    .build();
            warc.write(res);
            screenshotRecord = res.id();
            screenshotMeta = Json.object();
            screenshotMeta.put("renderer", shot.version());
            ArrayNode cmd = screenshotMeta.putArray("command");
            shot.command().forEach(cmd::add);
            screenshotMeta.put("warc_record_id", res.id().toString());
            screenshotMeta.put("note", "rendered from the live page a second time, just after the capture; the WARC holds what Threadline itself received");
          } catch (IOException e) {
            acq.issue(Acquisition.InputIssue.finding("screenshot", e.getMessage()));
            messages.accept("screenshot of " + page.uri() + " failed: " + e.getMessage());
          }
        }
      }
      warc.write(CaptureRecords.metadata(url, facts(hops), page == null ? null : page.uri(), page == null ? null : page.recordId(), started, screenshotRecord, ctx.caseName().value(), options));
      ch.force(true);
    } finally {
      for (Hop h : hops) {
        Files.deleteIfExists(h.exchange().response());
      }
    }
    String warcSha = Digests.sha256Hex(staged);
    long warcSize = Files.size(staged);
    StagedFile warcStaged = new StagedFile(staged, warcSha, warcSize);
    acq.place(new Placement.ToPath(warcStaged, warcFile));
    details.put("warc", warcFile);
    String provenance = "capture:" + acq.actId();
    String containerId = ItemIds.of(ctx.caseName().value(), provenance + ":warc", warcSha);
    ObjectNode warcMeta = Json.object();
    warcMeta.put("records", 2 + hops.size() * 2 + (screenshotRecord == null ? 0 : 1));
    acq.add(new NewItem(containerId, warcSha, warcSize, "warc", "application/warc", url.toString(), started.toString(), new Location.WholeFile(warcFile), null, warcMeta));
    Map<Integer, NewItem> byIndex = new LinkedHashMap<>();
    for (Hop h : hops) {
      String parent = h.parentHop() >= 0 && byIndex.containsKey(h.parentHop()) ? byIndex.get(h.parentHop()).id() : containerId;
      byIndex.put(h.index(), hopItem(acq, h, warcFile, provenance, parent));
    }
    if (png != null) {
      acq.place(new Placement.ToBlob(png));
      Hop page = lastPage(hops);
      String parent = page == null ? containerId : byIndex.get(page.index()).id();
      acq.add(new NewItem(ItemIds.of(ctx.caseName().value(), provenance + ":screenshot", png.sha256()), png.sha256(), png.size(), "screenshot", "image/png",
          "urn:screenshot:" + (page == null ? url : page.uri()), Instant.now().toString(), new Location.WholeFile(ctx.blobs().file(png.sha256())), parent, screenshotMeta));
    }
    if (hops.isEmpty()) {
      acq.issue(Acquisition.InputIssue.bad(url.toString(), "nothing could be fetched"));
    }
    return acq;
  }

  private Hop lastPage(List<Hop> hops) {
    Hop last = null;
    for (Hop h : hops) {
      if (h.role().equals("page")) {
        last = h;
      }
    }
    return last;
  }

  private NewItem hopItem(Acquisition acq, Hop h, String warcFile, String provenance, String parent) {
    ObjectNode meta = Json.object();
    meta.put("role", h.role());
    meta.put("http_status", h.status());
    meta.put("warc_record_id", h.recordId().toString());
    meta.put("ip", h.exchange().ip().getHostAddress());
    if (h.location() != null) {
      meta.put("redirect_to", h.location());
    }
    if (h.exchange().truncated() != null) {
      meta.put("truncated", h.exchange().truncated());
    }
    if (h.exchange().tls() != null) {
      meta.set("tls", h.exchange().tls());
    }
    String id = ItemIds.of(ctx.caseName().value(), provenance + "@" + h.offset(), h.payloadSha());
    ItemMaker.Found f =
        new ItemMaker.Found(
            id, h.payloadSha(), h.payloadSize(), "http-response", h.contentType(), h.uri().toString(), h.uri().toString(), h.head(), h.complete(),
            h.uri().toString(), h.exchange().started().toString(), new Location.WarcRecord(warcFile, h.record(), h.offset()), parent, meta, h.uri().toString());
    NewItem item = ItemMaker.build(ctx, acq, f, false);
    acq.add(item);
    return item;
  }

  /** Fetches a URL and follows its redirects, writing every hop; returns the chain. */
  private List<Hop> follow(WarcOut warc, URI start, String role, int parentHop, Acquisition acq, List<Hop> all) throws IOException {
    List<Hop> chain = new ArrayList<>();
    Set<URI> visited = new HashSet<>();
    URI uri = start;
    for (int n = 0; n <= options.maxHops(); n++) {
      if (!visited.add(uri)) {
        acq.issue(Acquisition.InputIssue.finding(uri.toString(), "redirect loop; stopped"));
        break;
      }
      Exchange x;
      try {
        x = fetcher.fetch(uri, ctx.blobs().stagingPath("response"));
      } catch (IOException | IllegalArgumentException e) {
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        acq.issue(role.equals("page") ? Acquisition.InputIssue.bad(uri.toString(), "fetch failed: " + why) : Acquisition.InputIssue.finding(uri.toString(), "fetch failed: " + why));
        messages.accept("capture: " + uri + ": " + why);
        break;
      }
      Hop h = write(warc, x, role, all.size(), parentHop);
      all.add(h);
      chain.add(h);
      messages.accept("captured " + uri + " (" + h.status() + ", " + h.payloadSize() + " bytes)");
      if (!REDIRECTS.contains(h.status()) || h.location() == null) {
        break;
      }
      try {
        uri = uri.resolve(h.location().strip().replace(" ", "%20"));
      } catch (IllegalArgumentException e) {
        acq.issue(Acquisition.InputIssue.finding(uri.toString(), "unusable redirect target \"" + h.location() + "\""));
        break;
      }
      if (n == options.maxHops()) {
        acq.issue(Acquisition.InputIssue.finding(start.toString(), "more than " + options.maxHops() + " redirects; stopped"));
      }
    }
    return chain;
  }

  private Hop write(WarcOut warc, Exchange x, String role, int index, int parentHop) throws IOException {
    byte[] blockDigest = Hex.parse(Digests.sha256Hex(x.response()));
    int status = 0;
    String contentType = null;
    String location = null;
    ca.threadline.evidence.ingest.PayloadDigest p;
    try (FileChannel ch = FileChannel.open(x.response(), StandardOpenOption.READ)) {
      HttpResponse http = HttpResponse.parse(ch);
      status = http.status();
      contentType = http.headers().first("Content-Type").orElse(null);
      location = http.headers().first("Location").orElse(null);
      try (InputStream body = http.body().stream()) {
        p = ca.threadline.evidence.ingest.PayloadDigest.of(body, ContentAnalyzer.MAX_BYTES);
      }
    } catch (IOException | RuntimeException e) {
      // Not parseable as HTTP: the whole response is the payload, as received.
      try (InputStream in = Files.newInputStream(x.response())) {
        p = ca.threadline.evidence.ingest.PayloadDigest.of(in, ContentAnalyzer.MAX_BYTES);
      }
    }
    long offset = warc.position();
    long responseIndex = warc.records();
    WarcResponse.Builder rb =
        new WarcResponse.Builder(x.uri())
            .date(x.started())
            .ipAddress(x.ip())
            .blockDigest(new WarcDigest("sha256", blockDigest))
            .payloadDigest(new WarcDigest("sha256", Hex.parse(p.sha256())));
    if (x.truncated() != null) {
      rb.truncated(x.truncated().equals("time") ? WarcTruncationReason.TIME : WarcTruncationReason.LENGTH);
    }
    WarcResponse response;
    try (FileChannel body = FileChannel.open(x.response(), StandardOpenOption.READ)) {
      response = rb.body(MediaType.HTTP_RESPONSE, body, x.responseSize()).build();
      warc.write(response);
    }
    WarcRequest request =
        new WarcRequest.Builder(x.uri())
            .date(x.started())
            .concurrentTo(response.id())
            .blockDigest(new WarcDigest("sha256", Digests.sha256(x.request())))
            .body(MediaType.HTTP_REQUEST, x.request())
            .build();
    warc.write(request);
    return new Hop(x.uri(), responseIndex, offset, response.id(), status, contentType, location, p.sha256(), p.size(), p.head(), p.complete(), x, role, index, parentHop);
  }

  private static List<CaptureRecords.Fetch> facts(List<Hop> hops) {
    List<CaptureRecords.Fetch> out = new ArrayList<>();
    for (Hop h : hops) {
      out.add(new CaptureRecords.Fetch(h.role(), h.status(), h.uri(), h.exchange()));
    }
    return out;
  }

  /** A WARC writer that counts the records it wrote (items are located by record number). */
  private static final class WarcOut {
    private final WarcWriter writer;
    private long records;

    WarcOut(WarcWriter writer) {
      this.writer = writer;
    }

    void write(org.netpreserve.jwarc.WarcRecord r) throws IOException {
      writer.write(r);
      records++;
    }

    long position() {
      return writer.position();
    }

    long records() {
      return records;
    }
  }

  private static boolean isHtml(Hop h) {
    String ct = h.contentType() == null ? "" : h.contentType().toLowerCase(Locale.ROOT);
    return ct.startsWith("text/html") || ct.startsWith("application/xhtml");
  }
}
