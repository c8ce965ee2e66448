package ca.threadline.app.evidence;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import ca.threadline.evidence.EvidenceStore;
import ca.threadline.evidence.Problem;
import ca.threadline.evidence.bundle.BundleExport;
import ca.threadline.evidence.bundle.BundleWriter;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.CaseName;
import ca.threadline.evidence.store.EvidenceHome;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "bundle",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes a case's evidence bundle (ZIP) that anyone can check with sha256sum and openssl alone.",
      "It holds the original files, each item's bytes, a SHA-256 manifest (SHA256SUMS, manifest.json,",
      "and CASE/UCO JSON-LD), the case's custody entries with Merkle inclusion proofs, the signed",
      "checkpoints with their RFC 3161 time-stamps, the public key, and a README saying how to check it.",
      "The case is verified first (damaged evidence is not exported) and the export is logged."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./threadline export bundle --case 2026-TO-0117 --out 2026-TO-0117.zip",
      "  ./threadline verify-bundle 2026-TO-0117.zip"
    })
public final class ExportBundleCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Option(names = "--case", required = true, paramLabel = "NAME", description = "The case to export.")
  String caseName;

  @Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "Where to write the bundle (replaced if it exists).")
  Path out;

  @Option(names = "--operator", paramLabel = "NAME", description = "Who exports (default: configured operator, else login name).")
  String operator;

  private final Io io;

  ExportBundleCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    CaseName c = EvidenceSetup.caseName(caseName);
    if (out.getParent() != null && !Files.isDirectory(out.toAbsolutePath().getParent())) {
      throw new UsageException("no such folder: " + out.toAbsolutePath().getParent());
    }
    Path homeDir = home.path();
    String who = EvidenceSetup.operator(new EvidenceHome(homeDir), operator);
    BundleWriter.Written w;
    try (EvidenceStore store = EvidenceSetup.open(homeDir, io)) {
      w = BundleExport.export(store, c, out, who, EvidenceSetup.software(), n -> io.err().println("threadline export: note: " + n));
    } catch (BundleExport.NotIntact e) {
      for (Problem p : e.problems()) {
        io.out().println(Json.write(p.toJson()));
      }
      io.err().println("threadline export: " + e.getMessage() + "; run `threadline verify --case " + c + "`");
      return ExitCodes.PROBLEM_FOUND;
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    ObjectNode o = Json.object();
    o.put("bundle", w.file().toAbsolutePath().toString());
    o.put("sha256", w.sha256());
    o.put("size", w.size());
    o.put("items", w.items());
    o.put("entries", w.entries());
    o.put("checkpoints", w.checkpoints());
    io.out().println(Json.write(o));
    io.err().println("threadline export: wrote " + out + " (" + w.items() + " items); record its SHA-256 " + w.sha256() + " with the disclosure");
    return ExitCodes.OK;
  }
}
