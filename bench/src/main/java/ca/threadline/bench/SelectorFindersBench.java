package ca.threadline.bench;

import ca.threadline.core.selector.Selector;
import ca.threadline.extract.Extractor;
import ca.threadline.extract.Language;
import ca.threadline.extract.SelectorFinder;
import ca.threadline.extract.StandardExtractor;
import ca.threadline.extract.age.AgeFinder;
import ca.threadline.extract.crypto.BtcFinder;
import ca.threadline.extract.crypto.EthFinder;
import ca.threadline.extract.email.EmailFinder;
import ca.threadline.extract.handle.HandleFinder;
import ca.threadline.extract.location.LocationFinder;
import ca.threadline.extract.price.PriceFinder;
import ca.threadline.extract.url.UrlFinder;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the selector finders, in ads per second: each benchmark runs one finder (or all of
 * them, or the whole {@link StandardExtractor}) over {@value #ADS} synthetic bilingual ads (escort
 * and job ads with planted emails, handles, links, crypto addresses, ages, places and prices, and
 * their decoys), so one operation is one ad. Run with {@code -t 2} for the two-core figure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SelectorFindersBench {
  static final int ADS = 1000;

  private List<String> ads;
  private final SelectorFinder email = new EmailFinder();
  private final SelectorFinder handle = new HandleFinder();
  private final SelectorFinder url = new UrlFinder();
  private final SelectorFinder btc = new BtcFinder();
  private final SelectorFinder eth = new EthFinder();
  private final SelectorFinder age = new AgeFinder();
  private final SelectorFinder location = new LocationFinder();
  private final SelectorFinder price = new PriceFinder();
  private final List<SelectorFinder> all = List.of(email, handle, url, btc, eth, age, location, price);
  private Extractor standard;

  @Setup
  public void setUp() {
    ads = SyntheticAds.generate(ADS, 42L);
    standard = StandardExtractor.create();
  }

  private void run(SelectorFinder f, Blackhole bh) {
    for (String ad : ads) {
      List<Selector> out = new ArrayList<>(4);
      f.find(ad, Language.UNDETERMINED, out);
      bh.consume(out);
    }
  }

  @Benchmark @OperationsPerInvocation(ADS) public void email(Blackhole bh) { run(email, bh); }
  @Benchmark @OperationsPerInvocation(ADS) public void handle(Blackhole bh) { run(handle, bh); }
  @Benchmark @OperationsPerInvocation(ADS) public void url(Blackhole bh) { run(url, bh); }
  @Benchmark @OperationsPerInvocation(ADS) public void btc(Blackhole bh) { run(btc, bh); }
  @Benchmark @OperationsPerInvocation(ADS) public void eth(Blackhole bh) { run(eth, bh); }
  @Benchmark @OperationsPerInvocation(ADS) public void age(Blackhole bh) { run(age, bh); }
  @Benchmark @OperationsPerInvocation(ADS) public void location(Blackhole bh) { run(location, bh); }
  @Benchmark @OperationsPerInvocation(ADS) public void price(Blackhole bh) { run(price, bh); }

  /** The eight finders above, one after the other on each ad. */
  @Benchmark
  @OperationsPerInvocation(ADS)
  public void allEight(Blackhole bh) {
    for (String ad : ads) {
      List<Selector> out = new ArrayList<>(8);
      for (SelectorFinder f : all) {
        f.find(ad, Language.UNDETERMINED, out);
      }
      bh.consume(out);
    }
  }

  /** {@link StandardExtractor}: every registered finder (phones included once merged), dedup and sort. */
  @Benchmark
  @OperationsPerInvocation(ADS)
  public void standardExtractor(Blackhole bh) {
    for (String ad : ads) {
      bh.consume(standard.extract(ad));
    }
  }

  /**
   * Seeded synthetic ads in English and French, written for this benchmark (no real person's
   * data): fictional 555-01XX numbers, made-up names, handles and mailboxes, addresses from the
   * BIP/EIP test vectors, and the decoys the finders must skip (24/7, 18+, experience, dates).
   */
  static final class SyntheticAds {
    private static final String[] NAMES = {"Maya", "Léa", "Luna", "Dahlia", "Sasha", "Justine", "Aria", "Coralie",
        "Skye", "Raven", "Myriam", "Frédérique", "Elle", "Maëlle", "Kali", "Amira", "Ivy", "Jasmine", "Bella", "Gigi"};
    private static final String[] CITIES = {"Toronto", "Montréal", "Montreal", "Gatineau", "Thunder Bay", "Moncton",
        "Barrie", "Lévis", "ville de Québec", "Edmonton", "St. John's", "Sherbrooke QC", "Windsor", "Saskatoon",
        "Charlottetown", "Drummondville", "Regina", "Trois Rivières", "Hamilton", "Brampton", "Victoria, B.C.",
        "Kitchener", "Iqaluit", "Calgary", "Halifax", "Vancouver", "Saint John, NB", "T.O.", "Laval", "Mtl"};
    private static final String[] EN = {
      "Hi gentlemen, %NAME% here %EMOJI% %AGE_EN%\nNew in %CITY% this week, 24/7 available\n%PRICE_EN%\n%CONTACT%",
      "%NAME% %AGE_EN% • %CITY%\n%PHONE%\n%PRICE_EN%\nall clients must be 18+, screening required",
      "Cleaners wanted in %CITY%, cash daily, since 2019, 5 years experience preferred\n$17/hr\n%CONTACT%",
      "Farm labourers – %CITY%\nRecruitment fee $2,800 before arrival, housing $550/month from pay.\n%CONTACT%",
      "Deposits: %CRYPTO%\n%NAME% %AGE_EN%, %CITY%\nignore old typo 32cSzrLzzzeokkhvAhTwk8ghNJFBdG3gS5",
    };
    private static final String[] FR = {
      "Nouvelle à %CITY% %EMOJI% %NAME%, %AGE_FR%\n%PHONE%\n%PRICE_FR%\n%CONTACT%",
      "%NAME% %AGE_FR%\n%CITY% ce week-end\n%PRICE_FR%\nOuvert 24/7, du 4 au 8 décembre",
      "Cueilleurs de pommes – %CITY%\nLogement 120$/semaine retenu sur la paie.\nFrais d'EIMT 3 000 $, 3 ans d'expérience\n%CONTACT%",
      "Préposé(e) à l'entretien – %CITY%\nPayé comptant, passeport gardé par l'agence.\n%CONTACT%",
    };
    private static final String[] CONTACTS = {
      "Insta: @%HANDLE% | SC - %HANDLE%2", "kik: %HANDLE%7 • tiktok @%HANDLE%", "https://t.me/%HANDLE%64",
      "onlyfans.com/%HANDLE%_xo", "%HANDLE% at gmail dot com", "%HANDLE%.emplois@hotmail.ca",
      "%HANDLE% (at) live (dot) ca", "%HANDLE% arobase outlook point com", "twitter @%HANDLE% | 📸 IG: %HANDLE%",
      "Texto seulement : +1-506-5550165", "WhatsApp 226-555-0132", "Telegram: %HANDLE%_silk",
    };
    private static final String[] CRYPTO = {
      "BTC 1PixFMgLb7kgqULCwrB2FwJtGKz3tqcS4B or bc1qg86r25jttyw9f6qummtuwu2tadx69u9vec46mj",
      "BTC bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0 / 3F9DHMY4oP1u4twkRQmxGRmJtkXB7XGtcy",
      "ETH 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed, old 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD",
    };
    private static final String[] EMOJI = {"💋", "💕", "🌹", "😘", "✨", "🍒"};

    static List<String> generate(int n, long seed) {
      SplittableRandom r = new SplittableRandom(seed);
      List<String> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        boolean fr = r.nextInt(3) == 0;
        String t = fr ? FR[r.nextInt(FR.length)] : EN[r.nextInt(EN.length)];
        String name = NAMES[r.nextInt(NAMES.length)];
        String handle = name.toLowerCase().replaceAll("[^a-z]", "") + (char) ('a' + r.nextInt(26)) + r.nextInt(100);
        int age = 18 + r.nextInt(30);
        String[] ageEn = {age + "yo", age + " y/o", age + " years old", "age " + age, age + "yrs"};
        String[] ageFr = {age + " ans", "j'ai " + age + " ans", age + "ans", "âge : " + age};
        int hh = 100 + 10 * r.nextInt(15);
        String[] priceEn = {"$" + hh + "/hh • $" + (hh + 100) + "/h", hh + " roses hh", "HH " + hh + " / H " + (hh + 80)};
        String[] priceFr = {(hh + 100) + " $ l'heure", (hh * 4) + "$ la nuit"};
        String phone = String.format("(%d) 555-01%02d", new int[] {416, 514, 403, 902, 873}[r.nextInt(5)], r.nextInt(100));
        out.add(t.replace("%CONTACT%", CONTACTS[r.nextInt(CONTACTS.length)])
            .replace("%CRYPTO%", CRYPTO[r.nextInt(CRYPTO.length)])
            .replace("%NAME%", name)
            .replace("%HANDLE%", handle)
            .replace("%CITY%", CITIES[r.nextInt(CITIES.length)])
            .replace("%AGE_EN%", ageEn[r.nextInt(ageEn.length)])
            .replace("%AGE_FR%", ageFr[r.nextInt(ageFr.length)])
            .replace("%PRICE_EN%", priceEn[r.nextInt(priceEn.length)])
            .replace("%PRICE_FR%", priceFr[r.nextInt(priceFr.length)])
            .replace("%PHONE%", phone)
            .replace("%EMOJI%", EMOJI[r.nextInt(EMOJI.length)]));
      }
      return out;
    }
  }
}
