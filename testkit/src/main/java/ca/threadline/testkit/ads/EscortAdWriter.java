package ca.threadline.testkit.ads;

import ca.threadline.testkit.ads.HandleRenderer.Platform;
import ca.threadline.testkit.ads.PriceForms.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Writes one escort ad: headline, name and age, city, description, planted indicator phrases,
 * rates, schedule, contact block, decoys and closing, in English, French or both.
 *
 * <p>Indicator probabilities are set so that each code occurs in a sizeable share of ads while
 * most ads carry none or one or two, as in real corpora (the JRSA/NIJ study found the four
 * validated indicators in a minority of ads; ads-anchors.md §4.1).
 */
final class EscortAdWriter {
  static final List<String> CODES = List.of("trustworthy_language", "youth_language", "ethnicity_stated",
      "emoji_code", "third_person_language", "multiple_providers", "available_24_7", "no_restrictions",
      "movement_language");
  private static final double[] CODE_P = {0.2, 0.15, 0.18, 0.15, 0.12, 0.1, 0.15, 0.1, 0.22};

  private final RandomGenerator r;
  private final AdData data;
  private final ContactFactory contacts;
  private final ContactWriter contactWriter;

  EscortAdWriter(RandomGenerator r, AdData data, ContactFactory contacts, ContactWriter contactWriter) {
    this.r = r;
    this.data = data;
    this.contacts = contacts;
    this.contactWriter = contactWriter;
  }

  /** Per-ad state. */
  private final class Ad {
    final AdContext ctx;
    /**
     * One ad in 50 uses a first name that is also a city of the list ("Hi I'm Victoria"): every
     * occurrence is a {@code city_as_name} decoy, not a location.
     */
    final boolean cityName = Pick.chance(0.02, r);
    final String name = cityName ? Pick.one(r, "Victoria", "Regina", "Sydney") : Pick.one(data.providerNames, r);
    String name2;
    final City city = drawCity();
    City city2;
    /**
     * Three ads in 100 name their city only by its airport code ("YUL incall"): an optional
     * location, as in the development set, and no gold one.
     */
    final boolean airportOnly = LocationForms.airport(city) != null && Pick.chance(0.03, r);
    boolean airportPlanted;

    private City drawCity() {
      City c;
      do {
        c = LocationForms.draw(data, r);
      } while (cityName && c.official().equals(name));
      return c;
    }

    /** The name handles, e-mail and website are built from: never a city name. */
    String contactBase() {
      return cityName ? secondName() : name;
    }

    void appendName() {
      if (cityName) {
        ctx.b.decoy("city_as_name", name);
      } else {
        ctx.b.append(name);
      }
    }
    final List<String> codes = new ArrayList<>();
    boolean emojiPlaced;

    Ad(AdContext ctx) {
      this.ctx = ctx;
      for (int i = 0; i < CODES.size(); i++) {
        if (Pick.chance(CODE_P[i], r)) {
          codes.add(CODES.get(i));
        }
      }
    }

    void slot(String key, NumberLanguage lang) {
      AdBuilder b = ctx.b;
      switch (key) {
        case "name" -> appendName();
        case "name2" -> b.append(secondName());
        case "city" -> plantCity(city, lang);
        case "city2" -> plantCity(secondCity(), lang);
        case "e" -> b.append(emoji());
        default -> throw new IllegalArgumentException("unknown placeholder {" + key + "}");
      }
    }

    String secondName() {
      while (name2 == null || name2.equals(name)) {
        name2 = Pick.one(data.providerNames, r);
      }
      return name2;
    }

    City secondCity() {
      while (city2 == null || city2.equals(city)) {
        city2 = LocationForms.draw(data, r);
      }
      return city2;
    }

    String emoji() {
      if (codes.contains("emoji_code") && (!emojiPlaced || Pick.chance(0.3, r))) {
        emojiPlaced = true;
        return Pick.one(AdContext.CODE_EMOJI_WRITTEN, r);
      }
      return ctx.decorativeEmoji();
    }

    void plantCity(City c, NumberLanguage lang) {
      if (airportOnly && c == city) {
        String code = LocationForms.airport(c);
        ctx.b.optional("location", c.canonical(), List.of("airport"), code);
        airportPlanted = true;
        return;
      }
      String before = ctx.b.text();
      LocationForms.Written w = LocationForms.render(c, lang, before.endsWith("à ") || before.endsWith("À "), r);
      ctx.b.gold("location", c.canonical(), w.tags(), w.text());
    }

    void phrase(String section, NumberLanguage lang) {
      ctx.phraseBreak();
      // Headlines and titles are sometimes written in capitals (slots keep their case).
      boolean shout = (section.equals("headline") || section.equals("title")) && r.nextInt(8) == 0;
      ctx.expand(ctx.freshPhrase(data.escort, AdContext.key(section, lang)), lang, this::slot, shout);
    }
  }

  AnnotatedAd write(String id, String adLang) {
    AdContext ctx = new AdContext(r, adLang, true);
    Ad ad = new Ad(ctx);
    AdBuilder b = ctx.b;
    NumberLanguage first = ctx.primary;

    ad.phrase("headline", first);
    if (ad.codes.contains("emoji_code") && !ad.emojiPlaced) {
      b.append(" ").append(ad.emoji());
    }
    introLine(ad, ctx.mixed() ? ctx.other(first) : first);
    if (!b.hasGold("location", ad.city.canonical()) && !ad.airportPlanted) {
      ad.phrase("location", ctx.lineLanguage());
    }

    List<Runnable> middle = new ArrayList<>();
    int bodyLines = Pick.between(0, 3, r);
    for (int i = 0; i < bodyLines; i++) {
      middle.add(() -> ad.phrase("body", ctx.lineLanguage()));
    }
    for (String code : ad.codes) {
      if (!code.equals("emoji_code")) {
        middle.add(() -> indicatorPhrase(ad, code, ctx.lineLanguage()));
      }
    }
    if (Pick.chance(0.6, r)) {
      middle.add(() -> rates(ad, ctx.lineLanguage()));
    }
    if (Pick.chance(0.2, r)) {
      middle.add(() -> {
        NumberLanguage l = ctx.lineLanguage();
        b.newline().append(l == NumberLanguage.EN ? Pick.one(r, "Stats: ", "", "Measurements: ") : Pick.one(r, "Mensurations : ", ""));
        b.decoy("measurement", DecoyForms.measurement(l, r));
      });
    }
    if (Pick.chance(0.25, r)) {
      middle.add(() -> schedule(ad, ctx.lineLanguage()));
    }
    Collections.shuffle(middle, r);
    middle.forEach(Runnable::run);

    contactBlock(ad);

    List<Runnable> tail = new ArrayList<>();
    if (Pick.chance(0.1, r)) {
      tail.add(() -> address(ad, ctx.lineLanguage()));
    }
    if (Pick.chance(0.04, r)) {
      tail.add(() -> b.newline().decoy("order_number", DecoyForms.orderNumber(ctx.lineLanguage(), r)));
    }
    if (Pick.chance(0.1, r)) {
      tail.add(() -> eighteenPlus(ad, ctx.lineLanguage()));
    }
    if (Pick.chance(0.45, r)) {
      tail.add(() -> ad.phrase("closing", ctx.lineLanguage()));
    }
    Collections.shuffle(tail, r);
    tail.forEach(Runnable::run);
    for (NumberLanguage missing : ctx.missingLanguages()) {
      ad.phrase("closing", missing);
    }
    return b.build(id, adLang, "escort");
  }

  /** "Maya, 27 y/o", "Léa, j'ai 31 ans", "Raven • 23yo • Saskatoon", or the age alone. */
  private void introLine(Ad ad, NumberLanguage lang) {
    AdBuilder b = ad.ctx.b;
    b.newline();
    int age = AgeForms.draw(r);
    AgeForms.Written a = AgeForms.render(age, lang, r);
    switch (r.nextInt(6)) {
      case 0, 1 -> {
        ad.appendName();
        b.append(Pick.one(r, ", ", " ", " – "));
        b.gold("age", "" + age, List.of(a.tag()), a.text());
      }
      case 2 -> {
        String sep = Pick.one(r, " • ", " | ", ", ", " - ");
        ad.appendName();
        b.append(sep);
        b.gold("age", "" + age, List.of(a.tag()), a.text());
        b.append(sep);
        ad.plantCity(ad.city, lang);
      }
      case 3 -> {
        b.append(lang == NumberLanguage.EN ? Pick.one(r, "I'm ", "Hi, I'm ", "It's ") : Pick.one(r, "Moi c'est ", "Je m'appelle ", "Ici "));
        ad.appendName();
        b.append(", ");
        b.gold("age", "" + age, List.of(a.tag()), a.text());
      }
      case 4 -> b.gold("age", "" + age, List.of(a.tag()), capitalise(a.text()));
      default -> {
        ad.appendName();
        b.append(" ").append(ad.emoji()).append(" ");
        b.gold("age", "" + age, List.of(a.tag()), a.text());
      }
    }
    if (ad.codes.contains("multiple_providers") && Pick.chance(0.5, r)) {
      int age2 = AgeForms.draw(r);
      AgeForms.Written a2 = AgeForms.render(age2, lang, r);
      b.newline().append(ad.secondName()).append(Pick.one(r, ", ", " "));
      b.gold("age", "" + age2, List.of(a2.tag()), a2.text());
    }
  }

  private static String capitalise(String s) {
    return Character.isLetter(s.charAt(0)) ? Character.toUpperCase(s.charAt(0)) + s.substring(1) : s;
  }

  private void indicatorPhrase(Ad ad, String code, NumberLanguage lang) {
    AdBuilder b = ad.ctx.b;
    ad.ctx.phraseBreak();
    int start = b.length();
    ad.ctx.expand(data.escort.pick(AdContext.key("ind." + code, lang), r), lang, ad::slot);
    b.indicatorSpan(code, start, b.length());
  }

  private void rates(Ad ad, NumberLanguage lang) {
    AdBuilder b = ad.ctx.b;
    b.newline();
    if (Pick.chance(0.5, r)) {
      b.append(data.escort.pick(AdContext.key("rates_intro", lang), r)).append(" ");
    }
    List<Duration> all = Arrays.asList(Duration.values());
    List<Duration> durations = new ArrayList<>();
    for (Duration d : all) {
      if (Pick.chance(0.5, r)) {
        durations.add(d);
      }
    }
    if (durations.isEmpty()) {
      durations.add(Duration.HOUR);
    }
    String sep = Pick.one(r, " • ", " / ", " | ", ", ", "\n");
    int start = b.length();
    if (Pick.chance(0.75, r)) {
      for (int i = 0; i < durations.size(); i++) {
        if (i > 0) {
          b.append(sep);
        }
        PriceForms.Written p = PriceForms.escort(PriceForms.amount(durations.get(i), r), durations.get(i), lang, r);
        b.gold("price", p.value(), p.tags(), p.text());
      }
    } else {
      List<Integer> amounts = durations.stream().map(d -> PriceForms.amount(d, r)).toList();
      List<PriceForms.Written> sheet = PriceForms.bareSheet(durations, amounts, r);
      for (int i = 0; i < sheet.size(); i++) {
        if (i > 0) {
          b.append(sep);
        }
        b.optional("price", sheet.get(i).value(), sheet.get(i).tags(), sheet.get(i).text());
      }
    }
    // Prices are decoys for the phone finder ("150hh 250h" must not become a number).
    b.decoySpan("price", start, b.length());
  }

  private void schedule(Ad ad, NumberLanguage lang) {
    AdBuilder b = ad.ctx.b;
    b.newline();
    boolean time = Pick.chance(0.6, r);
    boolean date = !time || Pick.chance(0.4, r);
    if (time) {
      b.append(lang == NumberLanguage.EN ? Pick.one(r, "Hours: ", "Available ", "") : Pick.one(r, "Heures : ", "Dispo ", ""));
      b.decoy("time", DecoyForms.time(lang, r));
    }
    if (date) {
      b.append(time ? Pick.one(r, ", ", " • ", "\n") : "");
      String when = DecoyForms.date(lang, r);
      // French forms that carry their own preposition ("du 4 au 8 décembre", "le 12 mars").
      boolean ownPreposition = when.startsWith("du ") || when.startsWith("le ");
      b.append(lang == NumberLanguage.EN ? Pick.one(r, "until ", "booking for ", "here ")
          : ownPreposition ? Pick.one(r, "présente ", "disponible ", "") : Pick.one(r, "jusqu'au ", "réservations pour le "));
      b.decoy("date", when);
    }
  }

  private void address(Ad ad, NumberLanguage lang) {
    AdBuilder b = ad.ctx.b;
    b.newline().append(lang == NumberLanguage.EN ? Pick.one(r, "Incall near ", "Incall: ", "Location: ")
        : Pick.one(r, "Incall près du ", "Adresse : ", "Endroit : "));
    b.decoy("street_number", DecoyForms.street(lang, r));
    if (Pick.chance(0.5, r)) {
      b.append(Pick.one(r, ", ", " "));
      b.decoy("postal_code", DecoyForms.postalCode(ad.city.province(), r));
    }
  }

  private void eighteenPlus(Ad ad, NumberLanguage lang) {
    AdBuilder b = ad.ctx.b;
    b.newline();
    String text = lang == NumberLanguage.EN ? Pick.one(r, "18+ only", "All clients must be 18+", "Clients 18+")
        : Pick.one(r, "18+ seulement", "Clients 18+ uniquement");
    int at = text.indexOf("18+");
    b.append(text.substring(0, at));
    int start = b.length();
    b.optional("age", "18", List.of("18_plus"), "18");
    b.decoySpan("age_like_18_plus", start, start + 2);
    b.append(text.substring(at + 2));
  }

  private void contactBlock(Ad ad) {
    AdContext ctx = ad.ctx;
    AdBuilder b = ctx.b;
    String province = ad.city.province();
    boolean email = Pick.chance(0.22, r);
    int nHandles = Pick.chance(0.3, r) ? Pick.between(1, 4, r) : 0;
    boolean website = Pick.chance(0.08, r);
    int nPhones = Pick.chance(0.06, r) && (email || nHandles > 0) ? 0 : Pick.chance(0.82, r) ? 1 : Pick.chance(0.75, r) ? 2 : 3;
    for (int i = 0; i < nPhones; i++) {
      NumberLanguage lang = ctx.lineLanguage();
      String cue;
      if (i > 0 && Pick.chance(0.7, r)) {
        cue = data.escort.pick(AdContext.key("second_phone_cue", lang), r);
      } else if (Pick.chance(0.2, r)) {
        cue = data.escort.pick(AdContext.key("whatsapp_cue", lang), r);
      } else if (Pick.chance(0.85, r)) {
        cue = data.escort.pick(AdContext.key("phone_cue", lang), r);
      } else {
        cue = "";
      }
      contactWriter.phone(ctx, cue, ctx.newPhone(contacts, province), lang);
    }
    if (Pick.chance(0.07, r)) {
      contactWriter.sevenDigit(ctx, ctx.lineLanguage());
    }
    if (Pick.chance(0.07, r)) {
      contactWriter.invalidNanp(ctx, ctx.lineLanguage());
    }
    if (email) {
      contactWriter.email(ctx, data.escort.pick(AdContext.key("email_cue", ctx.lineLanguage()), r), contacts.providerEmail(ad.contactBase()));
    }
    if (nHandles > 0) {
      List<Platform> platforms = new ArrayList<>(List.of(Platform.values()));
      Collections.shuffle(platforms, r);
      String intro = Pick.chance(0.5, r) ? data.escort.pick(AdContext.key("handles_intro", ctx.lineLanguage()), r) : null;
      if (intro != null) {
        intro = intro.replace("{e}", ctx.decorativeEmoji());
      }
      contactWriter.handles(ctx, intro, platforms.subList(0, nHandles), ad.contactBase(), contacts);
    }
    if (website) {
      contactWriter.website(ctx, data.escort.pick(AdContext.key("website_cue", ctx.lineLanguage()), r), contacts.website(ad.contactBase(), false));
    }
    List<CryptoAddresses.Address> planted = List.of();
    if (Pick.chance(0.1, r)) {
      NumberLanguage lang = ctx.lineLanguage();
      planted = contactWriter.cryptoLine(ctx, data.escort.pick(AdContext.key("crypto_cue", lang), r), lang);
    }
    if (!planted.isEmpty() ? Pick.chance(0.35, r) : Pick.chance(0.03, r)) {
      contactWriter.invalidCrypto(ctx, planted.isEmpty() ? null : Pick.one(planted, r), ctx.lineLanguage());
    }
    b.newline();
  }
}
