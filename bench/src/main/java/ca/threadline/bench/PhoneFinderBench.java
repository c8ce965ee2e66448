package ca.threadline.bench;

import ca.threadline.core.selector.Selector;
import ca.threadline.extract.Language;
import ca.threadline.extract.phone.PhoneFinder;
import ca.threadline.testkit.ads.AdGenerator;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of {@link PhoneFinder} on one thread, in ads per second, over 4,096 ads cycled:
 *
 * <ul>
 *   <li>{@code corpus=testkit}: ads from the shared generator ({@link AdGenerator}, seed 1), the
 *       kind of bilingual escort and job ads the extractor is evaluated on;
 *   <li>{@code corpus=dense}: shorter ads (about 250 characters) built here, each with one or two
 *       fictional numbers (NXX-555-01XX), two thirds of them obfuscated, and two lines of decoys
 *       (prices, dates, times, measurements, postal codes, addresses, reference numbers, crypto
 *       addresses): phone work per character is higher than in real ads.
 * </ul>
 *
 * <p>Run: {@code ./build -q -pl bench -am package -DskipTests} then
 * {@code java -cp "bench/target/classes:bench/target/lib/*" org.openjdk.jmh.Main PhoneFinderBench -f 1 -wi 3 -i 5}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class PhoneFinderBench {
  private static final int ADS = 4096;

  @Param({"testkit", "dense"})
  public String corpus;

  private final PhoneFinder finder = new PhoneFinder();
  private final List<Selector> out = new ArrayList<>();
  private String[] ads;
  private int next;

  @Setup
  public void generate() {
    if (corpus.equals("testkit")) {
      AdGenerator generator = new AdGenerator(1);
      ads = new String[ADS];
      for (int i = 0; i < ADS; i++) {
        ads[i] = generator.next().text();
      }
    } else {
      ads = AdCorpus.generate(new SplittableRandom(20261129L), ADS);
    }
    long chars = 0;
    for (String ad : ads) {
      chars += ad.length();
    }
    System.out.printf("%n%s corpus: %d ads, mean length %d chars%n", corpus, ADS, chars / ADS);
  }

  /** One ad per call: ops/s is ads/s. */
  @Benchmark
  public int findPhonesInOneAd() {
    out.clear();
    finder.find(ads[next++ & (ADS - 1)], Language.UNDETERMINED, out);
    return out.size();
  }

  /** Deterministic ad-like texts with planted numbers and decoys. */
  static final class AdCorpus {
    private static final String[] AREA = {"204", "226", "250", "306", "403", "416", "418", "438",
        "450", "506", "514", "519", "581", "587", "604", "613", "647", "705", "709", "780", "807",
        "819", "867", "873", "902", "905"};
    private static final String[] OPENINGS = {
        "Hi gentlemen 💋 I'm Jessica, 23yo, sweet and discreet, new in town for a few days only.",
        "Salut 😘 moi c'est Léa, 24 ans, douce et coquine, disponible ce soir à Laval.",
        "Cleaners wanted in Edmonton, cash daily, no experience needed, housing provided.",
        "Ouvriers agricoles recherchés – Sherbrooke QC, logement 450$/mois retenu sur la paie.",
        "Gorgeous Latina 🌹 upscale companion, incall downtown Toronto, outcall available.",
        "Massage relaxant 💆 à Québec, ambiance zen, douche disponible, stationnement gratuit."};
    private static final String[] DECOYS = {"Rates: HH 140 / H 200 / 2H 400, $150/hh • $250/h.",
        "Available 9:30am-11:00pm, until May 8, open 24/7.", "5ft2 105lb 32-22-34, 36DD.",
        "Unit 732, 8674 Jasper Ave, N4T 6V1.", "du 4 au 8 décembre, 736 rue Sainte-Catherine Est.",
        "Application Ref. 2024-865-2634, fee 3 000 $.", "old number 572-3150 no longer works.",
        "BTC bc1qg86r25jttyw9f6qummtuwu2tadx69u9vec46mj accepted.", "Posted 2024-11-29, M7A 0L5."};
    private static final String[] CLOSINGS = {"No blocked calls, serious only. Kisses xx",
        "Texto seulement svp, pas d'appels masqués. Bisous", "Apply today, start tomorrow!",
        "Screening required, deposit first."};
    private static final String[] EN = {"zero", "one", "two", "three", "four", "five", "six",
        "seven", "eight", "nine"};
    private static final String[] FR = {"zéro", "un", "deux", "trois", "quatre", "cinq", "six",
        "sept", "huit", "neuf"};

    static String[] generate(SplittableRandom r, int n) {
      String[] out = new String[n];
      for (int i = 0; i < n; i++) {
        StringBuilder sb = new StringBuilder(OPENINGS[r.nextInt(OPENINGS.length)]).append('\n');
        sb.append(DECOYS[r.nextInt(DECOYS.length)]).append(' ');
        sb.append(DECOYS[r.nextInt(DECOYS.length)]).append('\n');
        sb.append(r.nextBoolean() ? "Call or text " : "Texto : ").append(phone(r)).append('\n');
        if (r.nextInt(3) == 0) {
          sb.append("Backup line ").append(phone(r)).append('\n');
        }
        sb.append(CLOSINGS[r.nextInt(CLOSINGS.length)]);
        out[i] = sb.toString();
      }
      return out;
    }

    private static String phone(SplittableRandom r) {
      String d = AREA[r.nextInt(AREA.length)] + "55501" + r.nextInt(10) + r.nextInt(10);
      String a = d.substring(0, 3);
      String b = d.substring(3, 6);
      String c = d.substring(6);
      return switch (r.nextInt(15)) {
        case 0, 1, 2 -> "(" + a + ") " + b + "-" + c;
        case 3, 4 -> a + "-" + b + "-" + c;
        case 5 -> "+1 " + a + " " + b + " " + c;
        case 6 -> String.join(" ", d.split(""));
        case 7 -> words(d, r.nextBoolean() ? EN : FR);
        case 8 -> d.replace('0', 'O').replaceFirst("1", "l");
        case 9 -> map(d, 0xFF10);
        case 10 -> map(d, 0x1D7CE);
        case 11 -> keycaps(d);
        case 12 -> a + "⭐" + b + "⭐" + c;
        case 13 -> a + "\n" + b + " " + c;
        default -> words(a, EN).replace(" ", "") + "-" + b + "-" + c;
      };
    }

    private static String words(String digits, String[] names) {
      StringBuilder sb = new StringBuilder();
      for (char c : digits.toCharArray()) {
        sb.append(sb.isEmpty() ? "" : " ").append(names[c - '0']);
      }
      return sb.toString();
    }

    private static String map(String digits, int zero) {
      StringBuilder sb = new StringBuilder();
      for (char c : digits.toCharArray()) {
        sb.appendCodePoint(zero + c - '0');
      }
      return sb.toString();
    }

    private static String keycaps(String digits) {
      StringBuilder sb = new StringBuilder();
      for (char c : digits.toCharArray()) {
        sb.append(c).append("\uFE0F\u20E3");
      }
      return sb.toString();
    }
  }
}
