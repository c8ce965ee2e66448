package ca.threadline.app.admin;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.store.Store;
import ca.threadline.store.access.CaseInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {"Lists the cases a user is a member of: {\"case\",\"id\",\"role\"} per line."},
    footerHeading = "%nExamples:%n",
    footer = {"  ./threadline case list --as ines"})
public final class CaseListCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Option(names = "--as", paramLabel = "USER", defaultValue = "admin", description = "Whose cases (default: ${DEFAULT-VALUE}).")
  String as;

  @Option(names = "--db", paramLabel = "URL", description = "jdbc:postgresql://... (default: the embedded store under --home).")
  String db;

  private final Io io;

  CaseListCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    try (Store store = AdminStore.open(home.path(), db)) {
      for (CaseInfo c : store.cases().listFor(AdminStore.actor(store, as))) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("case", c.name());
        m.put("id", c.id());
        m.put("role", c.myRole().wireName());
        AdminStore.line(io.out(), m);
      }
    }
    return ExitCodes.OK;
  }
}
