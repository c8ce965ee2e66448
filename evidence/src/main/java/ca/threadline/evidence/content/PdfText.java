package ca.threadline.evidence.content;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF (PDFBox 3). Encrypted documents without a password yield no text. Memory is
 * bounded by keeping PDFBox's scratch data in temporary files, and text by {@link #MAX_PAGES}.
 */
public final class PdfText {
  /** Pages read at most: evidence PDFs in these cases are ads, receipts and statements. */
  public static final int MAX_PAGES = 2000;

  private PdfText() {}

  public record Extracted(String text, int pages, boolean encrypted) {}

  public static Extracted extract(byte[] bytes) throws IOException {
    return extract(bytes, 0, bytes.length);
  }

  public static Extracted extract(byte[] bytes, int off, int len) throws IOException {
    try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(java.nio.ByteBuffer.wrap(bytes, off, len).slice()), "", null, null, IOUtils.createTempFileOnlyStreamCache())) {
      int pages = doc.getNumberOfPages();
      if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
        return new Extracted("", pages, true);
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      stripper.setEndPage(Math.min(pages, MAX_PAGES));
      return new Extracted(stripper.getText(doc), pages, doc.isEncrypted());
    }
  }
}
