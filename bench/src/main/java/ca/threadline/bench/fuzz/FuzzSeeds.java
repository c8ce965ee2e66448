package ca.threadline.bench.fuzz;

import ca.threadline.testkit.files.SyntheticFiles;
import ca.threadline.testkit.chain.ChainGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Well-formed seed inputs for each parser, all synthetic (fictional 555-01XX numbers). */
final class FuzzSeeds {
  private FuzzSeeds() {}

  static final String ADS = """
      {"id":"a1","text":"Nouvelle à Montréal 514-555-0123, texto seulement","posted_at":"2026-01-05T04:23:11Z","city":"Montréal","image_hashes":["ab12"]}
      {"id":2,"text":"New in town call 416 555 0199 or bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq","posted_at":"2026-01-05","extra":{"n":[1,2,3]}}

      {"id":"a3","text":"ask for Mia, 19, incall 200/hr, snap: mia_x","city":null,"posted_at":"2026-01-05T04:23:11-05:00"}
      """;

  static final String TAGPACK = """
      title: Fuzz Tagpack
      creator: Threadline bench
      abuse: sextortion
      currency: BTC
      label: Sextortion Spam
      confidence: forensic
      lastmod: 2019-08-06
      x-custom: {kept: true, n: 3}
      tags:
      - address: 1121DWBuPTD7SuTxx7BivG6hyVJbhA3McT
      - address: 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy
        label: Override label
        category: exchange
      - address: bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq
      """;

  static List<byte[]> jsonl() {
    return List.of(ADS.getBytes(StandardCharsets.UTF_8), ("\uFEFF" + ADS.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
  }

  static List<byte[]> ads() {
    return List.of((ADS + "{\"id\":\"c\",\"text\":\"x\",\"images\":[\"p.jpg\",\"../p.jpg\"]}\n").getBytes(StandardCharsets.UTF_8));
  }

  static List<byte[]> warc() throws IOException {
    return List.of(warc(false), warc(true));
  }

  private static byte[] warc(boolean gzip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(out), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      for (int i = 0; i < 3; i++) {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML_UTF8, ("<p>Nouvelle " + i + " texto 514-555-01" + (40 + i) + "</p>").getBytes(StandardCharsets.UTF_8)).build();
        w.write(new WarcResponse.Builder(URI.create("http://x.test/w" + i)).date(Instant.parse("2026-01-01T00:00:00Z")).body(http).build());
      }
    }
    return out.toByteArray();
  }

  static List<byte[]> har() throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = json.createObjectNode();
    ObjectNode log = root.putObject("log");
    log.put("version", "1.2");
    log.putObject("creator").put("name", "WebInspector").put("version", "537.36");
    ArrayNode entries = log.putArray("entries");
    for (int i = 0; i < 2; i++) {
      entry(entries, "https://ads.example.test/h" + i, "text/html", "<p>Call 416-555-015" + i + " tonight</p>", null);
    }
    entry(entries, "https://img.example.test/p.jpg", "image/jpeg", Base64.getEncoder().encodeToString(SyntheticFiles.jpeg(5, 8, 8)), "base64");
    return List.of(json.writeValueAsBytes(root));
  }

  private static void entry(ArrayNode entries, String url, String mime, String text, String encoding) {
    ObjectNode e = entries.addObject();
    e.put("startedDateTime", "2026-03-14T21:07:09.125Z").put("time", 12.5);
    e.putObject("request").put("method", "GET").put("url", url).put("httpVersion", "HTTP/2.0");
    ObjectNode res = e.putObject("response");
    res.put("status", 200).put("statusText", "").put("httpVersion", "HTTP/2.0");
    ObjectNode c = res.putObject("content").put("size", text.length()).put("mimeType", mime).put("text", text);
    if (encoding != null) {
      c.put("encoding", encoding);
    }
  }

  static List<byte[]> images() throws IOException {
    return List.of(SyntheticFiles.jpegWithExif(3, new SyntheticFiles.Exif("Make", "Model", "2026:01:01 00:00:00", "+00:00", 45.0, -75.0)),
        SyntheticFiles.png(4, 20, 20));
  }

  static List<byte[]> pdf() throws IOException {
    return List.of(SyntheticFiles.pdf("fuzz seed", "905-555-0111", "second line"));
  }

  static List<byte[]> html() {
    return List.of(SyntheticFiles.adPage("Nouvelle", "texto 416-555-0102 <b>ce soir</b> &amp; demain", "/i.png", "/s.css").getBytes(StandardCharsets.UTF_8));
  }

  static List<byte[]> tagpack() {
    return List.of(TAGPACK.getBytes(StandardCharsets.UTF_8));
  }

  /** A generated {@code blk00000.dat} of {@code blocks} blocks. */
  static byte[] blockFile(Path tmp, int blocks) throws IOException {
    ChainGenerator.Result g = ChainGenerator.generate(ChainGenerator.Config.small(77).withBlocks(blocks).withTxsPerBlock(6).withUsers(20), tmp.resolve("gen"));
    return Files.readAllBytes(g.blocksDir().resolve("blk00000.dat"));
  }

  /** Each block of a block file, without its 8-byte frame. */
  static List<byte[]> blocks(byte[] file) {
    List<byte[]> out = new ArrayList<>();
    for (int p = 0; p + 8 <= file.length; ) {
      int len = (file[p + 4] & 0xff) | (file[p + 5] & 0xff) << 8 | (file[p + 6] & 0xff) << 16 | (file[p + 7] & 0xff) << 24;
      out.add(java.util.Arrays.copyOfRange(file, p + 8, p + 8 + len));
      p += 8 + len;
    }
    return out;
  }
}
