package ca.threadline.testkit.corpus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Generates a synthetic corpus of escort-style ads (English, French, mixed) with gold template and
 * operator labels, for tuning and testing the linking engine. Nothing in it comes from real ads or
 * real people: phrases are invented, phones are fictional {@code NPA-555-01XX}, e-mails use
 * {@code example.*}, crypto addresses belong to no key.
 *
 * <p>The cast: operators with heavy-tailed sizes (Pareto, α = 1.2, at least 3 ads, capped at
 * {@code max(30, ads/25)}), each with 1–3 templates, 1–4 personas (names and ages) and 1–4 phones
 * rotated over time, touring a circuit of cities over up to ten weeks; and independent posters
 * (1–3 ads each) who write from the same genre phrases ("new in town", "nouvelle en ville",
 * "disponible 24/7") — the hard negatives. Multi-template operators tie their templates by a phone,
 * an obfuscated phone, an e-mail, a handle or a crypto address ({@link Difficulty} sets the mix).
 * Generic selectors: agency booking lines put into the ads of 8–30 unrelated posters, scam
 * numbers reposted by 10–25 independent posters, a shared bookings e-mail.
 *
 * <p>Deterministic: the same {@link CorpusSpec} gives the same corpus.
 */
public final class CorpusGenerator {
  private static final double ALPHA = 1.2;
  private static final int WEEKS = 12;

  private final PhraseBank bank = PhraseBank.load();
  private final Places places = new Places();
  private final Map<String, List<String>> names = new HashMap<>();

  public CorpusGenerator() {
    for (String[] row : Resources.rows("names.txt")) {
      names.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
    }
  }

  public static Corpus generate(CorpusSpec spec) {
    return new CorpusGenerator().corpus(spec);
  }

  public Corpus corpus(CorpusSpec spec) {
    SplittableRandom rnd = new SplittableRandom(spec.seed());
    phoneSets.clear();
    Difficulty d = spec.difficulty();
    ContactBook book = new ContactBook(places, rnd.split());
    List<Poster> cast = cast(spec, rnd.split());
    SplittableRandom contacts = rnd.split();
    for (Poster p : cast) {
      identities(p, book, d, contacts, spec.start());
    }
    assignGeneric(cast, book, spec.ads(), rnd.split());
    SplittableRandom tpl = rnd.split();
    for (Poster p : cast) {
      templates(p, d, tpl);
    }
    AdWriter writer = new AdWriter(bank, spec.contacts(), d);
    SplittableRandom adRnd = rnd.split();
    record Draft(Instant at, String poster, int seq, CorpusAd ad) {}
    List<Draft> drafts = new ArrayList<>(spec.ads());
    for (Poster p : cast) {
      double[] days = new double[p.size];
      for (int i = 0; i < p.size; i++) {
        days[i] = adRnd.nextDouble() * p.days;
      }
      java.util.Arrays.sort(days);
      for (int i = 0; i < p.size; i++) {
        AdTemplate t = p.templates.get(pickTemplate(p, adRnd));
        AdWriter.Result r = writer.write(p, t, days[i], adRnd);
        Instant at = p.start.plusSeconds((long) (days[i] * 86_400));
        String cityField = adRnd.nextInt(5) == 0 ? null : r.cityWritten();
        String lang = p.language;
        CorpusAd ad = new CorpusAd("", r.text(), at, cityField, p.cityAt(days[i]).canonical(), t.label, p.label, r.planted(), lang);
        drafts.add(new Draft(at, p.label, i, ad));
      }
    }
    drafts.sort(Comparator.comparing(Draft::at).thenComparing(Draft::poster).thenComparingInt(Draft::seq));
    List<CorpusAd> ads = new ArrayList<>(drafts.size());
    int width = Math.max(6, Integer.toString(drafts.size()).length());
    for (int i = 0; i < drafts.size(); i++) {
      CorpusAd a = drafts.get(i).ad();
      String id = "ad" + String.format("%0" + width + "d", i + 1);
      ads.add(new CorpusAd(id, a.text(), a.postedAt(), a.city(), a.cityCanonical(), a.template(), a.operator(), a.planted(), a.language()));
    }
    return new Corpus(spec, ads, book.reusedPhones());
  }

  /** Operators with Pareto sizes until their share of ads is filled, then independent posters. */
  private List<Poster> cast(CorpusSpec spec, RandomGenerator rnd) {
    Difficulty d = spec.difficulty();
    int independentAds = (int) Math.round(spec.ads() * d.independentShare);
    int operatorAds = spec.ads() - independentAds;
    int cap = Math.max(30, spec.ads() / 25);
    List<Poster> cast = new ArrayList<>();
    int left = operatorAds;
    int n = 0;
    while (left > 0) {
      int size = (int) Math.min(cap, Math.floor(3 / Math.pow(1 - rnd.nextDouble(), 1 / ALPHA)));
      size = Math.min(size, left);
      left -= size;
      cast.add(new Poster("op" + (++n), false, language(rnd), size, mode(d, rnd)));
    }
    left = independentAds;
    n = 0;
    while (left > 0) {
      double u = rnd.nextDouble();
      int size = Math.min(left, u < 0.7 ? 1 : u < 0.9 ? 2 : 3);
      left -= size;
      cast.add(new Poster("ind" + (++n), true, language(rnd), size, Poster.LinkMode.PHONE));
    }
    return cast;
  }

  private static String language(RandomGenerator rnd) {
    double u = rnd.nextDouble();
    return u < 0.5 ? "en" : u < 0.85 ? "fr" : "mixed";
  }

  private static Poster.LinkMode mode(Difficulty d, RandomGenerator rnd) {
    double u = rnd.nextDouble();
    Poster.LinkMode[] modes = Poster.LinkMode.values();
    for (int i = 0; i < modes.length; i++) {
      u -= d.linkModes[i];
      if (u < 0) {
        return modes[i];
      }
    }
    return Poster.LinkMode.PHONE;
  }

  /** Personas, circuit, posting window, e-mail/handle/crypto per the poster's link mode. */
  private void identities(Poster p, ContactBook book, Difficulty d, RandomGenerator rnd, Instant corpusStart) {
    int templates = p.independent || p.size < 4 ? 1 : p.size < 12 ? 1 + rnd.nextInt(2) : 1 + rnd.nextInt(3);
    int personas = Math.min(4, Math.max(templates, 1 + rnd.nextInt(p.independent ? 1 : 3)));
    List<String> pool = new ArrayList<>(names.get(p.language.equals("mixed") ? (rnd.nextBoolean() ? "en" : "fr") : p.language));
    for (int i = 0; i < personas; i++) {
      p.names.add(pool.remove(rnd.nextInt(pool.size())));
      p.ages.add(19 + rnd.nextInt(16));
    }
    Places.City home = places.forLanguage(p.language.equals("mixed") ? "fr" : p.language, rnd);
    double maxDays = WEEKS * 7.0 - 1;
    p.days = Math.max(1, Math.min(maxDays - 1, p.independent ? 1 + rnd.nextDouble() * 10 : 3 + p.size * (0.3 + rnd.nextDouble() * 1.2)));
    p.start = corpusStart.plusSeconds((long) (rnd.nextDouble() * (maxDays - p.days) * 86_400));
    double from = 0;
    Places.City city = home;
    while (from < p.days) {
      double stay = 2 + rnd.nextDouble() * 8;
      p.circuit.add(new Poster.Stop(city, from, from + stay));
      from += stay;
      Places.City next = places.near(home.province(), rnd);
      for (int tries = 0; tries < 5 && next.equals(city); tries++) {
        next = places.near(home.province(), rnd);
      }
      city = next;
    }
    boolean multi = templates > 1;
    if ((multi && p.mode == Poster.LinkMode.EMAIL) || rnd.nextDouble() < 0.15) {
      p.email = book.email(p.names.get(0));
    }
    if ((multi && p.mode == Poster.LinkMode.HANDLE) || rnd.nextDouble() < 0.15) {
      p.handle = book.handle();
    }
    if ((multi && p.mode == Poster.LinkMode.CRYPTO) || (!p.independent && rnd.nextDouble() < 0.03)) {
      p.crypto = book.crypto();
    }
    // phones: shared by all templates, or (email/handle/crypto modes) one set per template
    boolean perTemplate = multi && (p.mode == Poster.LinkMode.EMAIL || p.mode == Poster.LinkMode.HANDLE || p.mode == Poster.LinkMode.CRYPTO);
    List<String> shared = phones(p, home, book, rnd);
    for (int t = 0; t < templates; t++) {
      p.genericContacts.add(new ArrayList<>());
      p.templateWeights.add(t == 0 ? 1.0 : 0.3 + 0.7 * rnd.nextDouble());
      phoneSets.put(p.label + "/" + t, perTemplate && t > 0 ? phones(p, home, book, rnd) : shared);
    }
  }

  private final Map<String, List<String>> phoneSets = new HashMap<>();

  private static List<String> phones(Poster p, Places.City home, ContactBook book, RandomGenerator rnd) {
    int count = p.independent ? 1 : Math.min(4, 1 + rnd.nextInt(1 + p.size / 25));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(book.phone(rnd.nextInt(5) == 0 ? List.of() : home.areaCodes()));
    }
    return out;
  }

  /** Booking lines in the ads of many unrelated posters, scam numbers reposted by strangers. */
  private void assignGeneric(List<Poster> cast, ContactBook book, int ads, RandomGenerator rnd) {
    List<Poster> independents = cast.stream().filter(p -> p.independent).toList();
    int agencies = Math.max(1, Math.round(ads / 3000f));
    for (int a = 0; a < agencies; a++) {
      String key = a == 1 ? "email:bookings" + (a + 1) + "@agency.example.com" : "phone:" + book.phone(List.of("416", "514", "604"));
      spread(cast, key, 8 + rnd.nextInt(23), rnd);
    }
    int scams = Math.max(1, Math.round(ads / 6000f));
    for (int s = 0; s < scams && !independents.isEmpty(); s++) {
      spread(independents, "phone:" + book.phone(List.of()), 10 + rnd.nextInt(16), rnd);
    }
  }

  private static void spread(List<Poster> among, String key, int count, RandomGenerator rnd) {
    LinkedHashSet<Integer> chosen = new LinkedHashSet<>();
    for (int tries = 0; chosen.size() < Math.min(count, among.size()) && tries < count * 20; tries++) {
      chosen.add(rnd.nextInt(among.size()));
    }
    for (int i : chosen) {
      Poster p = among.get(i);
      p.genericContacts.get(rnd.nextInt(p.genericContacts.size())).add(key);
    }
  }

  private void templates(Poster p, Difficulty d, RandomGenerator rnd) {
    int count = p.genericContacts.size();
    boolean obfuscatedMode = p.mode == Poster.LinkMode.OBFUSCATED_PHONE && count > 1;
    for (int t = 0; t < count; t++) {
      p.templates.add(template(p, t, d, obfuscatedMode && t > 0, rnd));
    }
  }

  private AdTemplate template(Poster p, int index, Difficulty d, boolean obfuscatedPhone, RandomGenerator rnd) {
    int target = d.sentencesMin + rnd.nextInt(d.sentencesMax - d.sentencesMin + 1);
    String[] langs = p.language.equals("mixed") ? new String[] {"en", "fr"} : new String[] {p.language};
    List<AdTemplate.Line> head = new ArrayList<>();
    List<AdTemplate.Line> middle = new ArrayList<>();
    List<AdTemplate.Line> tail = new ArrayList<>();
    LinkedHashSet<Phrase> used = new LinkedHashSet<>();
    if (rnd.nextInt(7) != 0) {
      head.add(line("intro", langs, used, null, rnd));
    }
    tail.add(line("contact", langs, used, null, rnd));
    boolean multi = p.genericContacts.size() > 1;
    if (p.email != null && (multi || rnd.nextBoolean() || p.mode == Poster.LinkMode.EMAIL)) {
      tail.add(line("email", langs, used, null, rnd));
    }
    if (p.handle != null) {
      tail.add(line("handle", langs, used, null, rnd));
    }
    if (p.crypto != null) {
      tail.add(line("crypto", langs, used, null, rnd));
    }
    for (String key : p.genericContacts.get(index)) {
      AdTemplate.Line l = line("agency", langs, used, key, rnd);
      if (l != null) {
        tail.add(rnd.nextInt(tail.size() + 1), l);
      }
    }
    String[] categories = p.independent
        ? new String[] {"genre", "genre", "new", "new", "avail", "avail", "services", "rules", "desc", "rates", "close"}
        : new String[] {"desc", "services", "services", "avail", "rates", "rates", "new", "rules", "rules", "close", "genre"};
    // operators write their own description (what makes a template theirs); independent posters
    // lean on genre phrases
    int descriptions = p.independent ? (rnd.nextInt(5) < 3 ? 1 : 0) : 2;
    for (int i = 0; i < descriptions; i++) {
      AdTemplate.Line l = line("desc", langs, used, null, rnd);
      if (l != null) {
        middle.add(l);
      }
    }
    int fill = Math.max(1, target - head.size() - middle.size());
    for (int i = 0; i < fill; i++) {
      AdTemplate.Line l = line(categories[rnd.nextInt(categories.length)], langs, used, null, rnd);
      if (l != null) {
        middle.add(l);
      }
    }
    List<AdTemplate.Line> lines = new ArrayList<>(head);
    lines.addAll(middle);
    int closeAt = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).phrase().category().equals("close")) {
        closeAt = i;
      }
    }
    AdTemplate.Line close = closeAt >= 0 ? lines.remove(closeAt) : null;
    lines.addAll(tail);
    if (close != null) {
      lines.add(close);
    }
    Map<String, String> words = new HashMap<>();
    for (String lang : List.of("en", "fr")) {
      for (String key : List.of("adj", "adj2", "hair", "body", "vibe", "thing", "thing2", "treat", "activity", "time")) {
        List<String> choices = bank.lexicon(lang, key);
        words.put(lang + "/" + key, choices.get(rnd.nextInt(choices.size())));
      }
    }
    String[] separators = {". ", ". ", ". ", "! ", "\n", " ~ ", " | ", " - "};
    int price = 100 + 20 * rnd.nextInt(11);
    List<String> phones = phoneSets.get(p.label + "/" + index);
    return new AdTemplate(p.label + "/t" + index, lines, words, separators[rnd.nextInt(separators.length)], obfuscatedPhone, phones, price, index);
  }

  /** A not-yet-used phrase of the category with random synonym choices; null when exhausted. */
  private AdTemplate.Line line(String category, String[] langs, LinkedHashSet<Phrase> used, String generic, RandomGenerator rnd) {
    String lang = langs[rnd.nextInt(langs.length)];
    List<Phrase> options = bank.phrases(lang, category);
    Phrase ph = null;
    for (int tries = 0; tries < 8; tries++) {
      Phrase c = options.get(rnd.nextInt(options.size()));
      if (!used.contains(c)) {
        ph = c;
        break;
      }
    }
    if (ph == null) {
      return null;
    }
    used.add(ph);
    int[] choices = new int[ph.choiceCount()];
    int k = 0;
    for (Phrase.Part part : ph.parts()) {
      if (part instanceof Phrase.Choice c) {
        choices[k++] = rnd.nextInt(c.options().size());
      }
    }
    return new AdTemplate.Line(ph, choices, generic);
  }

  private static int pickTemplate(Poster p, RandomGenerator rnd) {
    double total = 0;
    for (double w : p.templateWeights) {
      total += w;
    }
    double x = rnd.nextDouble() * total;
    for (int i = 0; i < p.templateWeights.size(); i++) {
      x -= p.templateWeights.get(i);
      if (x < 0) {
        return i;
      }
    }
    return p.templateWeights.size() - 1;
  }
}
