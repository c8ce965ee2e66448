package ca.threadline.app.evidence;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import ca.threadline.evidence.Problem;
import ca.threadline.evidence.bundle.BundleVerifier;
import ca.threadline.evidence.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.ZipException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "verify-bundle",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Checks an evidence bundle made by `export bundle`, on any machine, without a data home.",
      "Every file against SHA256SUMS, every checkpoint's Ed25519 signature and RFC 3161 time-stamp,",
      "every custody entry's Merkle inclusion proofs, the consistency proofs, and every item against",
      "its entry and its bytes (re-read from the original WARC or file it lives in). Prints one JSON",
      "line per problem; exit 0 when intact, 1 otherwise. Compare the key fingerprint it prints with",
      "the one recorded when the installation was set up."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  ./threadline verify-bundle op-heron.zip"})
public final class VerifyBundleCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE.zip", description = "The bundle.")
  Path bundle;

  private final Io io;

  VerifyBundleCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(bundle)) {
      throw new UsageException("no such file: " + bundle);
    }
    Path scratch = Files.createTempDirectory("threadline-verify-bundle-");
    BundleVerifier.Report r;
    try {
      r = new BundleVerifier(n -> io.err().println("threadline verify-bundle: note: " + n)).verify(bundle, scratch);
    } catch (ZipException e) {
      throw new UsageException(bundle + ": not a ZIP file: " + e.getMessage());
    } finally {
      try (var s = Files.walk(scratch)) {
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
    for (Problem p : r.problems()) {
      io.out().println(Json.write(p.toJson()));
    }
    io.out().flush();
    io.err().printf("threadline verify-bundle: %s: %d file(s), %d item(s), %d custody entries, %d checkpoint(s); signing key SHA-256 %s%n",
        r.problems().isEmpty() ? "intact" : r.problems().size() + " PROBLEM(S)", r.files(), r.items(), r.entries(), r.checkpoints(), r.keyFingerprint());
    return r.problems().isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEM_FOUND;
  }
}
