package ca.threadline.app.admin;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import ca.threadline.store.AccessDeniedException;
import ca.threadline.store.Store;
import ca.threadline.store.StoreConfig;
import ca.threadline.store.access.User;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "reseal",
    mixinStandardHelpOptions = true,
    description = {
      "Re-encrypts a case's sealed fields under the primary key of the keyset in <home>/keys/.",
      "With --rotate-key (installation admins) a new primary key is added first; older keys stay in",
      "the keyset so that values sealed under them still open, until every case has been resealed.",
      "Back up keys/ before and after a rotation, apart from the database (see SECURITY.md)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./threadline case reseal --case 'Operation Nord' --rotate-key",
      "  ./threadline case reseal --case 'Operation Sud'"
    })
public final class CaseResealCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Option(names = "--case", required = true, paramLabel = "CASE", description = "Case name or id.")
  String caseName;

  @Option(names = "--rotate-key", description = "Add a new primary key to the keyset first (installation admins).")
  boolean rotate;

  @Option(names = "--as", paramLabel = "USER", defaultValue = "admin", description = "Who acts (default: ${DEFAULT-VALUE}).")
  String as;

  @Option(names = "--db", paramLabel = "URL", description = "jdbc:postgresql://... (default: the embedded store under --home).")
  String db;

  private final Io io;

  CaseResealCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    StoreConfig config = StoreConfig.parse(home.path(), db);
    int rewritten = 0;
    try (Store store = AdminStore.open(home.path(), db)) {
      User actor = AdminStore.actor(store, as);
      long caseId = AdminStore.caseId(store, actor, caseName, as);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("case", caseId);
      if (rotate) {
        try {
          m.put("new_primary_key", store.sensitiveFields().rotateKey(actor));
        } catch (AccessDeniedException e) {
          throw new UsageException("refused: --rotate-key needs an installation admin; " + as + " is not one");
        }
      }
      Map<String, Integer> counts = store.sensitiveFields().reseal(actor, caseId);
      m.put("rows_resealed", counts);
      rewritten = counts.values().stream().mapToInt(Integer::intValue).sum();
      AdminStore.line(io.out(), m);
    } catch (AccessDeniedException e) {
      throw new UsageException("refused: " + as + " is not an admin of that case");
    }
    if (rewritten > 0 && config.embedded()) {
      Store.compactEmbedded(config);
    }
    return ExitCodes.OK;
  }
}
