package ca.threadline.app.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Prints the dossier's HTML to PDF with headless Chromium, the same renderer the workbench's
 * browser tests use, so the PDF looks like the page. Chromium runs with a throw-away profile and
 * every background service off and Google's service hosts unresolvable
 * ({@code ChromiumFlags.quiet()}: no sync, component updates, QUIC, first-run requests);
 * the page itself can fetch nothing (its Content-Security-Policy forbids it). Chosen over a
 * pure-Java renderer: the only one served here (openhtmltopdf) is an old line whose current
 * releases are not on the registry, and Chromium is already a dependency of capture screenshots
 * and the browser tests.
 */
final class PdfPrinter {
  private final Path chromium;
  private final long timeoutMillis;

  PdfPrinter(Path chromium, long timeoutMillis) {
    this.chromium = chromium;
    this.timeoutMillis = timeoutMillis;
  }

  boolean available() {
    return Files.isExecutable(chromium);
  }

  /** Renders {@code html} (a file) to {@code pdf}. */
  void print(Path html, Path pdf) throws IOException {
    if (!available()) {
      throw new IOException("no Chromium at " + chromium);
    }
    Path profile = Files.createTempDirectory("threadline-pdf-");
    try {
      List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless=new"));
      cmd.addAll(ca.threadline.evidence.capture.ChromiumFlags.quiet());
      cmd.addAll(List.of("--user-data-dir=" + profile,
          "--no-pdf-header-footer", "--print-to-pdf=" + pdf.toAbsolutePath(), html.toAbsolutePath().toUri().toString()));
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
      boolean done;
      try {
        done = p.waitFor(timeoutMillis, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while printing the PDF", e);
      }
      if (!done) {
        p.destroyForcibly();
        throw new IOException("Chromium did not finish printing within " + timeoutMillis / 1000 + " s");
      }
      if (!Files.isRegularFile(pdf) || Files.size(pdf) == 0) {
        String log = Files.readString(profile.resolve("chromium.log"));
        throw new IOException("Chromium wrote no PDF (exit " + p.exitValue() + "): " + (log.length() > 600 ? log.substring(log.length() - 600) : log));
      }
    } finally {
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // a leftover temp profile is harmless
        }
      });
    } catch (IOException e) {
      // same
    }
  }
}
