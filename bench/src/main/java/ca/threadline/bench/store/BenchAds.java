package ca.threadline.bench.store;

import ca.threadline.core.indicator.EvidenceStrength;
import ca.threadline.core.indicator.Indicator;
import ca.threadline.core.indicator.IndicatorDefinition;
import ca.threadline.core.indicator.IndicatorDomain;
import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.core.text.Span;
import ca.threadline.store.document.DocumentInput;
import ca.threadline.store.document.DocumentKind;
import ca.threadline.store.document.ImageRef;
import ca.threadline.store.link.Assignment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded synthetic ads at benchmark scale (fictional: NXX-555-01XX phones, invented names). Each
 * ad carries its extraction with exact spans, like the pipeline's output; operators (networks)
 * have Zipf-like sizes so that a million ads include networks of a few ads and of thousands.
 */
final class BenchAds {
  static final IndicatorDefinition YOUTH = def("youth_language", IndicatorDomain.SEX_TRAFFICKING, 0.6, EvidenceStrength.PRACTICE);
  static final IndicatorDefinition NEW_IN_TOWN = def("new_in_town", IndicatorDomain.SEX_TRAFFICKING, 0.4, EvidenceStrength.VALIDATED);
  static final IndicatorDefinition FEE = def("recruitment_fee", IndicatorDomain.FORCED_LABOUR, 0.8, EvidenceStrength.OFFICIAL);
  static final String[] CITIES = {"Montréal", "Québec", "Gatineau", "Ottawa", "Toronto", "Laval", "Longueuil", "Sherbrooke",
      "Trois-Rivières", "Vancouver", "Calgary", "Winnipeg", "Halifax", "Moncton", "Saguenay", "Hamilton"};
  static final String[] PROV = {"QC", "QC", "QC", "ON", "ON", "QC", "QC", "QC", "QC", "BC", "AB", "MB", "NS", "NB", "QC", "ON"};
  static final String[] AREA = {"514", "418", "819", "613", "416", "450", "438", "873", "819", "604", "403", "204", "902",
      "506", "581", "905"};
  static final String[] NAMES = {"Amber", "Lola", "Jade", "Chloé", "Maëlle", "Sky", "Nina", "Zoé", "Mia", "Léa", "Ruby", "Élodie"};
  static final String[] EN_EXTRA = {"discreet", "upscale", "private", "party friendly", "outcalls available", "downtown",
      "near the airport", "quick visits", "all night", "best service"};
  static final String[] FR_EXTRA = {"discrète", "haut de gamme", "privé", "sorties possibles", "centre-ville",
      "près de l'aéroport", "visite rapide", "toute la nuit", "service impeccable", "sans pression"};
  static final Instant START = Instant.parse("2023-01-01T00:00:00Z");

  record Operator(int id, String phone, String display, int home, boolean french, boolean jobs, String btc) {}

  private final SplittableRandom random;
  private final List<Operator> operators = new ArrayList<>();
  private final double[] cumulative;
  private int next;

  BenchAds(long seed, int operatorCount) {
    random = new SplittableRandom(seed);
    cumulative = new double[operatorCount];
    double sum = 0;
    for (int i = 0; i < operatorCount; i++) {
      int home = random.nextInt(CITIES.length);
      String line = String.format("01%02d", random.nextInt(100));
      String exchange = "555";
      operators.add(new Operator(i, "+1" + AREA[home] + exchange + line, AREA[home] + "-" + exchange + "-" + line, home,
          random.nextInt(3) == 0, i % 7 == 6, random.nextInt(8) == 0 ? "bc1q" + Integer.toString(i, 36) + "benchaddr" : null));
      sum += 1.0 / Math.pow(i + 1, 0.9); // Zipf-like: a few large operations, a long tail of small ones
      cumulative[i] = sum;
    }
    for (int i = 0; i < operatorCount; i++) {
      cumulative[i] /= sum;
    }
  }

  Operator pick() {
    double u = random.nextDouble();
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] < u) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return operators.get(lo);
  }

  List<Operator> operators() {
    return operators;
  }

  /** The next ad and its ground-truth assignment. */
  record Ad(DocumentInput input, Assignment assignment) {}

  Ad next() {
    Operator op = pick();
    String id = "b" + (next++);
    int city = random.nextInt(3) == 0 ? random.nextInt(CITIES.length) : op.home();
    Instant posted = START.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 730)));
    StringBuilder t = new StringBuilder(300);
    List<Selector> sel = new ArrayList<>();
    List<Indicator> ind = new ArrayList<>();
    if (op.jobs()) {
      t.append("Hiring workers in ");
      sel.add(new Selector(SelectorType.LOCATION, CITIES[city] + ", " + PROV[city], span(t, CITIES[city])));
      t.append(". ");
      ind.add(new Indicator(FEE, "Recruitment fee", span(t, "Recruitment fee")));
      String fee = Integer.toString(1000 + 100 * random.nextInt(30));
      t.append(" $");
      sel.add(new Selector(SelectorType.PRICE, fee, span(t, fee), List.of(), "CAD"));
      t.append(" payable on arrival, housing provided, ").append(EN_EXTRA[random.nextInt(EN_EXTRA.length)]).append(". Call ");
    } else if (op.french()) {
      ind.add(new Indicator(NEW_IN_TOWN, "Nouvelle", span(t, "Nouvelle")));
      t.append(" à ");
      sel.add(new Selector(SelectorType.LOCATION, CITIES[city] + ", " + PROV[city], span(t, CITIES[city])));
      t.append(", ").append(NAMES[random.nextInt(NAMES.length)]).append(' ');
      String age = Integer.toString(19 + random.nextInt(8));
      sel.add(new Selector(SelectorType.AGE, age, span(t, age)));
      t.append(" ans, ");
      ind.add(new Indicator(YOUTH, "toute jeune", span(t, "toute jeune")));
      t.append(", ").append(FR_EXTRA[random.nextInt(FR_EXTRA.length)]).append(", disponible à l'heure. ");
      String price = Integer.toString(120 + 10 * random.nextInt(15));
      sel.add(new Selector(SelectorType.PRICE, price, span(t, price), List.of(), "CAD"));
      t.append(" $ l'heure. Texte au ");
    } else {
      ind.add(new Indicator(NEW_IN_TOWN, "New in town", span(t, "New in town")));
      t.append("! ").append(NAMES[random.nextInt(NAMES.length)]).append(" visiting ");
      sel.add(new Selector(SelectorType.LOCATION, CITIES[city] + ", " + PROV[city], span(t, CITIES[city])));
      t.append(", ");
      String age = Integer.toString(19 + random.nextInt(8));
      sel.add(new Selector(SelectorType.AGE, age, span(t, age)));
      t.append(" yrs, sweet and ");
      ind.add(new Indicator(YOUTH, "fresh", span(t, "fresh")));
      t.append(", ").append(EN_EXTRA[random.nextInt(EN_EXTRA.length)]).append(". ");
      String price = Integer.toString(120 + 10 * random.nextInt(15));
      sel.add(new Selector(SelectorType.PRICE, price, span(t, price), List.of(), "CAD"));
      t.append(" roses/hr. Call ");
    }
    sel.add(new Selector(SelectorType.PHONE, op.phone(), span(t, op.display())));
    if (op.btc() != null && random.nextInt(4) == 0) {
      t.append(". Deposit ");
      sel.add(new Selector(SelectorType.BTC, op.btc(), span(t, op.btc())));
    }
    t.append('.');
    byte[] img = new byte[32];
    random.nextBytes(img);
    DocumentInput d = new DocumentInput(id, op.jobs() ? DocumentKind.JOB_AD : DocumentKind.AD, t.toString(),
        op.french() ? "fr" : "en", posted, CITIES[city], "https://ads.example.org/" + id, null,
        List.of(new ImageRef(HexFormat.of().formatHex(img))), sel, ind,
        Map.of(op.jobs() ? "forced_labour" : "sex_trafficking", random.nextInt(100) / 100.0));
    return new Ad(d, new Assignment(id, "T" + op.id(), "N" + op.id()));
  }

  private static Span span(StringBuilder t, String s) {
    int start = t.length();
    t.append(s);
    return new Span(start, t.length());
  }

  private static IndicatorDefinition def(String code, IndicatorDomain domain, double weight, EvidenceStrength s) {
    return new IndicatorDefinition(code, domain, code, code, weight, s, "benchmark lexicon", "benchmark");
  }
}
