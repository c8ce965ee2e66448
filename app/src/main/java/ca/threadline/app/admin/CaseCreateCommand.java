package ca.threadline.app.admin;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import ca.threadline.store.AccessDeniedException;
import ca.threadline.store.Store;
import ca.threadline.store.StoreException;
import ca.threadline.store.access.CaseInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    description = {"Opens a case; the acting user (--as, an admin or investigator) becomes its admin. Prints {\"case\",\"id\"}."},
    footerHeading = "%nExamples:%n",
    footer = {"  ./threadline case create 'Operation Nord' --description 'Escort ads, Outaouais' --as ines"})
public final class CaseCreateCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Parameters(index = "0", paramLabel = "NAME")
  String name;

  @Option(names = "--description", paramLabel = "TEXT")
  String description;

  @Option(names = "--as", paramLabel = "USER", defaultValue = "admin", description = "Who opens the case (default: ${DEFAULT-VALUE}).")
  String as;

  @Option(names = "--db", paramLabel = "URL", description = "jdbc:postgresql://... (default: the embedded store under --home).")
  String db;

  private final Io io;

  CaseCreateCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    try (Store store = AdminStore.open(home.path(), db)) {
      CaseInfo c = store.cases().create(AdminStore.actor(store, as), name, description);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("case", c.name());
      m.put("id", c.id());
      AdminStore.line(io.out(), m);
    } catch (AccessDeniedException e) {
      throw new UsageException("refused: reviewers cannot open cases");
    } catch (StoreException | IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    return ExitCodes.OK;
  }
}
