package ca.threadline.testkit.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Synthetic evidence files built from seeds: images (with hand-built EXIF: GPS, capture time,
 * device), PDFs, HTML pages. No real person's data; phone numbers are fictional NXX-555-01XX.
 */
public final class SyntheticFiles {
  private SyntheticFiles() {}

  public static byte[] png(long seed, int w, int h) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(picture(seed, w, h), "png", out);
    return out.toByteArray();
  }

  public static byte[] jpeg(long seed, int w, int h) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(picture(seed, w, h), "jpg", out);
    return out.toByteArray();
  }

  private static BufferedImage picture(long seed, int w, int h) {
    Random r = new Random(seed);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(r.nextInt(0xFFFFFF)));
    g.fillRect(0, 0, w, h);
    for (int i = 0; i < 12; i++) {
      g.setColor(new Color(r.nextInt(0xFFFFFF)));
      g.fillOval(r.nextInt(w), r.nextInt(h), 4 + r.nextInt(w / 2 + 1), 4 + r.nextInt(h / 2 + 1));
    }
    g.dispose();
    return img;
  }

  /** EXIF facts to embed. */
  public record Exif(String make, String model, String dateTimeOriginal, String offset, double latitude, double longitude) {}

  /** A JPEG whose APP1 segment carries the given EXIF (TIFF big-endian, IFD0 + Exif IFD + GPS IFD). */
  public static byte[] jpegWithExif(long seed, Exif exif) throws IOException {
    byte[] jpeg = jpeg(seed, 96, 64);
    byte[] tiff = tiff(exif);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(jpeg, 0, 2); // SOI
    byte[] header = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
    int len = 2 + header.length + tiff.length;
    out.write(0xFF);
    out.write(0xE1);
    out.write(len >> 8);
    out.write(len & 0xFF);
    out.write(header);
    out.write(tiff);
    out.write(jpeg, 2, jpeg.length - 2);
    return out.toByteArray();
  }

  private record Field(int tag, int type, int count, byte[] value) {}

  private static byte[] tiff(Exif e) {
    List<Field> exifIfd = List.of(
        ascii(0x9003, e.dateTimeOriginal()),
        ascii(0x9011, e.offset()));
    List<Field> gps = List.of(
        new Field(0x0000, 1, 4, new byte[] {2, 3, 0, 0}),
        ascii(0x0001, e.latitude() >= 0 ? "N" : "S"),
        rational(0x0002, Math.abs(e.latitude())),
        ascii(0x0003, e.longitude() >= 0 ? "E" : "W"),
        rational(0x0004, Math.abs(e.longitude())));
    // Layout: header(8) | IFD0 | IFD0 data | Exif IFD | data | GPS IFD | data
    int ifd0Count = 4;
    int ifd0Start = 8;
    List<Field> ifd0Fixed = new ArrayList<>(List.of(ascii(0x010F, e.make()), ascii(0x0110, e.model())));
    int ifd0Size = 2 + ifd0Count * 12 + 4 + dataSize(ifd0Fixed);
    int exifStart = ifd0Start + ifd0Size;
    int exifSize = 2 + exifIfd.size() * 12 + 4 + dataSize(exifIfd);
    int gpsStart = exifStart + exifSize;
    List<Field> ifd0 = new ArrayList<>(ifd0Fixed);
    ifd0.add(new Field(0x8769, 4, 1, be32(exifStart)));
    ifd0.add(new Field(0x8825, 4, 1, be32(gpsStart)));
    ByteBuffer b = ByteBuffer.allocate(gpsStart + 2 + gps.size() * 12 + 4 + dataSize(gps));
    b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(ifd0Start);
    writeIfd(b, ifd0Start, ifd0);
    writeIfd(b, exifStart, exifIfd);
    writeIfd(b, gpsStart, gps);
    return b.array();
  }

  private static int dataSize(List<Field> fields) {
    int s = 0;
    for (Field f : fields) {
      if (f.value().length > 4) {
        s += f.value().length + (f.value().length & 1);
      }
    }
    return s;
  }

  private static void writeIfd(ByteBuffer b, int start, List<Field> fields) {
    b.position(start);
    b.putShort((short) fields.size());
    int data = start + 2 + fields.size() * 12 + 4;
    for (Field f : fields) {
      b.putShort((short) f.tag()).putShort((short) f.type()).putInt(f.count());
      if (f.value().length <= 4) {
        byte[] v = new byte[4];
        System.arraycopy(f.value(), 0, v, 0, f.value().length);
        b.put(v);
      } else {
        b.putInt(data);
        int here = b.position();
        b.position(data);
        b.put(f.value());
        data += f.value().length + (f.value().length & 1);
        b.position(here);
      }
    }
    b.putInt(0);
  }

  private static Field ascii(int tag, String s) {
    byte[] v = (s + "\0").getBytes(StandardCharsets.US_ASCII);
    return new Field(tag, 2, v.length, v);
  }

  private static Field rational(int tag, double degrees) {
    int d = (int) degrees;
    double m = (degrees - d) * 60;
    int mi = (int) m;
    long s100 = Math.round((m - mi) * 60 * 100);
    ByteBuffer v = ByteBuffer.allocate(24);
    v.putInt(d).putInt(1).putInt(mi).putInt(1).putInt((int) s100).putInt(100);
    return new Field(tag, 5, 3, v.array());
  }

  private static byte[] be32(int v) {
    return ByteBuffer.allocate(4).putInt(v).array();
  }

  /** A one-page PDF with the given lines of text (Helvetica). */
  public static byte[] pdf(String... lines) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 720);
        for (String l : lines) {
          cs.showText(l);
          cs.newLineAtOffset(0, -16);
        }
        cs.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** A small synthetic ad page: text, an image, a stylesheet, and a script that must never run. */
  public static String adPage(String title, String body, String image, String css) {
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title>"
        + (css == null ? "" : "<link rel=\"stylesheet\" href=\"" + css + "\">")
        + "<script>document.write('SCRIPT-RAN')</script></head><body><h1>" + title + "</h1><p>" + body + "</p>"
        + (image == null ? "" : "<img src=\"" + image + "\" alt=\"photo\">")
        + "</body></html>";
  }
}
