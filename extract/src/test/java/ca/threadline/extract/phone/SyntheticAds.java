package ca.threadline.extract.phone;

import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.core.text.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Test-only: bilingual ad-like texts with planted fictional phone numbers (NXX-555-01XX with
 * real Canadian area codes) written by {@link PhoneWriter}, surrounded by filler and by decoys
 * that must not yield a phone: prices, dates, times, measurements, postal codes, street numbers,
 * a reference number, a 7-digit local number, an invalid NANP number, "24/7", ages, crypto
 * addresses. Ground truth is exact: value, span and tags of every planted number.
 */
final class SyntheticAds {
  record Ad(String text, List<Selector> phones, List<PhoneWriter.Form> forms) {}

  /** Canadian area codes (CRTC); the test keeps those libphonenumber knows. */
  static final List<String> AREA_CODES = List.of("204", "226", "236", "249", "250", "263", "289",
      "306", "343", "354", "365", "367", "368", "382", "403", "416", "418", "428", "431", "437",
      "438", "450", "468", "474", "506", "514", "519", "548", "579", "581", "584", "587", "604",
      "613", "639", "647", "672", "683", "705", "709", "742", "753", "778", "780", "782", "807",
      "819", "825", "867", "873", "879", "902", "905");

  private static final List<String> FILLERS = List.of("Sweet and discreet", "Une belle soirée t'attend",
      "Incall downtown", "Outcall available", "Photos 100% réelles", "Pas de texto masqué",
      "No blocked calls", "Available for outcall", "Je suis là pour toi", "New in town 💕",
      "Nouvelle en ville", "Serious inquiries only", "Bisous 😘", "Hiring now, apply today",
      "Logement fourni", "Cash daily", "Real pics 🌹🍒");
  private static final List<String> DECOYS = List.of("Rates 150hh 250h only", "$150/hh • $250/h",
      "HH 140 / H 200 / 2H 400 roses", "Prix 5 500 $ négociable", "Dispo du 4 au 8 décembre",
      "Posted 2024-11-29 today", "See you May 8 babe", "Hours 9:30am-11:00pm daily",
      "Stats 5ft2 105lb 32-22-34 curvy", "Postal M7A 0L5 area", "Near N4T 6V1 mall",
      "Unit 732, 8674 Jasper Ave", "Studio au 736, rue Sainte-Catherine",
      "Application Ref. 2024-865-2634 pending", "ancien numéro 572-3150 ne marche plus",
      "wrong (022) 307-9801 number", "Open 24/7 always", "Kayla 22 ans", "Mia 19yo",
      "BTC 1PixFMgLb7kgqULCwrB2FwJtGKz3tqcS4B only",
      "ETH 0x4334C587136D98dd099494289446EdC92A6eE46D accepted",
      "Order no. 416-555-0100 confirmed", "Born 29/11/2004 girl", "Curves 36DD-24-36 body",
      "Frais d'EIMT 3 000 $ payés", "since 2019 ok", "$17/hr cash, 5 years experience");
  private static final List<String> CUES = List.of("Call ", "Text me at ", "WhatsApp: ", "Texto : ",
      "Appelle-moi au ", "Tel. ", "Call 📞 ", "cell ", "Réservez au ", "Contact: ", "Ligne ",
      "Nouveau numéro : ", "txt ", "Écris-moi ");
  private static final List<String> SUFFIXES = List.of(" xx", " 💋 Kisses", " (text only)",
      " merci", ", merci", "\nKisses", " svp", " anytime", " 💕 Bisous");
  private static final List<String> JOINERS = List.of("\n", ". ", " | ", " 💕 ", "\n\n", " ");

  private final SplittableRandom random;
  private final PhoneWriter writer;
  private final List<String> areaCodes;

  SyntheticAds(SplittableRandom random, List<String> areaCodes) {
    this.random = random;
    this.writer = new PhoneWriter(random);
    this.areaCodes = areaCodes;
  }

  /** Ten national digits: a Canadian area code, 555, 01XX. */
  String nationalNumber() {
    return areaCodes.get(random.nextInt(areaCodes.size())) + "55501" + random.nextInt(10) + random.nextInt(10);
  }

  Ad next() {
    List<Object> segments = new ArrayList<>();
    int numbers = 1 + random.nextInt(3);
    for (int i = 0; i < numbers; i++) {
      segments.add(PhoneWriter.Form.values()[random.nextInt(PhoneWriter.Form.values().length)]);
    }
    for (int i = random.nextInt(1, 4); i > 0; i--) {
      segments.add(FILLERS.get(random.nextInt(FILLERS.size())));
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      segments.add(DECOYS.get(random.nextInt(DECOYS.size())));
    }
    Collections.shuffle(segments, new java.util.Random(random.nextLong()));
    StringBuilder text = new StringBuilder();
    List<Selector> phones = new ArrayList<>();
    List<PhoneWriter.Form> forms = new ArrayList<>();
    for (int s = 0; s < segments.size(); s++) {
      if (s > 0) {
        text.append(JOINERS.get(random.nextInt(JOINERS.size())));
      }
      if (segments.get(s) instanceof PhoneWriter.Form form) {
        String national = nationalNumber();
        PhoneWriter.Written w = writer.write(national, form);
        text.append(CUES.get(random.nextInt(CUES.size())));
        int start = text.length();
        text.append(w.text());
        phones.add(new Selector(SelectorType.PHONE, "+1" + national, new Span(start, text.length()),
            Obfuscation.tags(w.tags()), null));
        forms.add(form);
        if (s < segments.size() - 1) {
          text.append(SUFFIXES.get(random.nextInt(SUFFIXES.size())));
        }
      } else {
        text.append((String) segments.get(s));
      }
    }
    return new Ad(text.toString(), phones, forms);
  }
}
