package ca.threadline.evidence.capture;

import ca.threadline.evidence.store.Digests;
import java.net.InetAddress;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.Warcinfo;

/**
 * The records that say how a capture was made: {@code warcinfo} (software, operator, case,
 * User-Agent, robots policy) and {@code metadata} (every fetch, every resolved address, TLS
 * certificates, times, clock), as {@code application/warc-fields} with SHA-256 block digests.
 */
final class CaptureRecords {
  /** One fetch of the capture, for the metadata record. */
  record Fetch(String role, int status, URI uri, Exchange exchange) {}

  private CaptureRecords() {}

  static Warcinfo warcinfo(String name, String caseName, Instant date, Capturer.Options options) {
    Map<String, List<String>> f = new LinkedHashMap<>();
    f.put("software", List.of(options.software()));
    f.put("format", List.of("WARC File Format 1.0"));
    f.put("conformsTo", List.of("http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf"));
    f.put("operator", List.of(options.operator()));
    f.put("isPartOf", List.of(caseName));
    f.put("http-header-user-agent", List.of(options.userAgent()));
    f.put("robots", List.of("not consulted: evidentiary capture of a single page"));
    f.put("description", List.of("Evidentiary capture by Threadline; see the metadata record for the capture's facts"));
    byte[] body = warcFields(f);
    return new Warcinfo.Builder().filename(name).date(date).blockDigest(new WarcDigest("sha256", Digests.sha256(body))).body(MediaType.WARC_FIELDS, body).build();
  }

  static WarcMetadata metadata(URI url, List<Fetch> hops, URI finalUrl, URI finalRecord, Instant started, URI screenshot, String caseName, Capturer.Options options) {
    Map<String, List<String>> f = new LinkedHashMap<>();
    f.put("case", List.of(caseName));
    f.put("operator", List.of(options.operator()));
    f.put("software", List.of(options.software()));
    f.put("user-agent", List.of(options.userAgent()));
    f.put("requested-url", List.of(url.toString()));
    if (finalUrl != null) {
      f.put("final-url", List.of(finalUrl.toString()));
    }
    List<String> chain = new ArrayList<>();
    Set<String> resolved = new java.util.LinkedHashSet<>();
    List<String> certs = new ArrayList<>();
    for (Fetch h : hops) {
      chain.add(h.role() + " " + h.status() + " " + h.uri() + " from " + h.exchange().ip().getHostAddress());
      for (InetAddress a : h.exchange().resolved()) {
        resolved.add(h.uri().getHost() + " " + a.getHostAddress());
      }
      if (h.exchange().tls() != null) {
        for (var c : h.exchange().tls().path("certificates")) {
          certs.add(h.uri().getHost() + " sha256:" + c.path("sha256").asText() + " " + c.path("subject").asText());
        }
      }
    }
    f.put("fetch", chain);
    f.put("resolved-address", List.copyOf(resolved));
    if (!certs.isEmpty()) {
      f.put("tls-certificate", certs);
    }
    f.put("capture-started", List.of(started.toString()));
    f.put("capture-finished", List.of(Instant.now().toString()));
    f.put("clock", List.of("system clock of the capturing host, UTC"));
    if (screenshot != null) {
      f.put("screenshot-record", List.of(screenshot.toString()));
    }
    byte[] body = warcFields(f);
    WarcMetadata.Builder b = new WarcMetadata.Builder().targetURI(url).date(Instant.now()).blockDigest(new WarcDigest("sha256", Digests.sha256(body))).body(MediaType.WARC_FIELDS, body);
    if (finalRecord != null) {
      b.concurrentTo(finalRecord);
    }
    return b.build();
  }

  /** application/warc-fields (ISO 28500 §5.6): one "name: value" line each; line breaks in values become spaces. */
  static byte[] warcFields(Map<String, List<String>> fields) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, List<String>> e : fields.entrySet()) {
      for (String v : e.getValue()) {
        sb.append(e.getKey()).append(": ").append(v.replaceAll("[\\r\\n]+", " ")).append("\r\n");
      }
    }
    return sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
