package ca.threadline.bench.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A synthetic crawl of a classified-ads site, written as a WARC the way wget writes one: a request
 * and a response record per URL, SHA-1 block and payload digests in base32. By bytes about a
 * quarter is HTML ad pages (10-60 KB, ad text with fictional NXX-555-01XX numbers), most of the
 * rest JPEG photos (30-400 KB), a little CSS. Seeded: the same seed gives the same file.
 */
final class SyntheticCrawl {
  private static final String[] CITIES = {"Toronto", "Montréal", "Ottawa", "Gatineau", "Winnipeg", "Calgary", "Vancouver", "Halifax"};
  private static final String[] WORDS = {"new", "in", "town", "sweet", "discreet", "incall", "outcall", "24/7", "available", "now", "nouvelle", "disponible",
      "massage", "relax", "young", "fresh", "visiting", "few", "days", "only", "call", "text", "me", "appelle", "moi", "downtown", "hotel"};

  private SyntheticCrawl() {}

  static long write(Path out, long targetBytes, long seed, boolean gzip) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    List<byte[]> photos = new ArrayList<>();
    for (int i = 0; i < 48; i++) {
      photos.add(jpeg(r, 320 + r.nextInt(960), 240 + r.nextInt(720)));
    }
    long written;
    try (FileChannel ch = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        WarcWriter w = new WarcWriter(ch, gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      int n = 0;
      Instant t = Instant.parse("2026-03-01T00:00:00Z");
      while (w.position() < targetBytes) {
        double pick = r.nextDouble();
        byte[] body;
        String type;
        String path;
        if (pick < 0.55) {
          body = page(r, n);
          type = "text/html; charset=utf-8";
          path = "/escorts/" + CITIES[n % CITIES.length].toLowerCase() + "/" + n;
        } else if (pick < 0.95) {
          byte[] p = photos.get(r.nextInt(photos.size())).clone();
          // Vary a byte inside the scan data so every photo is distinct, as photos in a crawl are.
          p[p.length / 2 + r.nextInt(p.length / 4)] ^= (byte) (1 + r.nextInt(255));
          body = p;
          type = "image/jpeg";
          path = "/img/" + n + ".jpg";
        } else {
          body = ("body{font:14px sans-serif;color:#" + Integer.toHexString(r.nextInt(0xFFFFFF)) + "}\n").repeat(50 + r.nextInt(200)).getBytes(StandardCharsets.UTF_8);
          type = "text/css";
          path = "/css/" + n + ".css";
        }
        URI uri = URI.create("https://ads.example.test" + path);
        record(w, uri, body, type, t.plusMillis(n * 250L));
        n++;
      }
      written = w.position();
    }
    return written;
  }

  private static void record(WarcWriter w, URI uri, byte[] body, String type, Instant date) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").version(MessageVersion.HTTP_1_1).addHeader("Content-Type", type).addHeader("Content-Length", Integer.toString(body.length)).body(null, body).build();
    byte[] head = http.serializeHeader();
    MessageDigest block = sha1();
    block.update(head);
    block.update(body);
    MessageDigest payload = sha1();
    payload.update(body);
    ByteArrayOutputStream all = new ByteArrayOutputStream(head.length + body.length);
    all.writeBytes(head);
    all.writeBytes(body);
    WarcResponse resp = new WarcResponse.Builder(uri).date(date).ipAddress(java.net.InetAddress.getLoopbackAddress())
        .blockDigest(new WarcDigest(block)).payloadDigest(new WarcDigest(payload))
        .body(MediaType.HTTP_RESPONSE, all.toByteArray()).build();
    w.write(resp);
    HttpRequest req = new HttpRequest.Builder("GET", uri.getRawPath()).version(MessageVersion.HTTP_1_1).addHeader("Host", uri.getHost()).addHeader("User-Agent", "Wget/1.21.3").build();
    byte[] reqBytes = req.serializeHeader();
    MessageDigest rb = sha1();
    rb.update(reqBytes);
    w.write(new WarcRequest.Builder(uri).date(date).concurrentTo(resp.id()).blockDigest(new WarcDigest(rb)).body(MediaType.HTTP_REQUEST, reqBytes).build());
  }

  private static byte[] page(SplittableRandom r, int n) {
    StringBuilder sb = new StringBuilder(64 * 1024);
    String city = CITIES[n % CITIES.length];
    sb.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Ad ").append(n).append(" - ").append(city).append("</title>")
        .append("<link rel=\"stylesheet\" href=\"/css/site.css\"></head><body><nav>");
    for (int i = 0; i < 40; i++) {
      sb.append("<a href=\"/escorts/").append(CITIES[i % CITIES.length].toLowerCase()).append("/").append(r.nextInt(100000)).append("\">listing</a> ");
    }
    sb.append("</nav><article><h1>");
    words(sb, r, 6);
    sb.append("</h1><p>");
    words(sb, r, 60 + r.nextInt(120));
    sb.append(" Call ").append(r.nextInt(2) == 0 ? "416" : "514").append("-555-01").append(String.format("%02d", r.nextInt(100))).append(" ").append(city);
    sb.append("</p>");
    int target = 10_000 + r.nextInt(50_000);
    while (sb.length() < target) {
      sb.append("<div class=\"related\"><img src=\"/img/").append(r.nextInt(100000)).append(".jpg\" alt=\"\"><p>");
      words(sb, r, 30);
      sb.append("</p></div>");
    }
    sb.append("</article></body></html>");
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void words(StringBuilder sb, SplittableRandom r, int n) {
    for (int i = 0; i < n; i++) {
      sb.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
    }
  }

  private static byte[] jpeg(SplittableRandom r, int w, int h) throws IOException {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    for (int i = 0; i < 60; i++) {
      g.setColor(new Color(r.nextInt(0xFFFFFF)));
      g.fillRect(r.nextInt(w), r.nextInt(h), 10 + r.nextInt(w / 2), 10 + r.nextInt(h / 2));
    }
    for (int y = 0; y < h; y += 2) {
      for (int x = 0; x < w; x += 3) {
        img.setRGB(x, y, r.nextInt(0xFFFFFF));
      }
    }
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "jpg", out);
    return out.toByteArray();
  }

  private static MessageDigest sha1() {
    try {
      return MessageDigest.getInstance("SHA-1");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
