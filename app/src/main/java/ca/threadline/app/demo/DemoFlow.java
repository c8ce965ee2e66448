package ca.threadline.app.demo;

import ca.threadline.app.cli.Cli;
import ca.threadline.app.cli.Io;
import ca.threadline.app.export.DossierExport;
import ca.threadline.app.export.ExportOptions;
import ca.threadline.app.pipeline.CaseAccess;
import ca.threadline.app.pipeline.StoreOptions;
import ca.threadline.core.selector.Selector;
import ca.threadline.extract.Extraction;
import ca.threadline.extract.Extractor;
import ca.threadline.extract.StandardExtractor;
import ca.threadline.store.Store;
import ca.threadline.store.StoreConfig;
import ca.threadline.store.access.Member;
import ca.threadline.store.access.Role;
import ca.threadline.store.access.User;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The newcomer's first minutes: builds a synthetic Canadian case and runs the whole of Threadline
 * on it, through the same commands an investigator uses.
 *
 * <ol>
 *   <li>a synthetic Bitcoin chain, imported, tagged and clustered ({@link DemoChain});
 *   <li>a case of bilingual escort-style ads from several operators and job ads with forced-labour
 *       signs, whose wallets exist on that chain ({@link DemoCorpus});
 *   <li>the accounts: a demo investigator and a reviewer with one-time passwords ({@link DemoUsers});
 *   <li>{@code threadline import} of the ads as evidence into case "Demo", as the investigator:
 *       custody log, extraction, case store, template clusters, networks, circuits, chain look-ups;
 *   <li>the report ({@code <home>/demo/report.md}: extraction quality against the generators'
 *       ground truth, and the case's largest networks) and the dossier of the largest network
 *       (HTML, and PDF when Chromium is installed).
 * </ol>
 */
public final class DemoFlow {
  public static final String CASE = "Demo";

  /** How big a case to make. */
  public record Options(long seed, int escortAds, int jobAds, boolean pdf, Path chromium) {}

  private final Path home;
  private final PrintStream err;

  public DemoFlow(Path home, PrintStream err) {
    this.home = home;
    this.err = err;
  }

  public DemoResult run(Options o) throws IOException {
    long t0 = System.nanoTime();
    Path dir = home.resolve("demo");
    Files.createDirectories(dir);
    err.printf("demo: generating a synthetic Bitcoin chain and importing it (seed %d)...%n", o.seed());
    List<String> wallets = DemoChain.build(home, dir.resolve("chain-generated"), o.seed(), err);
    err.printf("demo: generating %,d ads from several operators and %,d job ads, in English and French...%n", o.escortAds(), o.jobAds());
    List<DemoAd> ads = DemoCorpus.compose(o.seed(), o.escortAds(), o.jobAds(), wallets, dir.resolve("img"));
    Path adsFile = dir.resolve("ads.jsonl");
    DemoCorpus.write(ads, adsFile);
    List<DemoUser> users;
    try (Store store = Store.open(StoreConfig.embedded(home))) {
      users = DemoUsers.ensure(store, new DemoPasswords());
    }
    err.println("demo: importing them as evidence into case \"" + CASE + "\" as " + DemoUsers.INVESTIGATOR + " (custody log, extraction,"
        + " case store, linking, chain look-ups)...");
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    int code = Cli.commandLine(new Io(new ByteArrayInputStream(new byte[0]), quiet, err))
        .execute("import", adsFile.toString(), "--case", CASE, "--home", home.toString(), "--user", DemoUsers.INVESTIGATOR);
    if (code != 0) {
      throw new IllegalStateException("demo: the import failed with exit code " + code);
    }
    PipelineReport.Summary summary;
    try (Store store = Store.open(StoreConfig.embedded(home))) {
      User investigator = store.users().find(DemoUsers.INVESTIGATOR).orElseThrow();
      long caseId = CaseAccess.caseFor(store, investigator, CASE, false).caseId();
      User reviewer = store.users().find(DemoUsers.REVIEWER).orElseThrow();
      List<Member> members = store.cases().members(investigator, caseId);
      if (members.stream().noneMatch(m -> m.userId() == reviewer.id())) {
        store.cases().addMember(investigator, caseId, reviewer.id(), Role.REVIEWER);
      }
      summary = PipelineReport.render(store, investigator, caseId, CASE);
    }
    String extraction = extractionReport(ads, o.seed());
    Path report = dir.resolve("report.md");
    Files.writeString(report, summary.markdown() + "\n" + extraction, StandardCharsets.UTF_8);
    Path html = null;
    Path pdf = null;
    if (summary.largest() != null) {
      err.println("demo: writing the dossier of the largest network, " + summary.largest() + "...");
      html = dir.resolve("dossier-" + summary.largest() + ".html");
      Path pdfTarget = o.pdf() ? dir.resolve("dossier-" + summary.largest() + ".pdf") : null;
      ExportOptions eo = new ExportOptions(CASE, summary.largest(), html, false, null, new StoreOptions(null, DemoUsers.INVESTIGATOR));
      DossierExport.Result r = DossierExport.write(home, eo, summary.largest(), html, pdfTarget, o.chromium(),
          new Io(new ByteArrayInputStream(new byte[0]), quiet, err));
      pdf = r.pdf() == null ? null : r.pdf().file();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    return new DemoResult(home, CASE, users, adsFile, report, html, pdf, summary.largest(), summary.documents(), summary.networks(), seconds);
  }

  /** The extraction part of the report: what the extractor found against the generators' ground truth. */
  private static String extractionReport(List<DemoAd> ads, long seed) {
    Extractor extractor = StandardExtractor.create();
    long t0 = System.nanoTime();
    List<Extraction> found = ads.parallelStream().map(a -> extractor.extract(a.text())).toList();
    double seconds = (System.nanoTime() - t0) / 1e9;
    ExtractionSummary summary = new ExtractionSummary();
    SelectorScore score = new SelectorScore();
    Map<String, Long> scoredAds = new TreeMap<>();
    for (int i = 0; i < ads.size(); i++) {
      Extraction x = found.get(i);
      DemoAd ad = ads.get(i);
      summary.add(x);
      // Score only the types the ad's generator labels completely: a found value of another type
      // has no gold to meet and would read as a false positive (handle links in escort ads).
      Set<String> labelled = DemoCorpus.labelledTypes(ad.kind());
      labelled.forEach(t -> scoredAds.merge(t, 1L, Long::sum));
      List<String> keys = x.selectors().stream().map(Selector::key).filter(k -> labelled.contains(k.substring(0, k.indexOf(':')))).toList();
      score.add(keys, ad.gold(), ad.optional());
    }
    return ExtractionReport.render(summary, score, scoredAds, seed, seconds);
  }
}
