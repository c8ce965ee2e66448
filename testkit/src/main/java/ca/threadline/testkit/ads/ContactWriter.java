package ca.threadline.testkit.ads;

import ca.threadline.testkit.ads.HandleRenderer.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Writes contact lines (phones, wa.me links, e-mail, handles, websites, crypto addresses) and
 * the contact-like decoys (7-digit and invalid NANP numbers, corrupted addresses) into an ad,
 * planting their ground truth. Shared by the escort and the job writers.
 */
final class ContactWriter {
  private final RandomGenerator r;
  private final PhoneRenderer phones;
  private final EmailRenderer emails;
  private final HandleRenderer handles;
  private final CryptoAddresses crypto;

  ContactWriter(RandomGenerator r) {
    this.r = r;
    this.phones = new PhoneRenderer(r);
    this.emails = new EmailRenderer(r);
    this.handles = new HandleRenderer(r);
    this.crypto = new CryptoAddresses(r);
  }

  /** {@code cue} then the number in a random style; words in {@code lang}. */
  void phone(AdContext ctx, String cue, String e164, NumberLanguage lang) {
    AdBuilder b = ctx.b;
    b.newline();
    if (!cue.isEmpty()) {
      b.append(cue);
      // A line break after the cue, sometimes: the number then starts its own line.
      b.append(Pick.chance(0.1, r) ? "\n" : " ");
    }
    if (Pick.chance(0.05, r)) {
      String digits = e164.substring(1);
      String link = Pick.chance(0.5, r) ? "https://wa.me/" + digits : "wa.me/" + digits;
      int start = b.length();
      b.gold("phone", e164, List.of(), link);
      if (link.startsWith("https://")) {
        b.goldSpan("url", link, List.of("wa_me"), start, b.length());
      } else {
        b.optionalSpan("url", "https://" + link, List.of("wa_me"), start, b.length());
        b.optionalSpan("url", "http://" + link, List.of("wa_me"), start, b.length());
      }
      return;
    }
    PhoneRenderer.Rendered rendered = phones.renderRandom(e164, lang);
    b.gold("phone", e164, rendered.obfuscationTags(), rendered.text());
    if (Pick.chance(0.15, r)) {
      // No "(text only)" after a cue that already says so.
      boolean cueSaysOnly = cue.contains("only") || cue.contains("seulement");
      List<String> tails = cueSaysOnly ? List.of(" 💋", " ✨")
          : lang == NumberLanguage.EN ? List.of(" 💋", " ✨", " (text only)", " – text first")
          : List.of(" 💋", " ✨", " (texto seulement)", " – texto d'abord");
      b.append(Pick.one(tails, r));
    }
  }

  void email(AdContext ctx, String cue, String email) {
    ctx.b.newline().append(cue).space();
    EmailRenderer.Rendered rendered = emails.renderRandom(email);
    ctx.b.gold("email", email, rendered.tags(), rendered.text());
  }

  /** Handles on distinct platforms, joined on one line or one per line. */
  void handles(AdContext ctx, String intro, List<Platform> platforms, String name, ContactFactory contacts) {
    AdBuilder b = ctx.b;
    b.newline();
    if (intro != null) {
      b.append(intro).append(Pick.chance(0.5, r) ? " " : "\n");
    }
    String sep = Pick.one(r, " | ", " • ", "\n", " ", " / ");
    for (int i = 0; i < platforms.size(); i++) {
      if (i > 0) {
        b.append(sep);
      }
      Platform p = platforms.get(i);
      handle(ctx, p, contacts.handle(name, p));
    }
  }

  void handle(AdContext ctx, Platform p, String handle) {
    AdBuilder b = ctx.b;
    HandleRenderer.Rendered rendered = handles.renderRandom(p, handle);
    int start = b.length();
    b.gold("handle", p.wireName() + ":" + handle, rendered.tags(), rendered.text());
    for (String url : rendered.urls()) {
      b.goldSpan("url", url, List.of("profile"), start, b.length());
    }
    for (String url : rendered.optionalUrls()) {
      b.optionalSpan("url", url, List.of("profile"), start, b.length());
    }
  }

  /** {@code cue} then a website written with https (gold url) or bare (optional url). */
  void website(AdContext ctx, String cue, String hostPath) {
    AdBuilder b = ctx.b;
    b.newline().append(cue).space();
    if (Pick.chance(0.6, r)) {
      String url = "https://" + hostPath;
      b.gold("url", url, List.of("https"), url);
    } else {
      int start = b.length();
      b.append(hostPath);
      b.optionalSpan("url", "https://" + hostPath, List.of("bare"), start, b.length());
      b.optionalSpan("url", "http://" + hostPath, List.of("bare"), start, b.length());
    }
  }

  /** One or two deposit addresses after {@code cue}; returns them (for decoys). */
  List<CryptoAddresses.Address> cryptoLine(AdContext ctx, String cue, NumberLanguage lang) {
    AdBuilder b = ctx.b;
    b.newline().append(cue).space();
    List<CryptoAddresses.Address> planted = new ArrayList<>();
    int n = Pick.chance(0.25, r) ? 2 : 1;
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        b.append(lang == NumberLanguage.EN ? Pick.one(r, " or ", " / ", "\n") : Pick.one(r, " ou ", " / ", "\n"));
      }
      // A cue that names BTC gets a BTC address.
      boolean eth = !cue.contains("BTC") && Pick.chance(0.3, r);
      CryptoAddresses.Address a = eth ? crypto.eth() : crypto.btc();
      if (Pick.chance(0.8, r)) {
        b.append(eth ? Pick.one(r, "ETH ", "ETH: ", "Ethereum ") : Pick.one(r, "BTC ", "BTC: ", "Bitcoin "));
      }
      b.gold(eth ? "eth" : "btc", a.canonical(), List.of(a.tag()), a.written());
      planted.add(a);
    }
    return planted;
  }

  /** A corrupted copy of {@code a} (or of a fresh address) with context: must not be extracted. */
  void invalidCrypto(AdContext ctx, CryptoAddresses.Address a, NumberLanguage lang) {
    CryptoAddresses.Address base = a != null ? a : Pick.chance(0.6, r) ? crypto.btc() : crypto.eth();
    String bad = crypto.corrupt(base);
    boolean eth = base.tag().equals("eip55") || base.tag().equals("lower") || base.tag().equals("upper");
    ctx.b.newline().append(lang == NumberLanguage.EN
        ? Pick.one(r, "ignore old typo ", "old wallet (closed): ", "NOT ", "do not use ")
        : Pick.one(r, "ancienne adresse (fermée) : ", "erreur, ignorez ", "PAS ", "ne pas utiliser "));
    ctx.b.decoy(eth ? "invalid_eth" : "invalid_btc", bad);
  }

  void sevenDigit(AdContext ctx, NumberLanguage lang) {
    ctx.b.newline().append(lang == NumberLanguage.EN
        ? Pick.one(r, "old number ", "my old number ", "office line ", "landline ")
        : Pick.one(r, "ancien numéro ", "mon ancien numéro ", "ligne fixe "));
    ctx.b.decoy("seven_digit", DecoyForms.sevenDigit(r));
    ctx.b.append(lang == NumberLanguage.EN ? Pick.one(r, " (out of service)", " no longer works", "")
        : Pick.one(r, " (hors service)", " ne fonctionne plus", ""));
  }

  void invalidNanp(AdContext ctx, NumberLanguage lang) {
    String n = DecoyForms.invalidNanp(ContactFactory.ALL_AREA_CODES, r);
    ctx.b.newline();
    switch (r.nextInt(3)) {
      case 0 -> {
        ctx.b.append(lang == NumberLanguage.EN ? "wrong number in my old ad (" : "mauvais numéro dans l'ancienne annonce (");
        ctx.b.decoy("invalid_nanp", n);
        ctx.b.append(")");
      }
      case 1 -> {
        ctx.b.append(lang == NumberLanguage.EN ? "NOT " : "PAS le ");
        ctx.b.decoy("invalid_nanp", n);
      }
      default -> {
        ctx.b.append(lang == NumberLanguage.EN ? "ignore " : "ignorez le ");
        ctx.b.decoy("invalid_nanp", n);
        ctx.b.append(lang == NumberLanguage.EN ? " (typo)" : " (erreur)");
      }
    }
  }
}
