package ca.threadline.app.export;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * Images for dossiers: shown small and, unless an authorised person asked to reveal them, blurred
 * beyond recognition (images of people are the most sensitive material a case holds). The blur is
 * a strong box-average: the picture is shrunk to a few pixels across and smoothly enlarged back,
 * twice, which leaves colours and layout but no face, tattoo or text. Embedded as a PNG data URI,
 * so the dossier needs nothing else.
 */
final class ImageBlur {
  static final int WIDTH = 240;
  private static final int BLUR_WIDTH = 10;

  private ImageBlur() {}

  /** The image as a {@code data:image/png} URI, blurred unless {@code reveal}; {@code null} if unreadable. */
  static String dataUri(Path file, boolean reveal) {
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > 64L << 20) {
        return null;
      }
      BufferedImage img = ImageIO.read(file.toFile());
      if (img == null || img.getWidth() < 1 || img.getHeight() < 1) {
        return null;
      }
      int w = Math.min(WIDTH, img.getWidth());
      int h = Math.max(1, (int) Math.round((double) img.getHeight() * w / img.getWidth()));
      BufferedImage out = scale(img, w, h);
      if (!reveal) {
        int bw = Math.max(2, Math.min(BLUR_WIDTH, w));
        int bh = Math.max(2, (int) Math.round((double) h * bw / w));
        out = scale(scale(scale(scale(out, bw, bh), w, h), bw, bh), w, h);
      }
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(out, "png", png);
      return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static BufferedImage scale(BufferedImage in, int w, int h) {
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(in, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return out;
  }
}
