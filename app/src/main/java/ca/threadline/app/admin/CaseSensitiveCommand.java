package ca.threadline.app.admin;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import ca.threadline.store.AccessDeniedException;
import ca.threadline.store.Store;
import ca.threadline.store.StoreConfig;
import ca.threadline.store.access.User;
import ca.threadline.store.seal.SealedColumn;
import ca.threadline.store.sensitive.SensitiveField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "sensitive",
    mixinStandardHelpOptions = true,
    description = {
      "Marks fields of a case sensitive (sealed at rest, redacted from exports) or lists the marks.",
      "document.body, document.url and note.body are sealed with Tink AEAD under <home>/keys/ at once,",
      "existing rows included, and every later write is sealed; members still read them in the workbench.",
      "Other marks (selector.phone, selector.email, document.images, victim.name, ...) are redacted",
      "from exports. Marks cannot be removed. Case admins and installation admins only; audited."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./threadline case sensitive --case 'Operation Nord' --mark document.body --reason 'survivor statements' --as ines",
      "  ./threadline case sensitive --case 'Operation Nord' --mark selector.phone --reason 'contact details'",
      "  ./threadline case sensitive --case 'Operation Nord' --list"
    })
public final class CaseSensitiveCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Option(names = "--case", required = true, paramLabel = "CASE", description = "Case name or id.")
  String caseName;

  @Option(names = "--mark", paramLabel = "FIELD", description = "entity.field to mark, e.g. document.body, note.body, selector.phone.")
  List<String> marks = List.of();

  @Option(names = "--reason", paramLabel = "TEXT", description = "Why (recorded with the mark and in the audit log).")
  String reason;

  @Option(names = "--list", description = "List the case's marks and sealed columns (any member).")
  boolean list;

  @Option(names = "--as", paramLabel = "USER", defaultValue = "admin", description = "Who acts (default: ${DEFAULT-VALUE}).")
  String as;

  @Option(names = "--db", paramLabel = "URL", description = "jdbc:postgresql://... (default: the embedded store under --home).")
  String db;

  private final Io io;

  CaseSensitiveCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    if (marks.isEmpty() && !list) {
      throw new UsageException("give --mark FIELD (with --reason) or --list");
    }
    if (!marks.isEmpty() && (reason == null || reason.isBlank())) {
      throw new UsageException("--mark needs --reason: why the case marks it sensitive");
    }
    StoreConfig config = StoreConfig.parse(home.path(), db);
    int sealed = 0;
    try (Store store = AdminStore.open(home.path(), db)) {
      User actor = AdminStore.actor(store, as);
      long caseId = AdminStore.caseId(store, actor, caseName, as);
      for (String f : marks) {
        int n;
        try {
          n = store.sensitiveFields().mark(actor, caseId, f, reason);
        } catch (IllegalArgumentException e) {
          throw new UsageException(e.getMessage());
        }
        sealed += n;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("case", caseId);
        m.put("marked", f);
        m.put("sealed_column", SealedColumn.forMarks(List.of(f)).stream().map(c -> c.table() + "." + c.column()).findFirst().orElse(null));
        m.put("rows_sealed", n);
        AdminStore.line(io.out(), m);
      }
      if (list) {
        List<SealedColumn> columns = store.sensitiveFields().sealedColumns(actor, caseId);
        for (SensitiveField f : store.sensitiveFields().list(actor, caseId)) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("case", caseId);
          m.put("field", f.field());
          m.put("reason", f.reason());
          m.put("marked_at", f.markedAt().toString());
          m.put("sealed", columns.stream().anyMatch(c -> c.marks().contains(f.field())));
          AdminStore.line(io.out(), m);
        }
      }
    } catch (AccessDeniedException e) {
      throw new UsageException("refused: " + (list && marks.isEmpty() ? as + " is not a member of that case"
          : as + " is not an admin of that case"));
    }
    if (sealed > 0 && config.embedded()) {
      // H2 writes copy-on-write: old pages with the plaintext stay in the file until rewritten.
      io.err().println("compacting the embedded database so that no old plaintext page stays in it");
      Store.compactEmbedded(config);
    } else if (sealed > 0) {
      io.err().println("sealed; now run VACUUM FULL documents, notes; as the database owner so that no old row"
          + " version keeps the plaintext (backups and WAL archives made before still hold it)");
    }
    return ExitCodes.OK;
  }
}
