package ca.threadline.evidence.content;

import java.util.Locale;

/**
 * Decides what bytes are from their first bytes (magic numbers), then the declared media type,
 * then the file name. Magic wins: a ".jpg" that is really a PDF is treated as a PDF (and keeps its
 * declared type in the record), because a crafted name must not choose the parser.
 */
public final class MediaSniffer {
  private MediaSniffer() {}

  public static String sniff(byte[] b, String declared, String name) {
    return sniff(b, 0, b.length, declared, name);
  }

  public static String sniff(byte[] all, int off, int len, String declared, String name) {
    byte[] b = off == 0 && len == all.length ? all : java.util.Arrays.copyOfRange(all, off, off + Math.min(len, 8192));
    String magic = magic(b);
    if (magic != null) {
      return magic;
    }
    String d = declared == null ? "" : declared.toLowerCase(Locale.ROOT).split(";")[0].strip();
    String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
    if (d.equals("text/html") || d.equals("application/xhtml+xml") || n.endsWith(".html") || n.endsWith(".htm") || looksLikeHtml(b)) {
      return "text/html";
    }
    if (d.startsWith("text/") || d.equals("application/json") || n.endsWith(".txt") || n.endsWith(".csv") || n.endsWith(".md") || n.endsWith(".json") || n.endsWith(".jsonl")) {
      return d.startsWith("text/") || d.equals("application/json") ? d : "text/plain";
    }
    if (!d.isEmpty() && !d.equals("application/octet-stream")) {
      return d;
    }
    return PlainText.isProbablyText(b) ? "text/plain" : "application/octet-stream";
  }

  static String magic(byte[] b) {
    if (starts(b, 0xFF, 0xD8, 0xFF)) {
      return "image/jpeg";
    }
    if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return "image/png";
    }
    if (starts(b, 'G', 'I', 'F', '8')) {
      return "image/gif";
    }
    if (b.length >= 12 && starts(b, 'R', 'I', 'F', 'F') && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
      return "image/webp";
    }
    if (starts(b, 'I', 'I', 0x2A, 0x00) || starts(b, 'M', 'M', 0x00, 0x2A)) {
      return "image/tiff";
    }
    if (b.length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
      String brand = new String(b, 8, 4, java.nio.charset.StandardCharsets.US_ASCII);
      if (brand.startsWith("hei") || brand.startsWith("mif1") || brand.startsWith("hev") || brand.startsWith("avif")) {
        return brand.startsWith("avif") ? "image/avif" : "image/heic";
      }
    }
    if (starts(b, 'B', 'M') && b.length > 14) {
      return "image/bmp";
    }
    if (starts(b, '%', 'P', 'D', 'F', '-')) {
      return "application/pdf";
    }
    return null;
  }

  private static boolean looksLikeHtml(byte[] b) {
    int n = Math.min(b.length, 1024);
    String head = new String(b, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
    if (head.startsWith("\ufeff") || head.startsWith("ï»¿")) {
      head = head.substring(head.startsWith("\ufeff") ? 1 : 3).stripLeading();
    }
    return head.startsWith("<!doctype html") || head.startsWith("<html") || (head.startsWith("<") && head.contains("<body"));
  }

  private static boolean starts(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  public static boolean isImage(String mediaType) {
    return mediaType != null && mediaType.startsWith("image/");
  }
}
