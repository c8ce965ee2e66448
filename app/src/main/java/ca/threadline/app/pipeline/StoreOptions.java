package ca.threadline.app.pipeline;

import picocli.CommandLine.Option;

/**
 * Which case store a command works in and as whom: {@code --db} (the embedded H2 store under
 * {@code --home} by default, {@code jdbc:postgresql://…} for a team) and {@code --user}.
 *
 * <p>Every read and write of case data is made, checked and audited as a named person, also on
 * the command line. By default that person is the installation's administrator {@code admin};
 * on a fresh installation the first command that needs the store creates that account without a
 * password (it cannot sign in to the workbench until one is set with {@code threadline user
 * password admin}). Teams name themselves with {@code --user}.
 */
public final class StoreOptions {
  /** The acting user when {@code --user} is not given. */
  public static final String DEFAULT_USER = "admin";

  @Option(names = "--db", paramLabel = "URL", description = "Case store: jdbc:postgresql://... for a team store (default: the embedded store under --home).")
  String db;

  @Option(names = "--user", paramLabel = "NAME", description = "Who acts in the case store (default: " + DEFAULT_USER + ", the installation's administrator).")
  String user;

  public StoreOptions() {}

  public StoreOptions(String db, String user) {
    this.db = db;
    this.user = user;
  }

  public String db() {
    return db;
  }

  public String user() {
    return user == null || user.isBlank() ? DEFAULT_USER : user.strip();
  }

  /** True when the acting user was named explicitly. */
  public boolean userGiven() {
    return user != null && !user.isBlank();
  }
}
