package ca.threadline.app.admin;

import ca.threadline.app.cli.UsageException;
import ca.threadline.store.Store;
import ca.threadline.store.StoreConfig;
import ca.threadline.store.StoreException;
import ca.threadline.store.access.Role;
import ca.threadline.store.access.User;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the user and case commands share: opening the store, naming the acting admin (every
 * change is made, checked and audited as a person, never anonymously), JSON output.
 */
final class AdminStore {
  static final ObjectMapper JSON = new ObjectMapper();

  private AdminStore() {}

  static Store open(Path home, String db) {
    try {
      return Store.open(StoreConfig.parse(home, db));
    } catch (StoreException | IllegalArgumentException e) {
      throw new UsageException("cannot open the store: " + e.getMessage());
    }
  }

  /** The user named by {@code --as}, who must exist and be enabled. */
  static User actor(Store store, String name) {
    User u = store.users().find(name).orElseThrow(() ->
        new UsageException("no user " + name + " to act as (name an existing user with --as)"));
    if (u.disabled()) {
      throw new UsageException("user " + name + " is disabled");
    }
    return u;
  }

  /** A case by name among the actor's cases, or by id (for an installation admin outside it). */
  static long caseId(Store store, User actor, String caseName, String as) {
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

  static Role role(String wire) {
    try {
      return Role.fromWire(wire);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--role must be admin, investigator or reviewer, not " + wire);
    }
  }

  static void line(PrintStream out, Map<String, ?> value) {
    try {
      out.println(JSON.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
