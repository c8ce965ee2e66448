package ca.threadline.app.admin;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import ca.threadline.store.AccessDeniedException;
import ca.threadline.store.Store;
import ca.threadline.store.access.Role;
import ca.threadline.store.access.User;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "add-member",
    mixinStandardHelpOptions = true,
    description = {
      "Adds a user to a case with a role, or changes their role (admin, investigator, reviewer).",
      "The acting user (--as) must be an admin of the case or an installation admin."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  ./threadline case add-member 'Operation Nord' remi --role reviewer --as ines"})
public final class CaseAddMemberCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Parameters(index = "0", paramLabel = "CASE", description = "Case name or id.")
  String caseName;

  @Parameters(index = "1", paramLabel = "USER")
  String user;

  @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, investigator or reviewer.")
  String role;

  @Option(names = "--as", paramLabel = "ADMIN", defaultValue = "admin", description = "Who makes the change (default: ${DEFAULT-VALUE}).")
  String as;

  @Option(names = "--db", paramLabel = "URL", description = "jdbc:postgresql://... (default: the embedded store under --home).")
  String db;

  private final Io io;

  CaseAddMemberCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    Role r = AdminStore.role(role);
    try (Store store = AdminStore.open(home.path(), db)) {
      User actor = AdminStore.actor(store, as);
      long caseId = caseId(store, actor);
      User target = store.users().find(user).orElseThrow(() -> new UsageException("no user " + user));
      store.cases().addMember(actor, caseId, target.id(), r);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("case", caseId);
      m.put("user", user);
      m.put("role", r.wireName());
      AdminStore.line(io.out(), m);
    } catch (AccessDeniedException e) {
      throw new UsageException("refused: " + as + " is not an admin of that case");
    }
    return ExitCodes.OK;
  }

  private long caseId(Store store, User actor) {
    var byName = store.cases().idByName(actor, caseName);
    if (byName.isPresent()) {
      return byName.get();
    }
    try {
      return Long.parseLong(caseName);
    } catch (NumberFormatException e) {
      throw new UsageException("no case " + caseName + " that " + as + " is a member of (an installation admin may give its id)");
    }
  }
}
