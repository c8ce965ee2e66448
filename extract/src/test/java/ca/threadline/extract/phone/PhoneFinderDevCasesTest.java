package ca.threadline.extract.phone;

import static ca.threadline.extract.phone.Obfuscation.*;
import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every ad of the public development set ({@code shared/data/selectors-dev.jsonl}), written out
 * here so that the test stands without the shared file: the exact phones (value, span, tags) and,
 * by the exact-list comparison, no phone from the decoys (prices, dates, times, measurements,
 * postal codes, street numbers, a reference number, a 7-digit number, an invalid NANP number,
 * "24/7", ages, BTC/ETH addresses). Tags follow the definitions in {@link Obfuscation}, not the
 * dev set's own informal tags.
 */
class PhoneFinderDevCasesTest {
  private static final PhoneFinder FINDER = new PhoneFinder();

  record Expected(String value, String written, List<Obfuscation> tags) {}

  record Ad(String id, String text, List<Expected> phones) {
    @Override
    public String toString() {
      return id;
    }
  }

  static Expected phone(String value, String written, Obfuscation... tags) {
    return new Expected(value, written, List.of(tags));
  }

  static Ad ad(String id, String text, Expected... phones) {
    return new Ad(id, text, List.of(phones));
  }

  static Stream<Ad> devAds() {
    return Stream.of(
        ad("dev-01",
            "Whatsapp me 4 0 3\n5 5 5 0 1 7 4\nMaya 27 y/o\nToronto\nM7A 0L5",
            phone("+14035550174", "4 0 3\n5 5 5 0 1 7 4", LINE_BREAK, SPACED_DIGITS)),
        ad("dev-02",
            "Nouvelle à Gatineau 💕 Léa, j'ai 31 ans\nHUIT SEPT TROIS / CINQ CINQ CINQ / ZÉRO UN SEPT NEUF",
            phone("+18735550179", "HUIT SEPT TROIS / CINQ CINQ CINQ / ZÉRO UN SEPT NEUF", NUMBER_WORDS)),
        ad("dev-03",
            "TEXT ONLY\nLuna 28y.o., T.O.\n+1 (579)\n555-0159",
            phone("+15795550159", "+1 (579)\n555-0159", LINE_BREAK)),
        ad("dev-04",
            "Dahlia 19yrs\n$150/hh • $250/h\nAgency lines: 𝟖𝟎𝟕 𝟓𝟓𝟓 𝟎𝟏𝟕𝟖 780_555_0106 +18075550113\nThunder Bay",
            phone("+18075550178", "𝟖𝟎𝟕 𝟓𝟓𝟓 𝟎𝟏𝟕𝟖", MATH_DIGITS),
            phone("+17805550106", "780_555_0106", SEPARATORS),
            phone("+18075550113", "+18075550113")),
        ad("dev-05",
            "Moncton Sasha 34yo\n(5O6) 555-Oi28\nbackup fivezero6-five55-0181",
            phone("+15065550128", "(5O6) 555-Oi28", LETTER_FOR_DIGIT),
            phone("+15065550181", "fivezero6-five55-0181", MIXED_WORDS_DIGITS, NUMBER_WORDS)),
        ad("dev-06",
            "Justine 32ans 💋 Barrie\ntext/texto 705⭐555⭐0155\nInsta: @Thejustineofficial",
            phone("+17055550155", "705⭐555⭐0155", SEPARATORS)),
        ad("dev-07",
            "Find me everywhere 💕 SC - theariamoon | https://t.me/aria64 | https://onlyfans.com/aria_xo\nkik: ariaofficial7 • tiktok @stararia\nAria, 38 years old"),
        ad("dev-08",
            "Camionneurs – Moncton\nFormation 5 500 $ remboursée sur la paie, 3 ans d'expérience\nTexto seulement : +1-506-5550165",
            phone("+15065550165", "+1-506-5550165")),
        ad("dev-09",
            "Cueilleurs de pommes – Lévis\nLogement 120$/semaine retenu sur la paie.\nFrais d'EIMT 3 000 $\nPierre : (418) 555-0173",
            phone("+14185550173", "(418) 555-0173")),
        ad("dev-10",
            "Coralie 23 ans\nville de Québec ce week-end\nsepthuit2-cinqcinq5-zéro1troiscinq\n700$ la nuit",
            phone("+17825550135", "septhuit2-cinqcinq5-zéro1troiscinq", MIXED_WORDS_DIGITS, NUMBER_WORDS)),
        ad("dev-11",
            "Cleaners wanted in Edmonton, cash daily, since 2019\nCall wa.me/15875550123",
            phone("+15875550123", "wa.me/15875550123")),
        ad("dev-12",
            "Follow me 💕 twitter @theskyebelle | 📸 IG: Belleskye\nSkye age 45, St. John's\n+1 709 555 0195",
            phone("+17095550195", "+1 709 555 0195")),
        ad("dev-13",
            "Farm workers / ouvriers agricoles – Sherbrooke QC\nHousing/logement $450/mois\n1(438)555-0184 (WhatsApp)",
            phone("+14385550184", "1(438)555-0184")),
        ad("dev-14",
            "Live-in nanny, Windsor\nNo days off, pay every 2 months.\nagriplus.emplois@hotmail.ca | +1 226-555-0105\nOffice Unit 732, 8674 Jasper Ave, N4T 6V1",
            phone("+12265550105", "+1 226-555-0105")),
        ad("dev-15",
            "Préposé(e) à l'entretien – Montréal\nPayé comptant, passeport gardé par l'agence.\nhiring_northline (at) live (dot) ca ou +1.438.555.0187",
            phone("+14385550187", "+1.438.555.0187")),
        ad("dev-16",
            "Raven • 23yo • Saskatoon\n639 • 555 • 0112\n160 roses hh",
            phone("+16395550112", "639 • 555 • 0112", SEPARATORS)),
        ad("dev-17",
            "Construction helpers – Charlottetown\n$17/hr cash, 5 years experience preferred\nCarlos: 4375 550 114",
            phone("+14375550114", "4375 550 114", SPACED_DIGITS)),
        ad("dev-18",
            "Myriam 34 ans\nGatineau\nTelegram: myriam_silk\n(8l9) 555-Ol28",
            phone("+18195550128", "(8l9) 555-Ol28", LETTER_FOR_DIGIT)),
        ad("dev-19",
            "Tournée au Québec : Drummondville puis Laval\nFrédérique âge : 27\n450 ~ 555 ~ 0162",
            phone("+14505550162", "450 ~ 555 ~ 0162", SEPARATORS)),
        ad("dev-20",
            "Elle 💋 3\uFE0F\u20E30\uFE0F\u20E36\uFE0F\u20E35\uFE0F\u20E35\uFE0F\u20E35\uFE0F\u20E30\uFE0F\u20E31\uFE0F\u20E30\uFE0F\u20E38\uFE0F\u20E3 💋 Regina\nall clients must be 18+",
            phone("+13065550108", "3\uFE0F\u20E30\uFE0F\u20E36\uFE0F\u20E35\uFE0F\u20E35\uFE0F\u20E35\uFE0F\u20E30\uFE0F\u20E31\uFE0F\u20E30\uFE0F\u20E38\uFE0F\u20E3", KEYCAP_EMOJI)),
        ad("dev-21",
            "Maëlle 21ans\n280 $ l'heure\nTrois Rivières\nancien numéro 572-3150, nouveau ８７３－５５５－０１５５",
            phone("+18735550155", "８７３－５５５－０１５５", FULLWIDTH_DIGITS)),
        ad("dev-22",
            "Hi I'm Victoria 🌷 25yo\nin Hamilton tonight\n𝟯𝟲𝟱𝟱𝟱𝟱𝟬𝟭𝟮𝟳",
            phone("+13655550127", "𝟯𝟲𝟱𝟱𝟱𝟱𝟬𝟭𝟮𝟳", MATH_DIGITS)),
        ad("dev-23",
            "Screening by email: kali_yyz at gmail dot com\nKali, 21 years old, Brampton\n③⑥⑤-⑤⑤⑤-⓪①④①",
            phone("+13655550141", "③⑥⑤-⑤⑤⑤-⓪①④①", CIRCLED_DIGITS)),
        ad("dev-24",
            "Aria 21 yrs old\n5ft2 105lb 32-22-34\nHH 140 / H 200 / 2H 400\n9:30am-11:00pm, until May 8\nMontréal\n43 85 55 01 10",
            phone("+14385550110", "43 85 55 01 10", SPACED_DIGITS)),
        ad("dev-25",
            "Annabelle 35 ans\nville de Québec\nmon courriel : annabellecute arobase outlook.com\n4\u20E31\u20E38\u20E3-5\u20E35\u20E35\u20E3-0\u20E31\u20E33\u20E36\u20E3",
            phone("+14185550136", "4\u20E31\u20E38\u20E3-5\u20E35\u20E35\u20E3-0\u20E31\u20E33\u20E36\u20E3", KEYCAP_EMOJI)),
        ad("dev-26",
            "Amira, 31 y/o\nwrong number in my old ad ((022) 307-9801), correct one is 2505550103\nVictoria, B.C.",
            phone("+12505550103", "2505550103")),
        ad("dev-27",
            "Mélodie, 21 ans\nà Trois Rivières (Qc) du 4 au 8 décembre\n873-555 zéro un quatre-vingt-douze",
            phone("+18735550192", "873-555 zéro un quatre-vingt-douze", MIXED_WORDS_DIGITS, NUMBER_WORDS)),
        ad("dev-28",
            "Deposits: BTC 1PixFMgLb7kgqULCwrB2FwJtGKz3tqcS4B or bc1qg86r25jttyw9f6qummtuwu2tadx69u9vec46mj\nETH 0x4334C587136D98dd099494289446EdC92A6eE46D\nIvy 19 y/o, Kitchener"),
        ad("dev-29",
            "Jasmine 19 y/o – Iqaluit\nreach me at 1(867)555-0123\n📸 IG: jasmine_vip_48",
            phone("+18675550123", "1(867)555-0123")),
        ad("dev-30",
            "Cleaning / ménage – Calgary\ncash only, pas de permis requis\n(403)555-0130",
            phone("+14035550130", "(403)555-0130")),
        ad("dev-31",
            "Massage Lévis – 736, rue Sainte-Catherine Est\nOuvert 24/7\n5 8 1\n5 5 5 0 1 6 9",
            phone("+15815550169", "5 8 1\n5 5 5 0 1 6 9", LINE_BREAK, SPACED_DIGITS)),
        ad("dev-32",
            "Just arrived in Halifax 💫 Layla, 29yo\nCall (902) 555-0130\nHH 200 / H 240 / 2H 350",
            phone("+19025550130", "(902) 555-0130")),
        ad("dev-33",
            "It's Bella 💖 age 21\nmy cell: seven seven eight / five five five / oh one nine five\nVancouver, 11:30am-11:00pm",
            phone("+17785550195", "seven seven eight / five five five / oh one nine five", NUMBER_WORDS)),
        ad("dev-34",
            "New wallet! BTC bc1pv3q62lk7783f87f4xre99pdtsjasn76cahjr4gmk8ymrs6gjz8xqhtl969 / 3F9DHMY4oP1u4twkRQmxGRmJtkXB7XGtcy\nETH 0xd56eb14fc734d1dd37b5a68a9aca4beafa2e6355\nignore old typo 32cSzrLzzzeokkhvAhTwk8ghNJFBdG3gS5 and 0xc3CD5B95F77a04c64611D203af5bF943E6ea85Fe\nGigi, T.O."),
        ad("dev-35",
            "Hey! Skye ici 😘 28 ans, Calgary\n1 403 555-0120\nskyecherry@hotmail.ca",
            phone("+14035550120", "1 403 555-0120")),
        ad("dev-36",
            "Amber 23 y/o\n５８７５５５０１７７\nor 𝟕𝟖𝟎𝟓𝟓𝟓𝟎𝟏𝟗𝟎\nEdmonton",
            phone("+15875550177", "５８７５５５０１７７", FULLWIDTH_DIGITS),
            phone("+17805550190", "𝟕𝟖𝟎𝟓𝟓𝟓𝟎𝟏𝟗𝟎", MATH_DIGITS)),
        ad("dev-37",
            "Gorgeous Leah age 22\nMontreal\n514🔥555🔥0135\n24/7",
            phone("+15145550135", "514🔥555🔥0135", SEPARATORS)),
        ad("dev-38",
            "Truck drivers – Gatineau\nLMIA ready. Fee payable in BTC bc1qfyu9a66l035ua5wac0mp48pspu7t53fnvr4p82\nApplication Ref. 2024-865-2634\n+1-587-5550183",
            phone("+15875550183", "+1-587-5550183")),
        ad("dev-39",
            "Jolie Age: 19 in Saint John, New Brunswick\nstarjolie2[at]protonmail.com\nold email thejoliebelle@@sympatico no longer used"),
        ad("dev-40",
            "Farm labourers – Kitchener\nRecruitment fee $2,800 before arrival, housing $550/month from pay.\nWe hold passports.\nWhatsApp 226-555-ol32",
            phone("+12265550132", "226-555-ol32", LETTER_FOR_DIGIT)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("devAds")
  void findsExactlyTheGoldPhones(Ad ad) {
    assertThat(FINDER.find(ad.text())).containsExactlyElementsOf(expected(ad));
  }

  /** The expected selectors; a written form must occur once in the text, which fixes its span. */
  static List<Selector> expected(Ad ad) {
    List<Selector> out = new ArrayList<>();
    for (Expected e : ad.phones()) {
      int at = ad.text().indexOf(e.written());
      assertThat(at).as("%s: '%s' in text", ad.id(), e.written()).isNotNegative();
      assertThat(ad.text().indexOf(e.written(), at + 1)).as("unique").isNegative();
      Span span = new Span(at, at + e.written().length());
      out.add(new Selector(SelectorType.PHONE, e.value(), span, Obfuscation.tags(e.tags()), null));
    }
    return out;
  }
}
