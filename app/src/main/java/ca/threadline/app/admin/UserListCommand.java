package ca.threadline.app.admin;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import ca.threadline.store.AccessDeniedException;
import ca.threadline.store.Store;
import ca.threadline.store.access.User;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {"Lists the users of the installation, one JSON line each: {\"user\",\"display_name\",\"role\",\"disabled\"}."},
    footerHeading = "%nExamples:%n",
    footer = {"  ./threadline user list", "  ./threadline user list --as chief --home /srv/threadline"})
public final class UserListCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Option(names = "--as", paramLabel = "ADMIN", defaultValue = "admin", description = "The installation admin asking (default: ${DEFAULT-VALUE}).")
  String as;

  @Option(names = "--db", paramLabel = "URL", description = "jdbc:postgresql://... (default: the embedded store under --home).")
  String db;

  private final Io io;

  UserListCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    try (Store store = AdminStore.open(home.path(), db)) {
      for (User u : store.users().list(AdminStore.actor(store, as))) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("user", u.name());
        m.put("display_name", u.displayName());
        m.put("role", u.role().wireName());
        m.put("disabled", u.disabled());
        AdminStore.line(io.out(), m);
      }
    } catch (AccessDeniedException e) {
      throw new UsageException("refused: " + as + " is not an installation admin");
    }
    return ExitCodes.OK;
  }
}
