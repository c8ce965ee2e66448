package ca.threadline.app.serve;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import ca.threadline.app.web.Workbench;
import ca.threadline.store.Store;
import ca.threadline.store.StoreConfig;
import ca.threadline.store.StoreException;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Serves the web workbench (search, documents, selectors, networks, graph, map) on the case store.",
      "Binds the loopback address by default: only this machine can connect. Prints the address on",
      "stderr and runs until stopped (Ctrl-C). Users and cases are managed with `threadline user`",
      "and `threadline case`; the first user of an installation is created with `threadline user add`."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./threadline serve",
      "  ./threadline serve --port 9090 --home /srv/threadline",
      "  ./threadline serve --bind 0.0.0.0 --secure-cookies   (behind a TLS proxy)",
      "  THREADLINE_TLS_PASSWORD=... ./threadline serve --bind 0.0.0.0 --port 8443 --tls-keystore server.p12",
      "  ./threadline serve --db jdbc:postgresql://db.local:5432/threadline?user=threadline"
    })
public final class ServeCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String bind;

  @Option(names = "--db", paramLabel = "URL", description = "jdbc:postgresql://... for a team store (default: the embedded store under --home).")
  String db;

  @Option(names = "--secure-cookies", description = "Mark cookies Secure although this server speaks plain HTTP (when a TLS proxy is in front).")
  boolean secureCookies;

  @Option(names = "--tls-keystore", paramLabel = "FILE", description = "Serve HTTPS only, with the certificate and key in this PKCS#12 file (password: $THREADLINE_TLS_PASSWORD).")
  java.nio.file.Path tlsKeystore;

  private final Io io;

  ServeCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new UsageException("--port must be 0..65535");
    }
    System.setProperty("java.awt.headless", "true");
    Store store;
    try {
      store = Store.open(StoreConfig.parse(home.path(), db));
    } catch (StoreException | IllegalArgumentException e) {
      throw new UsageException("cannot open the store: " + e.getMessage());
    }
    Workbench.Tls tls = null;
    if (tlsKeystore != null) {
      if (!java.nio.file.Files.isReadable(tlsKeystore)) {
        store.close();
        throw new UsageException("cannot read the key store " + tlsKeystore);
      }
      String pw = System.getenv("THREADLINE_TLS_PASSWORD");
      tls = new Workbench.Tls(tlsKeystore, pw == null ? "" : pw);
    }
    return serveUntilStopped(io, store, home.path(), bind, port, secureCookies, tls);
  }

  /**
   * Serves the workbench over an open store until the process is stopped (Ctrl-C, SIGTERM), then
   * closes the server and the store cleanly (H2 file, Lucene index). Prints the address on
   * stderr. {@code threadline demo} ends with this.
   */
  public static int serveUntilStopped(Io io, Store store, java.nio.file.Path home, String bind, int port,
      boolean secureCookies, Workbench.Tls tls) throws InterruptedException {
    return serveUntilStopped(io, store, home, bind, port, secureCookies, tls, address -> {});
  }

  /**
   * The same, telling {@code started} the address ({@code http://host:port/}) once it listens.
   * Also stops, closing the server and the store, when the serving thread is interrupted (an
   * in-process caller such as a test stops it that way).
   */
  public static int serveUntilStopped(Io io, Store store, java.nio.file.Path home, String bind, int port,
      boolean secureCookies, Workbench.Tls tls, java.util.function.Consumer<String> started) throws InterruptedException {
    Workbench w;
    try {
      w = start(store, home, bind, port, secureCookies, tls);
    } catch (RuntimeException e) {
      store.close();
      throw new UsageException("cannot listen on " + bind + ":" + port + ": " + e.getMessage());
    }
    String address = url(bind, w.port());
    String shown = tls == null ? address : address.replace("http:", "https:");
    io.err().println("threadline serve: workbench at " + shown + " (Ctrl-C to stop)");
    if (tls == null && !bind.equals("127.0.0.1") && !bind.equals("localhost") && !bind.equals("::1")) {
      io.err().println("threadline serve: listening beyond this machine on " + bind + "; use --tls-keystore or a TLS proxy (see docs/workbench.md)");
    }
    AtomicBoolean closed = new AtomicBoolean();
    Runnable stop = () -> {
      if (closed.compareAndSet(false, true)) {
        try {
          w.close();
        } finally {
          store.close();
        }
      }
    };
    Thread hook = new Thread(stop, "threadline-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      started.accept(shown);
      new CountDownLatch(1).await();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running or will run: it closes everything
      }
      stop.run();
    }
    return ExitCodes.OK;
  }

  /** Starts the workbench over an open store (also used by {@code threadline demo}). */
  public static Workbench start(Store store, java.nio.file.Path home, String bind, int port, boolean secureCookies) {
    return start(store, home, bind, port, secureCookies, null);
  }

  /** The same, over HTTPS only when {@code tls} is given. */
  public static Workbench start(Store store, java.nio.file.Path home, String bind, int port, boolean secureCookies,
      Workbench.Tls tls) {
    System.setProperty("java.awt.headless", "true");
    return Workbench.start(Workbench.services(store, home, Clock.systemUTC(), secureCookies), bind, port, tls);
  }

  public static String url(String bind, int port) {
    String host = bind.equals("0.0.0.0") || bind.equals("::") ? "127.0.0.1" : bind.contains(":") ? "[" + bind + "]" : bind;
    return "http://" + host + ":" + port + "/";
  }
}
