package ca.threadline.store.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster for tests: initdb into a temp directory, started on a free
 * loopback port with fsync off, stopped and deleted by {@link #close()} (and by a shutdown hook if
 * the JVM exits first). initdb refuses to run as root, so as root the cluster belongs to the
 * {@code postgres} user (directory owned by it, mode 700) and the tools run through runuser.
 */
public final class PostgresCluster implements AutoCloseable {
  private final Path binDir;
  private final Path dir;
  private final Path data;
  private final int port;
  private final boolean asPostgres;
  private final Thread hook;
  private final AtomicInteger databases = new AtomicInteger();
  private boolean stopped;

  private PostgresCluster(Path binDir, Path dir, int port, boolean asPostgres) {
    this.binDir = binDir;
    this.dir = dir;
    this.data = dir.resolve("data");
    this.port = port;
    this.asPostgres = asPostgres;
    this.hook = new Thread(this::stopQuietly, "postgres-test-cluster-stop");
  }

  /** The directory holding initdb and pg_ctl, or null when PostgreSQL is not installed. */
  public static Path findBinDir() {
    String env = System.getenv("THREADLINE_PG_BINDIR");
    if (env != null && Files.isExecutable(Path.of(env, "initdb"))) {
      return Path.of(env);
    }
    try {
      Process p = new ProcessBuilder("pg_config", "--bindir").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes()).strip();
      if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.isExecutable(Path.of(out, "initdb"))) {
        return Path.of(out);
      }
    } catch (IOException e) {
      // no pg_config: look in Debian's versioned folders
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        return versions
            .map(v -> v.resolve("bin"))
            .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
            .max(Comparator.comparing(b -> versionOf(b.getParent().getFileName().toString())))
            .orElse(null);
      } catch (IOException e) {
        return null;
      }
    }
    return null;
  }

  private static int versionOf(String name) {
    try {
      return Integer.parseInt(name.replaceAll("[^0-9].*", ""));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  public static PostgresCluster start(Path binDir) throws IOException, InterruptedException {
    boolean root = "root".equals(System.getProperty("user.name"));
    Path dir = Files.createTempDirectory("threadline-pg-");
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    if (root) {
      UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
      Files.setOwner(dir, users.lookupPrincipalByName("postgres"));
    }
    PostgresCluster cluster = new PostgresCluster(binDir, dir, freePort(), root);
    Runtime.getRuntime().addShutdownHook(cluster.hook);
    try {
      cluster.run("initdb", "-D", cluster.data.toString(), "-A", "trust", "-U", "threadline", "--no-sync",
          "-E", "UTF8", "--locale=C.UTF-8");
      cluster.run("pg_ctl", "-D", cluster.data.toString(), "-w", "-l", dir.resolve("server.log").toString(),
          "-o", "-p " + cluster.port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
    return cluster;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private void run(String tool, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    if (asPostgres) {
      cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    cmd.add(binDir.resolve(tool).toString());
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).directory(dir.toFile()).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException(tool + " did not finish in 120 s");
    }
    if (p.exitValue() != 0) {
      throw new IOException(tool + " failed (exit " + p.exitValue() + "): " + out);
    }
  }

  public int port() {
    return port;
  }

  /** The cluster's data directory (for tests that read the table files themselves). */
  public Path dataDirectory() {
    return data;
  }

  /** A fresh, empty database on this cluster; its JDBC URL (user threadline, trust auth). */
  public String newDatabase() throws SQLException {
    String name = "t" + databases.incrementAndGet();
    try (Connection c = DriverManager.getConnection(url("postgres"));
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return url(name);
  }

  public String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=threadline";
  }

  private synchronized void stopQuietly() {
    if (stopped) {
      return;
    }
    stopped = true;
    try {
      if (Files.exists(data.resolve("postmaster.pid"))) {
        run("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
      }
    } catch (IOException | InterruptedException e) {
      System.err.println("could not stop the test PostgreSQL cluster: " + e.getMessage());
    }
    deleteRecursively(dir);
  }

  private static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println("could not delete " + root + ": " + e.getMessage());
    }
  }

  @Override
  public void close() {
    stopQuietly();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs anyway
    }
  }
}
