package ca.threadline.app.web;

import ca.threadline.app.web.auth.PasswordHasher;
import ca.threadline.core.selector.Selector;
import ca.threadline.evidence.store.BlobStore;
import ca.threadline.evidence.store.EvidenceHome;
import ca.threadline.extract.Extraction;
import ca.threadline.extract.Extractor;
import ca.threadline.extract.StandardExtractor;
import ca.threadline.store.Store;
import ca.threadline.store.StoreConfig;
import ca.threadline.store.access.EntityRef;
import ca.threadline.store.access.EntityType;
import ca.threadline.store.access.Role;
import ca.threadline.store.access.User;
import ca.threadline.store.document.DocumentInput;
import ca.threadline.store.document.DocumentKind;
import ca.threadline.store.document.ImageRef;
import ca.threadline.store.ingest.IngestResult;
import ca.threadline.store.ingest.IngestRun;
import ca.threadline.store.ingest.StoredRef;
import ca.threadline.store.link.Assignment;
import ca.threadline.store.link.CircuitStop;
import ca.threadline.store.link.ClusterRecord;
import ca.threadline.store.link.LinkUpdate;
import ca.threadline.store.link.NetworkRecord;
import ca.threadline.testkit.ads.AdGenerator;
import ca.threadline.testkit.ads.GeneratedAd;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * A case store for the workbench tests, built through the store API from the testkit's seeded ad
 * generator and the standard extractor: {@value #OPERATORS} synthetic operators, each advertising
 * {@value #ADS_PER_OPERATOR} ads with its own fictional phone along its own circuit of cities;
 * every operator is one network and one template cluster, with a circuit. Added on purpose:
 * hostile documents (script tags, event handlers, {@code javascript:} links, SVG payloads,
 * homoglyphs, in text, external ids, URLs, notes and tags), images (a drawn face in PNG, and an
 * SVG file carrying a script), a second case that only the outsider is in.
 *
 * <p>People: {@code admin} (installation admin, admin of the case), {@code ines} (investigator),
 * {@code remi} (reviewer), {@code otto} (investigator of the other case only). All passwords are
 * {@link #PASSWORD}.
 */
public final class CaseFixture implements AutoCloseable {
  public static final String PASSWORD = "correct horse battery staple";
  static final int OPERATORS = 6;
  static final int ADS_PER_OPERATOR = 18;
  static final long SEED = 20_261_129L;
  static final String[][] CIRCUITS = {
    {"Montréal, QC", "Laval, QC", "Gatineau, QC", "Ottawa, ON"},
    {"Toronto, ON", "Hamilton, ON", "London, ON", "Windsor, ON"},
    {"Québec, QC", "Trois-Rivières, QC", "Sherbrooke, QC"},
    {"Vancouver, BC", "Calgary, AB", "Edmonton, AB", "Regina, SK", "Winnipeg, MB"},
    {"Halifax, NS", "Moncton, NB", "Saint John, NB"},
    {"Ottawa, ON", "Kingston, ON", "Toronto, ON"},
  };
  /** Script payloads planted in documents; none of them may ever run in the workbench. */
  public static final List<String> HOSTILE = List.of(
      "<script>window.__pwned='script';document.title='PWNED'</script> Nouvelle à Montréal, call 514-555-0142 now",
      "Sweet <img src=x onerror=\"window.__pwned='img'\"> new in town 514 555 0142",
      "Click <a href=\"javascript:window.__pwned='js'\">here</a> or text 514.555.0142",
      "<svg onload=\"window.__pwned='svg'\"><script>window.__pwned='svg2'</script></svg> Тoronto 514-555-0142",
      "\"><script>window.__pwned='attr'</script><!-- 514-555-0142 --></textarea></title><style>*{}</style>");

  public final Path home;
  public final Store store;
  public final User admin;
  public final User investigator;
  public final User reviewer;
  public final User outsider;
  public final long caseId;
  public final long otherCaseId;
  public final List<Long> hostileIds = new ArrayList<>();
  public final Map<String, List<Long>> documentsByNetwork = new LinkedHashMap<>();
  public final String phoneOfFirstNetwork;
  public final long documentWithImage;
  public final String imageSha256;
  public final String svgSha256;
  public final long otherCaseDocument;
  public final long alertDocument;

  public CaseFixture(Path home) throws IOException {
    this.home = home;
    this.store = Store.open(StoreConfig.embedded(home));
    PasswordHasher hasher = new PasswordHasher(1024, 1, 1);
    String hash = hasher.hash(PASSWORD);
    this.admin = store.users().bootstrapAdmin("admin", "Ada Admin", hash);
    this.investigator = store.users().create(admin, "ines", "Inès Enquêtrice", Role.INVESTIGATOR, hash);
    this.reviewer = store.users().create(admin, "remi", "Rémi Réviseur", Role.REVIEWER, hash);
    this.outsider = store.users().create(admin, "otto", "Otto Outsider", Role.INVESTIGATOR, hash);
    this.caseId = store.cases().create(admin, "Operation Nord", "Synthetic escort and job ads, Québec–Ontario").id();
    store.cases().addMember(admin, caseId, investigator.id(), Role.INVESTIGATOR);
    store.cases().addMember(admin, caseId, reviewer.id(), Role.REVIEWER);
    this.otherCaseId = store.cases().create(outsider, "Operation Sud", "Another team's case").id();

    BlobStore blobs = new BlobStore(new EvidenceHome(home));
    this.imageSha256 = put(blobs, face());
    this.svgSha256 = put(blobs, ("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"window.__pwned='svgfile'\">"
        + "<script>window.__pwned='svgfile2'</script></svg>").getBytes(StandardCharsets.UTF_8));

    Extractor extractor = StandardExtractor.create();
    AdGenerator generator = new AdGenerator(SEED);
    SplittableRandom random = new SplittableRandom(SEED);
    List<DocumentInput> inputs = new ArrayList<>();
    Map<String, String> networkOf = new HashMap<>();
    Map<String, List<CircuitStop>> circuits = new LinkedHashMap<>();
    List<NetworkRecord> networks = new ArrayList<>();
    List<ClusterRecord> clusters = new ArrayList<>();
    Instant start = Instant.parse("2026-01-05T09:00:00Z");
    String firstPhone = null;
    for (int op = 0; op < OPERATORS; op++) {
      String network = "N" + (op + 1);
      String phone = String.format("+1%s5550%03d", op % 2 == 0 ? "514" : "416", 100 + op * 7);
      String shown = phone.substring(2, 5) + "-555-" + phone.substring(8);
      if (op == 0) {
        firstPhone = "phone:" + phone;
      }
      String[] circuit = CIRCUITS[op];
      List<CircuitStop> stops = new ArrayList<>();
      for (int i = 0; i < ADS_PER_OPERATOR; i++) {
        GeneratedAd ad = generator.next();
        int stop = i * circuit.length / ADS_PER_OPERATOR;
        Instant posted = start.plus(Duration.ofHours(op * 3L + i * 26L + random.nextInt(6)));
        String text = ad.text() + "\nTexto / text: " + shown;
        Extraction x = extractor.extract(text);
        List<ImageRef> images = op == 0 && i == 0 ? List.of(new ImageRef(imageSha256), new ImageRef(svgSha256)) : List.of();
        String id = network + "-" + ad.id();
        inputs.add(input(id, ad.kind().equals("job") ? DocumentKind.JOB_AD : DocumentKind.AD, text, x, posted, circuit[stop],
            images, null));
        networkOf.put(id, network);
        if (stops.isEmpty() || !stops.get(stops.size() - 1).city().equals(circuit[stop])) {
          stops.add(new CircuitStop(stops.size() + 1, circuit[stop], posted, posted, 0, List.of(phone.substring(2, 5))));
        }
        CircuitStop last = stops.remove(stops.size() - 1);
        stops.add(new CircuitStop(last.seq(), last.city(), last.firstAt(), posted, last.documentCount() + 1, last.areaCodes()));
      }
      circuits.put(network, stops);
      networks.add(new NetworkRecord(network, List.of("phone:" + phone), List.of()));
      clusters.add(new ClusterRecord("T" + (op + 1), "{\"template\":\"Nouvelle en ville <b>{1:location}</b>, appelle-moi au {2:phone}\","
          + "\"fixed_share\":0.62,\"slots\":[{\"slot\":1,\"type\":\"location\",\"ads\":" + ADS_PER_OPERATOR
          + ",\"distinct\":" + circuit.length + ",\"values\":[{\"value\":\"" + circuit[0] + "\",\"ads\":5}]},"
          + "{\"slot\":2,\"type\":\"phone\",\"ads\":" + ADS_PER_OPERATOR + ",\"distinct\":1,\"values\":[{\"value\":\"<script>x</script>\",\"ads\":3}]}]}"));
    }
    this.phoneOfFirstNetwork = firstPhone;
    for (int h = 0; h < HOSTILE.size(); h++) {
      String text = HOSTILE.get(h);
      String id = h == 4 ? "\"><img src=x onerror=window.__pwned='id'>.jpg" : "hostile-" + h;
      inputs.add(input(id, DocumentKind.AD, text, extractor.extract(text), start.plus(Duration.ofDays(h)), "Montréal, QC",
          List.of(), h == 2 ? "javascript:window.__pwned='url'" : "https://ads.example.org/<script>x</script>"));
      networkOf.put(id, "N1");
    }
    IngestRun run = store.ingest().begin(admin, caseId, "workbench test fixture");
    IngestResult result = store.ingest().store(admin, run, inputs);
    store.ingest().finish(admin, run);
    Map<String, Long> ids = new HashMap<>();
    for (StoredRef r : result.documents()) {
      ids.put(r.externalId(), r.documentId());
    }
    List<Assignment> assignments = new ArrayList<>();
    for (DocumentInput d : inputs) {
      String network = networkOf.get(d.externalId());
      String cluster = "T" + network.substring(1);
      assignments.add(new Assignment(d.externalId(), cluster, network));
      documentsByNetwork.computeIfAbsent(network, k -> new ArrayList<>()).add(ids.get(d.externalId()));
      if (d.externalId().startsWith("hostile") || d.externalId().startsWith("\"")) {
        hostileIds.add(ids.get(d.externalId()));
      }
    }
    store.links().apply(admin, caseId, new LinkUpdate(assignments, clusters, networks, circuits, List.of()));
    this.documentWithImage = ids.get(inputs.get(0).externalId());

    // New material hits a phone the case already had: an alert.
    IngestRun later = store.ingest().begin(investigator, caseId, "new material");
    String fresh = "Back in Montréal this week, texto " + firstPhone.substring(8, 11) + "-555-" + firstPhone.substring(14);
    this.alertDocument = store.ingest().store(investigator, later,
        List.of(input("later-1", DocumentKind.AD, fresh, extractor.extract(fresh), start.plus(Duration.ofDays(60)), "Montréal, QC",
            List.of(), null))).documents().get(0).documentId();
    store.ingest().finish(investigator, later);

    // Hostile notes and tags too.
    store.notes().addNote(investigator, caseId, EntityRef.of(EntityType.NETWORK, "N1"),
        "<script>window.__pwned='note'</script> same phone as in January");
    store.notes().tag(investigator, caseId, EntityRef.of(EntityType.NETWORK, "N1"), "<img src=x onerror=window.__pwned='tag'>");

    // The other case: one document only its members may see.
    IngestRun other = store.ingest().begin(outsider, otherCaseId, "other team");
    String secret = "SECRET-OTHER-CASE escort 613-555-0177";
    this.otherCaseDocument = store.ingest().store(outsider, other,
        List.of(input("other-1", DocumentKind.AD, secret, extractor.extract(secret), start, "Ottawa, ON", List.of(), null)))
        .documents().get(0).documentId();
    store.flushIndex();
  }

  private static DocumentInput input(String id, DocumentKind kind, String text, Extraction x, Instant posted, String city,
      List<ImageRef> images, String url) {
    Map<String, Double> scores = new LinkedHashMap<>();
    scores.put("sex_trafficking", x.scores().sexTrafficking().score());
    scores.put("forced_labour", (double) x.scores().forcedLabour().count());
    List<Selector> selectors = x.selectors();
    // The SHA-256 of the text stands for the evidence item's (the bytes as received), so dossiers list it.
    return new DocumentInput(id, kind, text, x.language().code(), posted, city, url, sha256(text), images, selectors,
        x.indicators(), scores);
  }

  static String sha256(String text) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String put(BlobStore blobs, byte[] bytes) throws IOException {
    var staged = blobs.stage(bytes, "fixture");
    blobs.adopt(staged);
    return staged.sha256();
  }

  /** A drawn face with sharp features, so that blurring is measurable. */
  static byte[] face() throws IOException {
    BufferedImage img = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 400, 300);
    g.setColor(new Color(240, 200, 160));
    g.fillOval(120, 40, 160, 210);
    g.setColor(Color.BLACK);
    g.fillOval(160, 110, 20, 20);
    g.fillOval(220, 110, 20, 20);
    g.fillRect(170, 200, 60, 8);
    for (int x = 0; x < 400; x += 8) {
      g.drawLine(x, 0, x, 20);
    }
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  @Override
  public void close() {
    store.close();
  }
}
