package ca.threadline.evidence.content;

import ca.threadline.evidence.json.Json;
import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.Tag;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What an image says about itself (metadata-extractor): GPS position, capture time, device make
 * and model, software, pixel size. Coordinates are recorded as decimal strings rounded to 7 places
 * (about 1 cm) because custody entries hold no floating-point numbers; capture time as written in
 * EXIF ({@code yyyy:MM:dd HH:mm:ss}) with its offset when the file gives one, since EXIF time has no
 * zone otherwise and guessing one would put words in the camera's mouth.
 */
public final class ImageMetadata {
  private ImageMetadata() {}

  public static ObjectNode read(byte[] bytes) throws IOException {
    return read(bytes, 0, bytes.length);
  }

  public static ObjectNode read(byte[] bytes, int off, int len) throws IOException {
    Metadata md;
    try {
      md = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes, off, len), len);
    } catch (ImageProcessingException e) {
      throw new IOException("unreadable image metadata: " + e.getMessage(), e);
    }
    ObjectNode out = Json.object();
    ExifIFD0Directory ifd0 = md.getFirstDirectoryOfType(ExifIFD0Directory.class);
    if (ifd0 != null) {
      put(out, "make", ifd0.getString(ExifIFD0Directory.TAG_MAKE));
      put(out, "model", ifd0.getString(ExifIFD0Directory.TAG_MODEL));
      put(out, "software", ifd0.getString(ExifIFD0Directory.TAG_SOFTWARE));
    }
    ExifSubIFDDirectory sub = md.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
    if (sub != null) {
      put(out, "date_time_original", sub.getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL));
      put(out, "offset_time_original", sub.getString(ExifSubIFDDirectory.TAG_TIME_ZONE_ORIGINAL));
      put(out, "body_serial_number", sub.getString(ExifSubIFDDirectory.TAG_BODY_SERIAL_NUMBER));
    }
    GpsDirectory gps = md.getFirstDirectoryOfType(GpsDirectory.class);
    if (gps != null) {
      GeoLocation loc = gps.getGeoLocation();
      if (loc != null && !loc.isZero() && Double.isFinite(loc.getLatitude()) && Double.isFinite(loc.getLongitude())
          && Math.abs(loc.getLatitude()) <= 90 && Math.abs(loc.getLongitude()) <= 180) {
        ObjectNode g = out.putObject("gps");
        g.put("latitude", decimal(loc.getLatitude()));
        g.put("longitude", decimal(loc.getLongitude()));
        put(g, "altitude_m", gps.getString(GpsDirectory.TAG_ALTITUDE));
        put(g, "date", gps.getString(GpsDirectory.TAG_DATE_STAMP));
      }
    }
    for (Directory d : md.getDirectories()) {
      for (Tag t : d.getTags()) {
        String name = t.getTagName();
        if (("Image Width".equals(name) || "Image Height".equals(name)) && !out.has(name.equals("Image Width") ? "width" : "height")) {
          Integer v = d.getInteger(t.getTagType());
          if (v != null && v > 0) {
            out.put(name.equals("Image Width") ? "width" : "height", v.longValue());
          }
        }
      }
      if (d.hasErrors()) {
        out.withArray("metadata_errors").add(d.getName() + ": " + String.join("; ", d.getErrors()));
      }
    }
    return out;
  }

  private static String decimal(double d) {
    return new BigDecimal(d).setScale(7, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  private static void put(ObjectNode o, String field, String value) {
    if (value != null && !value.isBlank()) {
      String v = value.strip();
      o.put(field, v.length() > 500 ? v.substring(0, 500) : v);
    }
  }
}
