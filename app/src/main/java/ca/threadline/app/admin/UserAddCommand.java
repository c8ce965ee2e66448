package ca.threadline.app.admin;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import ca.threadline.app.web.auth.PasswordHasher;
import ca.threadline.store.AccessDeniedException;
import ca.threadline.store.Store;
import ca.threadline.store.StoreException;
import ca.threadline.store.access.Role;
import ca.threadline.store.access.User;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Adds a user who can sign in to the workbench, with a generated or given password.",
      "The first user of an installation must be an admin and needs no --as. Prints",
      "{\"user\",\"role\",\"password\"?} (the password only when generated: pass it on safely)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./threadline user add admin --role admin",
      "  ./threadline user add remi --role reviewer --display-name 'Rémi Tremblay' --as admin",
      "  printf '%s\\n' \"$PASS\" | ./threadline user add ines --role investigator --password-stdin"
    })
public final class UserAddCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Parameters(index = "0", paramLabel = "NAME", description = "Sign-in name: letters, digits, . _ @ -")
  String name;

  @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, investigator or reviewer (read-only).")
  String role;

  @Option(names = "--display-name", paramLabel = "TEXT", description = "Name shown in the workbench and the audit log.")
  String displayName;

  @Option(names = "--password-stdin", description = "Read the password from the first line of standard input (at least 12 characters) instead of generating one.")
  boolean passwordStdin;

  @Option(names = "--as", paramLabel = "ADMIN", defaultValue = "admin", description = "The installation admin making the change (default: ${DEFAULT-VALUE}).")
  String as;

  @Option(names = "--db", paramLabel = "URL", description = "jdbc:postgresql://... (default: the embedded store under --home).")
  String db;

  private final Io io;

  UserAddCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException {
    Role r = AdminStore.role(role);
    String password = passwordStdin ? Passwords.fromStdin(io) : Passwords.generate(new SecureRandom());
    String hash = PasswordHasher.standard().hash(password);
    try (Store store = AdminStore.open(home.path(), db)) {
      User created;
      if (r == Role.ADMIN && store.users().find(as).isEmpty()) {
        try {
          created = store.users().bootstrapAdmin(name, displayName, hash);
        } catch (AccessDeniedException alreadyHasUsers) {
          created = store.users().create(AdminStore.actor(store, as), name, displayName, r, hash);
        }
      } else {
        created = store.users().create(AdminStore.actor(store, as), name, displayName, r, hash);
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("user", created.name());
      out.put("role", created.role().wireName());
      if (!passwordStdin) {
        out.put("password", password);
      }
      AdminStore.line(io.out(), out);
    } catch (AccessDeniedException e) {
      throw new UsageException("refused: " + as + " is not an installation admin");
    } catch (StoreException | IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    return ExitCodes.OK;
  }
}
