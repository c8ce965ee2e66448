package ca.threadline.app.web.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Images as the workbench shows them, made on the server with java.awt so that the original
 * pixels never reach a browser before the user chooses to reveal them:
 *
 * <ul>
 *   <li>{@link #blurred}: a heavy blur (the image shrunk to at most 12 pixels on its longer side,
 *       then enlarged smoothly and box-filtered) that keeps colours and layout but no face, text or
 *       tattoo can be read from it;
 *   <li>{@link #revealed}: the decoded pixels re-encoded as PNG (at most 1600 pixels), so no
 *       metadata (EXIF GPS, camera serial) and no polyglot payload of the original file reaches the
 *       browser; the evidence file itself is untouched and keeps its SHA-256.
 * </ul>
 *
 * Decoding refuses images above 40 megapixels before allocating them (a decompression bomb in a
 * scraped file must not take the server down). Blurred renditions of the last images are cached.
 */
public final class Renditions {
  static final long MAX_PIXELS = 40_000_000L;
  private static final int BLUR_SOURCE = 12;
  private static final int BLUR_OUT = 320;
  private static final int REVEAL_MAX = 1600;
  private final Map<String, byte[]> cache =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
          return size() > 256;
        }
      };

  /** The blurred PNG of the image bytes, or empty when they are not an image this server can decode. */
  public Optional<byte[]> blurred(String sha256, byte[] original) throws IOException {
    synchronized (cache) {
      byte[] hit = cache.get(sha256);
      if (hit != null) {
        return Optional.of(hit);
      }
    }
    Optional<BufferedImage> img = decode(original);
    if (img.isEmpty()) {
      return Optional.empty();
    }
    byte[] png = png(blur(img.get()));
    synchronized (cache) {
      cache.put(sha256, png);
    }
    return Optional.of(png);
  }

  public Optional<byte[]> revealed(byte[] original) throws IOException {
    Optional<BufferedImage> img = decode(original);
    if (img.isEmpty()) {
      return Optional.empty();
    }
    BufferedImage src = img.get();
    int w = src.getWidth();
    int h = src.getHeight();
    double scale = Math.min(1.0, (double) REVEAL_MAX / Math.max(w, h));
    return Optional.of(png(resize(src, Math.max(1, (int) Math.round(w * scale)), Math.max(1, (int) Math.round(h * scale)))));
  }

  static BufferedImage blur(BufferedImage src) {
    int w = src.getWidth();
    int h = src.getHeight();
    double small = (double) BLUR_SOURCE / Math.max(w, h);
    int sw = Math.max(1, (int) Math.round(w * small));
    int sh = Math.max(1, (int) Math.round(h * small));
    // Shrink in halving steps so every source pixel contributes (plain bilinear skips most of them).
    BufferedImage cur = src;
    while (cur.getWidth() / 2 >= sw && cur.getHeight() / 2 >= sh) {
      cur = resize(cur, Math.max(sw, cur.getWidth() / 2), Math.max(sh, cur.getHeight() / 2));
    }
    cur = resize(cur, sw, sh);
    double out = (double) BLUR_OUT / Math.max(w, h);
    int ow = Math.max(1, (int) Math.round(w * Math.min(1.0, out)));
    int oh = Math.max(1, (int) Math.round(h * Math.min(1.0, out)));
    BufferedImage big = resize(cur, ow, oh);
    float[] k = new float[81];
    Arrays.fill(k, 1f / 81);
    BufferedImage blurred = new BufferedImage(ow, oh, BufferedImage.TYPE_INT_RGB);
    new ConvolveOp(new Kernel(9, 9, k), ConvolveOp.EDGE_NO_OP, null).filter(big, blurred);
    return blurred;
  }

  static BufferedImage resize(BufferedImage src, int w, int h) {
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.drawImage(src, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  static Optional<BufferedImage> decode(byte[] bytes) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      if (in == null) {
        return Optional.empty();
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
        if (pixels <= 0 || pixels > MAX_PIXELS) {
          return Optional.empty();
        }
        return Optional.ofNullable(reader.read(0));
      } catch (IOException | RuntimeException e) {
        // A truncated or malformed file is "not displayable", not a server error.
        return Optional.empty();
      } finally {
        reader.dispose();
      }
    }
  }

  static byte[] png(BufferedImage img) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }
}
