package ca.threadline.testkit.ads;

import ca.threadline.testkit.ads.HandleRenderer.Platform;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Writes one job ad (farm, cleaning, construction, trucking, caregiving, hospitality): title
 * with city, employer, duties, wage, planted forced-labour indicator phrases and negated
 * (harmless) forms, decoys and contact.
 *
 * <p>How many indicators: Volodko, Cockbain & Kleinberg (2020) found at least one indicator in
 * 98% of 430 real job ads and five or more in 15%, so single indicators are ordinary; the
 * generator plants 0 to 6 per ad (a third none) so that scoring by count can be tested.
 */
final class JobAdWriter {
  static final List<String> CODES = List.of("recruitment_fee", "document_retention", "housing_deduction",
      "worker_pays_travel", "lmia_for_sale", "messaging_app_only", "no_permit_needed", "cash_only_pay",
      "excessive_hours", "delayed_or_withheld_pay", "deceptive_offer", "urgency");
  /** Codes that have negated forms ({@code [neg.CODE.*]}). */
  static final List<String> NEGATABLE = List.of("recruitment_fee", "document_retention", "housing_deduction",
      "worker_pays_travel", "lmia_for_sale", "cash_only_pay", "delayed_or_withheld_pay", "no_permit_needed",
      "excessive_hours");

  private final RandomGenerator r;
  private final AdData data;
  private final ContactFactory contacts;
  private final ContactWriter contactWriter;

  JobAdWriter(RandomGenerator r, AdData data, ContactFactory contacts, ContactWriter contactWriter) {
    this.r = r;
    this.data = data;
    this.contacts = contacts;
    this.contactWriter = contactWriter;
  }

  private final class Ad {
    final AdContext ctx;
    final Role role = Pick.one(data.roles, r);
    final City city = LocationForms.draw(data, r);
    final String company = Pick.one(data.companies.stream()
        .filter(c -> c[0].equals(role.sector()) || c[0].equals("any")).map(c -> c[1]).toList(), r);
    final String contact = Pick.one(data.contactNames, r);
    final List<String> codes = new ArrayList<>();
    final List<String> negated = new ArrayList<>();
    String moneyFor = "";

    Ad(AdContext ctx) {
      this.ctx = ctx;
      int k = switch (r.nextInt(20)) {
        case 0, 1, 2, 3, 4, 5 -> 0;
        case 6, 7, 8, 9, 10 -> 1;
        case 11, 12, 13, 14 -> 2;
        case 15, 16 -> 3;
        case 17 -> 4;
        case 18 -> 5;
        default -> 6;
      };
      List<String> shuffled = new ArrayList<>(CODES);
      Collections.shuffle(shuffled, r);
      codes.addAll(shuffled.subList(0, k));
      List<String> negatable = new ArrayList<>(NEGATABLE);
      negatable.removeAll(codes);
      Collections.shuffle(negatable, r);
      int n = Pick.chance(0.35, r) ? Pick.between(1, 2, r) : 0;
      negated.addAll(negatable.subList(0, n));
    }

    void slot(String key, NumberLanguage lang) {
      AdBuilder b = ctx.b;
      switch (key) {
        case "city" -> {
          String before = b.text();
          LocationForms.Written w = LocationForms.render(city, lang, before.endsWith("à "), r);
          b.gold("location", city.canonical(), w.tags(), w.text());
        }
        case "role" -> b.append(role.singular(lang));
        case "roles" -> b.append(role.plural(lang));
        case "Roles" -> {
          String p = role.plural(lang);
          b.append(p.substring(0, 1).toUpperCase(Locale.ROOT) + p.substring(1));
        }
        case "company" -> b.append(company);
        case "contact" -> b.append(contact);
        case "money" -> {
          PriceForms.Written m = PriceForms.jobAmount(amount(moneyFor), lang, r);
          int start = b.length();
          b.optional("price", m.value(), m.tags(), m.text());
          b.decoySpan("price", start, b.length());
        }
        default -> throw new IllegalArgumentException("unknown placeholder {" + key + "}");
      }
    }

    void phrase(String section, NumberLanguage lang) {
      ctx.phraseBreak();
      // Headlines and titles are sometimes written in capitals (slots keep their case).
      boolean shout = (section.equals("headline") || section.equals("title")) && r.nextInt(8) == 0;
      ctx.expand(ctx.freshPhrase(data.job, AdContext.key(section, lang)), lang, this::slot, shout);
    }
  }

  /** Plausible amounts for the phrase being written. */
  private int amount(String code) {
    return switch (code) {
      case "recruitment_fee" -> 100 * Pick.between(15, 80, r);
      case "housing_deduction" -> 10 * Pick.between(10, 90, r);
      case "lmia_for_sale" -> 500 * Pick.between(16, 80, r);
      case "deceptive_offer" -> 100 * Pick.between(20, 90, r);
      default -> 100 * Pick.between(5, 50, r);
    };
  }

  AnnotatedAd write(String id, String adLang) {
    AdContext ctx = new AdContext(r, adLang, false);
    Ad ad = new Ad(ctx);
    AdBuilder b = ctx.b;
    NumberLanguage first = ctx.primary;

    if (ctx.mixed() && Pick.chance(0.5, r)) {
      // "Farm workers / ouvriers agricoles – Sherbrooke QC"
      String en = ad.role.plural(NumberLanguage.EN);
      b.append(en.substring(0, 1).toUpperCase(Locale.ROOT) + en.substring(1)).append(" / ")
          .append(ad.role.plural(NumberLanguage.FR)).append(Pick.one(r, " – ", " - ", ", "));
      ad.slot("city", first);
      ctx.phraseLanguages.add(NumberLanguage.EN);
      ctx.phraseLanguages.add(NumberLanguage.FR);
    } else {
      ad.phrase("title", first);
    }
    if (Pick.chance(0.55, r)) {
      ad.phrase("company", ctx.lineLanguage());
    }

    List<Runnable> middle = new ArrayList<>();
    int bodyLines = Pick.between(1, 3, r);
    for (int i = 0; i < bodyLines; i++) {
      middle.add(() -> ad.phrase("body", ctx.lineLanguage()));
    }
    if (Pick.chance(0.8, r)) {
      middle.add(() -> wage(ad, ctx.lineLanguage()));
    }
    for (String code : ad.codes) {
      if (!code.equals("messaging_app_only")) {
        middle.add(() -> indicatorPhrase(ad, "ind", code, ctx.lineLanguage()));
      }
    }
    for (String code : ad.negated) {
      middle.add(() -> indicatorPhrase(ad, "neg", code, ctx.lineLanguage()));
    }
    if (Pick.chance(0.25, r)) {
      middle.add(() -> experience(ad, ctx.lineLanguage()));
    }
    if (Pick.chance(0.22, r)) {
      middle.add(() -> startDate(ad, ctx.lineLanguage()));
    }
    if (Pick.chance(0.1, r)) {
      middle.add(() -> shift(ad, ctx.lineLanguage()));
    }
    if (Pick.chance(0.06, r)) {
      middle.add(() -> provinceLine(ad, ctx.lineLanguage()));
    }
    if (Pick.chance(0.07, r)) {
      middle.add(() -> {
        NumberLanguage l = ctx.lineLanguage();
        b.newline().append(l == NumberLanguage.EN ? Pick.one(r, "Our plant runs ", "Warehouse open ") : Pick.one(r, "Usine ouverte ", "Entrepôt en activité "));
        b.decoy("age_like_24_7", "24/7");
      });
    }
    Collections.shuffle(middle, r);
    middle.forEach(Runnable::run);

    contactBlock(ad);
    if (Pick.chance(0.15, r)) {
      address(ad, ctx.lineLanguage());
    }
    if (Pick.chance(0.15, r)) {
      b.newline().decoy("order_number", DecoyForms.orderNumber(ctx.lineLanguage(), r));
    }
    for (NumberLanguage missing : ctx.missingLanguages()) {
      ad.phrase("body", missing);
    }
    return b.build(id, adLang, "job");
  }

  private void indicatorPhrase(Ad ad, String prefix, String code, NumberLanguage lang) {
    AdBuilder b = ad.ctx.b;
    ad.ctx.phraseBreak();
    int start = b.length();
    ad.moneyFor = code;
    ad.ctx.expand(data.job.pick(AdContext.key(prefix + "." + code, lang), r), lang, ad::slot);
    if (prefix.equals("ind")) {
      b.indicatorSpan(code, start, b.length());
    } else {
      b.decoySpan("negated_" + code, start, b.length());
    }
  }

  /**
   * "Postes partout au Québec", "Positions across Quebec": a province name, which must not be
   * read as the city of Québec (French marks the province with "au", the city with "à").
   */
  private void provinceLine(Ad ad, NumberLanguage lang) {
    AdBuilder b = ad.ctx.b;
    ad.ctx.phraseBreak();
    int p = r.nextInt(6);
    if (lang == NumberLanguage.EN) {
      b.append(Pick.one(r, "Positions across ", "Openings all over ", "We place workers everywhere in "));
      b.decoy("province_name", List.of("Quebec", "Ontario", "British Columbia", "Alberta", "Manitoba", "New Brunswick").get(p));
    } else {
      b.append(Pick.one(r, "Postes partout ", "Emplois disponibles ", "Nous plaçons des travailleurs partout "));
      String[] prep = {"au ", "en ", "en ", "en ", "au ", "au "};
      b.append(prep[p]);
      b.decoy("province_name", List.of("Québec", "Ontario", "Colombie-Britannique", "Alberta", "Manitoba", "Nouveau-Brunswick").get(p));
    }
  }

  private void wage(Ad ad, NumberLanguage lang) {
    AdBuilder b = ad.ctx.b;
    b.newline();
    if (Pick.chance(0.7, r)) {
      b.append(data.job.pick(AdContext.key("wage_cue", lang), r)).append(" ");
    }
    PriceForms.Written w = PriceForms.wage(Pick.between(15, 28, r), lang, r);
    int start = b.length();
    b.optional("price", w.value(), w.tags(), w.text());
    b.decoySpan("price", start, b.length());
  }

  private void experience(Ad ad, NumberLanguage lang) {
    int n = Pick.between(1, 10, r);
    String text = lang == NumberLanguage.EN
        ? Pick.one(r, n + " years experience preferred", n + "+ yrs experience", "at least " + n + " years of experience")
        : Pick.one(r, "Minimum " + n + " ans d'expérience", n + " ans d'expérience requis", n + " ans d'expérience");
    ad.ctx.b.newline().decoy("years_experience", text);
  }

  private void startDate(Ad ad, NumberLanguage lang) {
    ad.ctx.b.newline().append(lang == NumberLanguage.EN ? Pick.one(r, "Start date: ", "Starts ", "Interviews ")
        : Pick.one(r, "Début : ", "Entrée en poste ", "Entrevues "));
    ad.ctx.b.decoy("date", DecoyForms.date(lang, r));
  }

  private void shift(Ad ad, NumberLanguage lang) {
    ad.ctx.b.newline().append(lang == NumberLanguage.EN ? "Shift " : "Horaire ");
    ad.ctx.b.decoy("time", DecoyForms.time(lang, r));
  }

  private void address(Ad ad, NumberLanguage lang) {
    AdBuilder b = ad.ctx.b;
    b.newline().append(lang == NumberLanguage.EN ? Pick.one(r, "Office: ", "Apply in person: ", "Office: Unit " + Pick.between(100, 999, r) + ", ")
        : Pick.one(r, "Bureau : ", "Sur place : ", "Bureau " + Pick.between(100, 999, r) + ", "));
    b.decoy("street_number", DecoyForms.street(lang, r));
    if (Pick.chance(0.6, r)) {
      b.append(", ");
      b.decoy("postal_code", DecoyForms.postalCode(ad.city.province(), r));
    }
  }

  private void contactBlock(Ad ad) {
    AdContext ctx = ad.ctx;
    AdBuilder b = ctx.b;
    boolean appOnly = ad.codes.contains("messaging_app_only");
    boolean telegramOnly = appOnly && Pick.chance(0.25, r);
    boolean whatsapp = appOnly && !telegramOnly || !appOnly && Pick.chance(0.2, r);
    if (appOnly) {
      NumberLanguage lang = ctx.lineLanguage();
      b.newline();
      int start = b.length();
      String phrase = telegramOnly
          ? (lang == NumberLanguage.EN ? "Contact by Telegram only" : "Contact par Telegram uniquement")
          : data.job.pick(AdContext.key("ind.messaging_app_only", lang), r).replace("Contact by Telegram only", "WhatsApp only")
              .replace("Contact par Telegram uniquement", "Uniquement par WhatsApp");
      ctx.expand(phrase, lang, ad::slot);
      b.indicatorSpan("messaging_app_only", start, b.length());
    }
    if (telegramOnly) {
      b.newline();
      contactWriter.handle(ctx, Platform.TELEGRAM, contacts.handle(ad.contact, Platform.TELEGRAM));
    } else {
      int nPhones = Pick.chance(0.92, r) ? 1 : 2;
      for (int i = 0; i < nPhones; i++) {
        NumberLanguage lang = ctx.lineLanguage();
        String cue = whatsapp && i == 0
            ? data.job.pick(AdContext.key("whatsapp_cue", lang), r)
            : data.job.pick(AdContext.key("contact_cue", lang), r);
        cue = cue.replace("{contact}", ad.contact);
        contactWriter.phone(ctx, cue, ctx.newPhone(contacts, ad.city.province()), lang);
      }
    }
    if (!appOnly && Pick.chance(0.45, r)) {
      contactWriter.email(ctx, data.job.pick(AdContext.key("email_cue", ctx.lineLanguage()), r), contacts.jobEmail(ad.company));
    }
    if (!appOnly && Pick.chance(0.06, r)) {
      NumberLanguage lang = ctx.lineLanguage();
      b.newline().append(data.job.pick(AdContext.key("telegram_cue", lang), r)).append(" ");
      contactWriter.handle(ctx, Platform.TELEGRAM, contacts.handle(ad.contact, Platform.TELEGRAM));
    }
    if (!appOnly && Pick.chance(0.12, r)) {
      contactWriter.website(ctx, ctx.lineLanguage() == NumberLanguage.EN ? "Apply:" : "Postulez :", contacts.website(ad.company, true));
    }
    boolean paying = ad.codes.contains("recruitment_fee") || ad.codes.contains("lmia_for_sale");
    List<CryptoAddresses.Address> planted = List.of();
    if (paying ? Pick.chance(0.3, r) : Pick.chance(0.02, r)) {
      NumberLanguage lang = ctx.lineLanguage();
      planted = contactWriter.cryptoLine(ctx, data.job.pick(AdContext.key("crypto_cue", lang), r), lang);
    }
    if (!planted.isEmpty() ? Pick.chance(0.3, r) : Pick.chance(0.03, r)) {
      contactWriter.invalidCrypto(ctx, planted.isEmpty() ? null : Pick.one(planted, r), ctx.lineLanguage());
    }
    if (Pick.chance(0.05, r)) {
      contactWriter.sevenDigit(ctx, ctx.lineLanguage());
    }
    if (Pick.chance(0.05, r)) {
      contactWriter.invalidNanp(ctx, ctx.lineLanguage());
    }
    b.newline();
  }
}
