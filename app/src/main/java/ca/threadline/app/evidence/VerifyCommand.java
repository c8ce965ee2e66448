package ca.threadline.app.evidence;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.evidence.Problem;
import ca.threadline.evidence.store.EvidenceHome;
import ca.threadline.evidence.verify.Verifier;
import ca.threadline.evidence.json.Json;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Checks that all evidence is intact: re-hashes every stored item and WARC record and rebuilds the custody log.",
      "Every blob, WARC file and record is re-hashed against its custody entry; the Merkle tree is",
      "rebuilt from the log and every checkpoint's signature, root and RFC 3161 time-stamp checked;",
      "files no entry accounts for are reported. Changes nothing. Prints one JSON line per problem",
      "({\"problem\",\"item\"|\"entry\"|\"file\",\"detail\"}); exit 0 when intact, 1 when anything was altered,",
      "removed, added or re-ordered."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./threadline verify",
      "  ./threadline verify --case 2026-TO-0117 > problems.jsonl"
    })
public final class VerifyCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Option(names = "--case", paramLabel = "NAME", description = "Re-hash only this case's items (the whole log is always checked).")
  String caseName;

  @Option(names = "--threads", paramLabel = "N", description = "Files hashed in parallel (default: number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  private final Io io;

  VerifyCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    String c = caseName == null ? null : EvidenceSetup.caseName(caseName).value();
    long t0 = System.nanoTime();
    Verifier.Report r = new Verifier(new EvidenceHome(home.path()), threads, n -> io.err().println("threadline verify: note: " + n)).verify(c);
    for (Problem p : r.problems()) {
      io.out().println(Json.write(p.toJson()));
    }
    io.out().flush();
    double secs = (System.nanoTime() - t0) / 1e9;
    io.err().printf("threadline verify: %s: %d item(s), %,d bytes re-hashed, %d log entries, %d checkpoint(s) in %.1f s%s%n",
        r.problems().isEmpty() ? "intact" : r.problems().size() + " PROBLEM(S)", r.items(), r.bytes(), r.entries(), r.checkpoints(), secs,
        r.keyFingerprint() == null ? "" : "; installation key SHA-256 " + r.keyFingerprint());
    return r.problems().isEmpty() ? ExitCodes.OK : ExitCodes.PROBLEM_FOUND;
  }
}
