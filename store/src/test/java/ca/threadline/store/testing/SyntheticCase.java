package ca.threadline.store.testing;

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
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded synthetic ads and job ads in English and French, with their extraction (selectors and
 * indicators with exact spans) and the ground truth of which operator (network) and template
 * (cluster) wrote each one. Fictional data only: phones are NXX-555-01XX, names are invented.
 * The same seed gives the same case.
 */
public final class SyntheticCase {
  public static final IndicatorDefinition YOUTH = new IndicatorDefinition("youth_language",
      IndicatorDomain.SEX_TRAFFICKING, "Youth language", "Langage juvénile", 0.6, EvidenceStrength.PRACTICE,
      "test lexicon", "test");
  public static final IndicatorDefinition NEW_IN_TOWN = new IndicatorDefinition("new_in_town",
      IndicatorDomain.SEX_TRAFFICKING, "Newly arrived", "Nouvelle en ville", 0.4, EvidenceStrength.VALIDATED,
      "test lexicon", "test");
  public static final IndicatorDefinition FEE = new IndicatorDefinition("recruitment_fee",
      IndicatorDomain.FORCED_LABOUR, "Recruitment fee", "Frais de recrutement", 0.8, EvidenceStrength.OFFICIAL,
      "test lexicon (ILO-style)", "test");

  static final String[] CITIES = {"Montréal, QC", "Québec, QC", "Gatineau, QC", "Ottawa, ON", "Toronto, ON", "Laval, QC"};
  static final String[] CITY_NAMES = {"Montréal", "Québec", "Gatineau", "Ottawa", "Toronto", "Laval"};
  static final String[] AREA = {"514", "418", "819", "613", "416", "450"};
  static final String[] NAMES = {"Amber", "Lola", "Jade", "Chloé", "Maëlle", "Sky", "Nina", "Zoé"};
  static final Instant START = Instant.parse("2024-01-01T00:00:00Z");

  /** One operator: its phone, its home city index, its language and template. */
  public record Operator(int id, String phone, String display, int homeCity, boolean french, boolean jobs) {
    public String network() {
      return "N" + id;
    }

    public String cluster() {
      return "T" + id;
    }
  }

  private final SplittableRandom random;
  private final List<Operator> operators = new ArrayList<>();
  private final Map<String, Operator> truth = new HashMap<>();
  private int next;

  public SyntheticCase(long seed, int operatorCount) {
    this.random = new SplittableRandom(seed);
    for (int i = 0; i < operatorCount; i++) {
      int city = random.nextInt(CITIES.length);
      String area = AREA[city];
      String line = String.format("01%02d", random.nextInt(100));
      operators.add(new Operator(i, "+1" + area + "555" + line, area + "-555-" + line, city, random.nextBoolean(),
          i % 5 == 4));
    }
  }

  public List<Operator> operators() {
    return operators;
  }

  /** The operator that wrote a generated document. */
  public Operator operatorOf(String externalId) {
    return truth.get(externalId);
  }

  public List<DocumentInput> next(int n) {
    List<DocumentInput> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(next(operators.get(random.nextInt(operators.size()))));
    }
    return out;
  }

  public DocumentInput next(Operator op) {
    String id = "ad-" + (next++);
    truth.put(id, op);
    int cityIndex = random.nextInt(4) == 0 ? random.nextInt(CITIES.length) : op.homeCity();
    Instant posted = START.plus(Duration.ofHours(random.nextInt(24 * 365)));
    Text t = new Text();
    List<Selector> selectors = new ArrayList<>();
    List<Indicator> indicators = new ArrayList<>();
    String city = CITY_NAMES[cityIndex];
    DocumentKind kind = op.jobs() ? DocumentKind.JOB_AD : DocumentKind.AD;
    if (op.jobs()) {
      t.add("Hiring farm workers in ");
      selectors.add(new Selector(SelectorType.LOCATION, CITIES[cityIndex], t.add(city)));
      t.add(". Recruitment fee ");
      Span fee = t.spanOf(t.length() - "Recruitment fee ".length(), t.length() - 1);
      indicators.add(new Indicator(FEE, "Recruitment fee", fee));
      String price = Integer.toString(1000 + 100 * random.nextInt(20));
      Span p = t.add("$" + price);
      selectors.add(new Selector(SelectorType.PRICE, price, p, List.of(), "CAD"));
      t.add(" payable on arrival. Housing provided. Contact ");
      selectors.add(new Selector(SelectorType.PHONE, op.phone(), t.add(op.display())));
      t.add(" or recruit" + op.id() + "@example.org");
      selectors.add(new Selector(SelectorType.EMAIL, "recruit" + op.id() + "@example.org",
          t.spanOf(t.length() - ("recruit" + op.id() + "@example.org").length(), t.length())));
    } else if (op.french()) {
      Span nouvelle = t.add("Nouvelle");
      indicators.add(new Indicator(NEW_IN_TOWN, "Nouvelle", nouvelle));
      t.add(" à ");
      selectors.add(new Selector(SelectorType.LOCATION, CITIES[cityIndex], t.add(city)));
      t.add(", " + NAMES[random.nextInt(NAMES.length)] + " ");
      String age = Integer.toString(19 + random.nextInt(6));
      selectors.add(new Selector(SelectorType.AGE, age, t.add(age)));
      t.add(" ans, toute jeune et ");
      Span fraiche = t.add("fraîche");
      indicators.add(new Indicator(YOUTH, "fraîche", fraiche));
      t.add(". Disponible à l'heure, appelle au ");
      selectors.add(new Selector(SelectorType.PHONE, op.phone(), t.add(op.display())));
      t.add(". ");
      String price = Integer.toString(150 + 10 * random.nextInt(10));
      selectors.add(new Selector(SelectorType.PRICE, price, t.add(price), List.of(), "CAD"));
      t.add(" $ l'heure.");
    } else {
      t.add("New in town! ");
      indicators.add(new Indicator(NEW_IN_TOWN, "New in town", t.spanOf(0, 11)));
      t.add(NAMES[random.nextInt(NAMES.length)] + " visiting ");
      selectors.add(new Selector(SelectorType.LOCATION, CITIES[cityIndex], t.add(city)));
      t.add(", ");
      String age = Integer.toString(19 + random.nextInt(6));
      selectors.add(new Selector(SelectorType.AGE, age, t.add(age)));
      t.add(" yrs, sweet and ");
      indicators.add(new Indicator(YOUTH, "fresh", t.add("fresh")));
      t.add(" girls. Call ");
      selectors.add(new Selector(SelectorType.PHONE, op.phone(), t.add(op.display())));
      t.add(" anytime, ");
      String price = Integer.toString(150 + 10 * random.nextInt(10));
      selectors.add(new Selector(SelectorType.PRICE, price, t.add(price), List.of(), "CAD"));
      t.add(" roses per hour.");
    }
    if (random.nextInt(10) == 0) {
      String btc = "bc1q" + op.id() + "testaddress";
      t.add(" Deposit: ");
      selectors.add(new Selector(SelectorType.BTC, btc, t.add(btc)));
    }
    byte[] image = new byte[32];
    random.nextBytes(image);
    return new DocumentInput(id, kind, t.toString(), op.french() && !op.jobs() ? "fr" : "en", posted, city,
        "https://ads.example.org/" + id, null, List.of(new ImageRef(HexFormat.of().formatHex(image))), selectors,
        indicators, Map.of(op.jobs() ? "forced_labour" : "sex_trafficking", 0.5 + random.nextInt(50) / 100.0));
  }

  /** The ground-truth assignment of each document to its operator's cluster and network. */
  public List<Assignment> assignments(List<DocumentInput> docs) {
    return docs.stream()
        .map(d -> new Assignment(d.externalId(), truth.get(d.externalId()).cluster(), truth.get(d.externalId()).network()))
        .toList();
  }

  /** Appends text and returns the span of what was appended. */
  private static final class Text {
    private final StringBuilder b = new StringBuilder();

    Span add(String s) {
      int start = b.length();
      b.append(s);
      return new Span(start, b.length());
    }

    Span spanOf(int start, int end) {
      return new Span(start, end);
    }

    int length() {
      return b.length();
    }

    @Override
    public String toString() {
      return b.toString();
    }
  }
}
