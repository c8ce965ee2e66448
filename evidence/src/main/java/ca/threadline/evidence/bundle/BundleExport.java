package ca.threadline.evidence.bundle;

import ca.threadline.evidence.EvidenceStore;
import ca.threadline.evidence.Problem;
import ca.threadline.evidence.json.Json;
import ca.threadline.evidence.store.CaseName;
import ca.threadline.evidence.verify.Verifier;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The act of exporting a case: verify it (a bundle of damaged evidence is refused), record the
 * export in the custody log (so the bundle's own entries include it), write the bundle, and record
 * the bundle's SHA-256 (so a bundle handed over can later be matched to this act).
 */
public final class BundleExport {
  private BundleExport() {}

  /** The case does not verify; nothing was exported. */
  public static final class NotIntact extends IOException {
    private final List<Problem> problems;

    public NotIntact(List<Problem> problems) {
      super("the case does not verify (" + problems.size() + " problem(s)); nothing was exported");
      this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
      return problems;
    }
  }

  public static BundleWriter.Written export(EvidenceStore store, CaseName caseName, Path out, String operator, String software, Consumer<String> notes) throws IOException {
    if (store.catalog().items(caseName.value()).isEmpty()) {
      throw new IllegalArgumentException("case \"" + caseName + "\" holds no evidence");
    }
    Verifier.Report report = new Verifier(store.home(), Runtime.getRuntime().availableProcessors(), notes).verifyHeld(caseName.value());
    if (!report.problems().isEmpty()) {
      throw new NotIntact(report.problems());
    }
    ObjectNode details = Json.object();
    details.put("out", out.toAbsolutePath().normalize().toString());
    details.put("format", BundleLayout.FORMAT);
    long exportEntry = store.recordAct("export", caseName, details, operator);
    BundleWriter.Written w =
        new BundleWriter(store.home(), store.writer().state(), store.catalog())
            .write(caseName.value(), out, software, operator, store.writer().now().toString());
    ObjectNode done = Json.object();
    done.put("out", out.toAbsolutePath().normalize().toString());
    done.put("sha256", w.sha256());
    done.put("size", w.size());
    done.put("export_entry", exportEntry);
    done.put("items", w.items());
    store.recordAct("export-written", caseName, done, operator);
    return w;
  }
}
