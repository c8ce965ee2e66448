package ca.threadline.bench;

import ca.threadline.core.indicator.Indicator;
import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.core.text.Span;
import ca.threadline.extract.Language;
import ca.threadline.extract.indicator.LexiconIndicatorFinder;
import ca.threadline.extract.lang.EnglishFrenchDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Language detection and indicator finding per ad, on 512 seeded synthetic ads of about 300
 * characters (escort and job ads, English, French and mixed, with indicator phrases, negations and
 * decoys, and an obfuscated phone selector on escort ads). Target: language + indicators well under
 * 40 µs per ad on one core.
 *
 * <pre>
 *   ./build -q -pl bench -am package -DskipTests
 *   java -cp 'bench/target/classes:bench/target/lib/*' org.openjdk.jmh.Main IndicatorFinderBench
 *   java -cp 'bench/target/classes:bench/target/lib/*' ca.threadline.bench.IndicatorFinderBench   # CPU time per ad
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class IndicatorFinderBench {
  private static final String[] ESCORT_EN = {
    "Sweet {N} {A}yo 💋 new in town, 100% real pics, no games. Incall downtown {C}, outcall to your hotel. Young, fresh and discreet, "
        + "she is available 24/7 for respectful gentlemen only. Text first, no blocked calls. Screening required for your safety. ",
    "{N}, {A} y/o latina 🌹🍒 visiting {C} this weekend only. Upscale companion, two girls available, duo on request. "
        + "Anything goes, satisfaction guaranteed. Call or text anytime, kisses! Deposits by e-transfer before booking. ",
  };
  private static final String[] ESCORT_FR = {
    "Nouvelle à {C} 💕 {N}, {A} ans, vraies photos, douce et coquine. Je reçois chez moi ou je me déplace à ton hôtel. "
        + "Disponible jour et nuit pour messieurs respectueux. Écris-moi d'abord, pas de numéro masqué. Bisous et à bientôt ",
    "{N} {A} ans, petite jeune métisse de passage pour quelques jours seulement à {C}. Elle est discrète et sans tabou, "
        + "plusieurs filles disponibles en duo. Appelle-moi vite, dernière chance cette semaine, je t'attends ",
  };
  private static final String[] JOB_EN = {
    "Farm labourers – {C}. Recruitment fee $2,800 before arrival, housing $550/month from pay. We hold passports during "
        + "the contract. No experience needed, high pay, leave next week. WhatsApp only. Work 12h/day, 7 days a week, {C} {A}. ",
    "Call centre agents wanted in {C}, customer service 24/7, ${A}/hr, benefits after 3 months. No fee, we never charge workers. "
        + "You keep your passport. Apply by email with your resume, interviews this week. Full time, day shifts, {C}. ",
  };
  private static final String[] JOB_FR = {
    "Cueilleurs de pommes – {C}. Logement 120$/semaine retenu sur la paie. Frais d'EIMT 3 000 $. Payé comptant à la fin de "
        + "la saison, pas de permis requis. Passeport gardé par l'agence. Contact Telegram seulement. {C}, {A} postes. ",
    "Préposés à l'entretien recherchés à {C}, {A} $ de l'heure, temps plein, sans frais de recrutement. Billet d'avion payé par "
        + "l'employeur, vous gardez votre passeport. Envoyez votre CV par courriel, entrevues cette semaine, {C}. ",
  };
  private static final String[] MIXED = {
    "Farm workers / ouvriers agricoles – {C} QC. Housing/logement $450/mois. Cash only, pas de permis requis. Urgent! "
        + "Start tomorrow / début immédiat. {C}, {A} places left, WhatsApp 438-555-0184. No English needed / pas besoin de français. ",
    "Hey! {N} ici 😘 {A} ans, new in town à {C}, real pics, vraies photos, outcall only. Text me or écris-moi, "
        + "disponible ce soir, sweet and discreet, no rush, bisous xoxo. Deposits by e-transfer only, thank you! ",
  };
  private static final String[] FILLERS = {
    "Thanks for reading my ad, serious inquiries only please. ",
    "Merci de lire mon annonce, demandes sérieuses seulement. ",
    "Parking available nearby, close to the subway station. ",
    "Stationnement gratuit tout près, accès facile en métro. ",
  };
  private static final String[] NAMES = {"Mia", "Léa", "Jade", "Kiki", "Amber", "Sofia", "Maëlle", "Ivy", "Luna", "Chloé"};
  private static final String[] CITIES = {"Toronto", "Montréal", "Laval", "Gatineau", "Calgary", "Lévis", "Moncton", "Halifax", "Regina", "Sherbrooke"};

  private EnglishFrenchDetector detector;
  private LexiconIndicatorFinder finder;
  private String[] ads;
  private List<List<Selector>> selectors;
  private int next;

  @Setup
  public void setup() {
    detector = EnglishFrenchDetector.standard();
    finder = LexiconIndicatorFinder.standard();
    SplittableRandom rnd = new SplittableRandom(20260601L);
    ads = new String[512];
    selectors = new ArrayList<>();
    for (int i = 0; i < ads.length; i++) {
      String name = NAMES[rnd.nextInt(NAMES.length)];
      String city = CITIES[rnd.nextInt(CITIES.length)];
      int n = 18 + rnd.nextInt(20);
      String text;
      List<Selector> sel = new ArrayList<>();
      String[] group =
          switch (i % 5) {
            case 0 -> ESCORT_EN;
            case 1 -> ESCORT_FR;
            case 2 -> JOB_EN;
            case 3 -> JOB_FR;
            default -> MIXED;
          };
      text = group[rnd.nextInt(group.length)].replace("{N}", name).replace("{C}", city).replace("{A}", Integer.toString(n))
          + FILLERS[rnd.nextInt(FILLERS.length)];
      if (i % 5 < 2) {
        String phone = "four one six 555 01" + (10 + rnd.nextInt(90));
        text = text + phone;
        sel.add(new Selector(SelectorType.PHONE, "+14165550199", new Span(text.length() - phone.length(), text.length()), List.of("mixed_words_digits", "number_words"), null));
      }
      ads[i] = text;
      selectors.add(sel);
    }
  }

  private int index() {
    int i = next;
    next = (i + 1) & (ads.length - 1);
    return i;
  }

  @Benchmark
  public Language language() {
    return detector.detect(ads[index()]);
  }

  @Benchmark
  public List<Indicator> indicators() {
    int i = index();
    return finder.find(ads[i], Language.UNDETERMINED, selectors.get(i));
  }

  @Benchmark
  public List<Indicator> languageAndIndicators() {
    int i = index();
    Language l = detector.detect(ads[i]);
    return finder.find(ads[i], l, selectors.get(i));
  }

  /**
   * CPU time per ad (thread CPU time, so other processes on a shared machine do not inflate it),
   * best of 8 rounds of 100,000 ads each, for the same three operations as the JMH methods.
   */
  public static void main(String[] args) {
    IndicatorFinderBench b = new IndicatorFinderBench();
    b.setup();
    double mean = java.util.Arrays.stream(b.ads).mapToInt(String::length).average().orElse(0);
    System.out.printf("%d ads, mean %.0f chars%n", b.ads.length, mean);
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    int n = 100_000;
    double bestLanguage = Double.MAX_VALUE;
    double bestIndicators = Double.MAX_VALUE;
    double bestBoth = Double.MAX_VALUE;
    long sink = 0;
    for (int round = 0; round < 8; round++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        sink += b.language().ordinal();
      }
      long t1 = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        sink += b.indicators().size();
      }
      long t2 = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < n; i++) {
        sink += b.languageAndIndicators().size();
      }
      long t3 = cpu.getCurrentThreadCpuTime();
      bestLanguage = Math.min(bestLanguage, (t1 - t0) / 1e3 / n);
      bestIndicators = Math.min(bestIndicators, (t2 - t1) / 1e3 / n);
      bestBoth = Math.min(bestBoth, (t3 - t2) / 1e3 / n);
    }
    System.out.printf("CPU µs/ad: language %.2f, indicators %.2f, language+indicators %.2f (%d)%n", bestLanguage, bestIndicators, bestBoth, sink % 10);
  }
}
