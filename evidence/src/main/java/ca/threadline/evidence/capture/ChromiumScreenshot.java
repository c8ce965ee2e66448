package ca.threadline.evidence.capture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Renders a live page in headless Chromium with a fresh, throw-away profile and keeps the PNG. The
 * flags ({@link ChromiumFlags#quiet()}) switch off everything Chromium would otherwise send
 * elsewhere (background networking, component updates, sync, QUIC, crash reports, Google's
 * service hosts), so the page's own requests are all that leave.
 */
public final class ChromiumScreenshot {
  public static final Path DEFAULT_BINARY = Path.of("/usr/bin/chromium");

  private final Path binary;
  private final long timeoutMillis;

  public ChromiumScreenshot(Path binary, long timeoutMillis) {
    this.binary = binary;
    this.timeoutMillis = timeoutMillis;
  }

  public boolean available() {
    return Files.isExecutable(binary);
  }

  /** What was rendered and how. */
  public record Shot(byte[] png, String version, List<String> command) {}

  public Shot take(String url, String userAgent, Path workDir) throws IOException {
    if (!available()) {
      throw new IOException("no Chromium at " + binary + " (install the chromium package)");
    }
    Path profile = Files.createTempDirectory(workDir, "chromium-profile-");
    Path png = workDir.resolve("screenshot-" + System.nanoTime() + ".png");
    Path log = workDir.resolve("chromium-" + System.nanoTime() + ".log");
    List<String> cmd = new ArrayList<>();
    cmd.add(binary.toString());
    cmd.add("--headless");
    cmd.addAll(ChromiumFlags.quiet());
    cmd.addAll(List.of(
        "--hide-scrollbars",
        "--window-size=1280,2000",
        "--user-data-dir=" + profile,
        "--user-agent=" + userAgent,
        "--screenshot=" + png,
        url));
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!p.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
        throw new IOException("Chromium did not finish within " + timeoutMillis / 1000 + " s");
      }
      if (!Files.exists(png) || Files.size(png) == 0) {
        throw new IOException("Chromium wrote no screenshot (exit " + p.exitValue() + "): " + tail(log));
      }
      return new Shot(Files.readAllBytes(png), version(), List.copyOf(cmd));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      Files.deleteIfExists(png);
      Files.deleteIfExists(log);
      deleteTree(profile);
    }
  }

  private String version() {
    try {
      Process p = new ProcessBuilder(binary.toString(), "--version").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor(20, TimeUnit.SECONDS);
      for (String line : out.split("\n")) {
        if (line.startsWith("Chromium") || line.startsWith("Google Chrome")) {
          return line.strip();
        }
      }
      return out.strip();
    } catch (IOException e) {
      return "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }

  private static String tail(Path log) {
    try {
      String s = Files.readString(log, StandardCharsets.UTF_8);
      return s.length() > 500 ? s.substring(s.length() - 500) : s;
    } catch (IOException e) {
      return "";
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // staging is emptied by the next writer anyway
    }
  }
}
