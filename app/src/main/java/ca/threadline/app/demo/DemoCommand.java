package ca.threadline.app.demo;

import ca.threadline.app.cli.ExitCodes;
import ca.threadline.app.cli.HomeOption;
import ca.threadline.app.cli.Io;
import ca.threadline.app.cli.UsageException;
import ca.threadline.app.pipeline.CaseAccess;
import ca.threadline.app.serve.ServeCommand;
import ca.threadline.store.Store;
import ca.threadline.store.StoreConfig;
import ca.threadline.store.StoreException;
import ca.threadline.store.access.User;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Generates a synthetic bilingual Canadian case and runs all of Threadline on it, end to end.",
      "Ads from several operators touring Canadian cities, job ads with forced-labour signs, and wallets",
      "on a generated Bitcoin chain go through evidence import, extraction, the case store, linking",
      "(template clusters, networks, circuits) and chain look-ups into case \"Demo\"; a demo investigator",
      "and a reviewer get one-time passwords (printed on the console). Writes <home>/demo/report.md and",
      "the dossier of the largest network (HTML, and PDF when Chromium is installed), and prints",
      "{\"report\",\"dossier\",...}. Then, unless --no-serve, serves the workbench over that home (loopback,",
      "port 8080 by default) and prints its address and the demo sign-ins; Ctrl-C stops it. Everything in it",
      "is invented by seeded generators: no real person's data."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  ./threadline demo", "  ./threadline demo --port 0 --home /tmp/tl-demo", "  ./threadline demo --no-serve --home /tmp/tl-demo",
      "  ./threadline demo --no-serve --ads 2000 --seed 7"})
public final class DemoCommand implements Callable<Integer> {
  @Mixin HomeOption home;

  @Option(names = "--no-serve", description = "Stop after writing the report and the dossier instead of serving the workbench.")
  boolean noServe;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Workbench TCP port (default: ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1", description = "Workbench address (default: ${DEFAULT-VALUE}, this machine only).")
  String bind;

  @Option(names = "--ads", paramLabel = "N", defaultValue = "600", description = "Escort-style ads to generate (default: ${DEFAULT-VALUE}).")
  int ads;

  @Option(names = "--job-ads", paramLabel = "N", defaultValue = "80", description = "Job ads to generate (default: ${DEFAULT-VALUE}).")
  int jobAds;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "2026", description = "Generator seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--no-pdf", description = "Write the dossier as HTML only.")
  boolean noPdf;

  @Option(names = "--chromium", paramLabel = "PATH", defaultValue = "/usr/bin/chromium", description = "Chromium for the PDF (default: ${DEFAULT-VALUE}).")
  Path chromium;

  private final Io io;

  DemoCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (ads < 10 || jobAds < 0) {
      throw new UsageException("--ads must be at least 10 and --job-ads at least 0");
    }
    if (port < 0 || port > 65535) {
      throw new UsageException("--port must be 0..65535");
    }
    DemoResult r = new DemoFlow(home.path(), io.err()).run(new DemoFlow.Options(seed, ads, jobAds, !noPdf, chromium));
    io.err().println();
    io.err().printf(Locale.ROOT, "demo: case \"%s\": %,d documents, %,d networks; largest %s. Done in %.1f s.%n", r.caseName(), r.documents(),
        r.networks(), r.largestNetwork(), r.seconds());
    io.err().println("demo: report:  " + r.report());
    if (r.dossierHtml() != null) {
      io.err().println("demo: dossier: " + r.dossierHtml() + (r.dossierPdf() == null ? "" : " and " + r.dossierPdf()));
    }
    io.err().println("demo: sign in to the workbench with (one-time passwords, shown only now; change them after signing in):");
    for (DemoUser u : r.users()) {
      io.err().printf(Locale.ROOT, "  %-18s %-18s %s%n", u.name(), u.password() == null ? "(password unchanged)" : u.password(), u.role());
    }
    ObjectNode o = new ObjectMapper().createObjectNode();
    o.put("report", r.report().toString());
    o.put("dossier", r.dossierHtml() == null ? null : r.dossierHtml().toString());
    o.put("dossier_pdf", r.dossierPdf() == null ? null : r.dossierPdf().toString());
    o.put("case", r.caseName());
    o.put("network", r.largestNetwork());
    o.put("documents", r.documents());
    o.put("networks", r.networks());
    o.put("ads", r.adsFile().toString());
    ArrayNode users = o.putArray("users");
    r.users().forEach(u -> users.add(u.name()));
    o.put("seconds", Math.round(r.seconds() * 10) / 10.0);
    // Printed before serving, so that a script reads it while the workbench runs.
    io.out().println(o);
    io.out().flush();
    if (!noServe) {
      serve(r);
    }
    return ExitCodes.OK;
  }

  /**
   * Serves the workbench over {@code r.home()} until stopped (Ctrl-C), printing where to sign in
   * and, once it listens, the address of the largest network's page.
   */
  private void serve(DemoResult r) throws InterruptedException {
    Store store;
    try {
      store = Store.open(StoreConfig.embedded(r.home()));
    } catch (StoreException e) {
      throw new UsageException("cannot open the demo's case store: " + e.getMessage());
    }
    String page;
    try {
      User investigator = store.users().find(DemoUsers.INVESTIGATOR).orElseThrow();
      long caseId = CaseAccess.caseFor(store, investigator, r.caseName(), false).caseId();
      page = "cases/" + caseId + (r.largestNetwork() == null ? "" : "/networks/" + r.largestNetwork());
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    ServeCommand.serveUntilStopped(io, store, r.home(), bind, port, false, null, address -> {
      io.err().println("demo: the workbench is at " + address + " — sign in as " + DemoUsers.INVESTIGATOR + " (or "
          + DemoUsers.REVIEWER + ", read-only) with the password above");
      io.err().println("demo: largest network: " + address + page);
      io.err().println("demo: Ctrl-C stops the workbench; the case stays in " + r.home()
          + " (./threadline serve --home " + r.home() + " serves it again)");
    });
  }
}
