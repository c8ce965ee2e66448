package ca.threadline.extract.phone;

import static ca.threadline.extract.phone.Obfuscation.*;
import static ca.threadline.extract.phone.PhoneAssertions.assertNoPhone;
import static ca.threadline.extract.phone.PhoneAssertions.assertPhones;
import static ca.threadline.extract.phone.PhoneAssertions.assertWhole;
import static ca.threadline.extract.phone.PhoneAssertions.phone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The finder's rules, one behaviour per test: what it must see through, and what it must not read. */
class PhoneFinderRulesTest {
  @ParameterizedTest
  @ValueSource(strings = {"(416) 555-0199", "416-555-0199", "416.555.0199", "4165550199",
      "416 555 0199", "(416)555-0199", "416-5550199", "416/555/0199", "416 / 555 / 0199", "416 - 555 - 0199", "416–555–0199"})
  void plainlyWrittenNumbersHaveNoTags(String written) {
    assertWhole(written, "+14165550199");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+1 416 555 0199", "+14165550199", "1 416 555 0199", "1-416-555-0199",
      "+1-416-5550199", "1(416)555-0199", "+1 (416) 555-0199", "14165550199", "+1.416.555.0199"})
  void countryCodeOneIsPartOfTheNumber(String written) {
    assertWhole(written, "+14165550199");
  }

  @Test
  void briefPlainExamples() {
    assertWhole("1 (867) 555-0123", "+18675550123");
    assertWhole("+1-506-5550165", "+15065550165");
  }

  @Test
  void spacedDigits() {
    assertWhole("4 0 3\n5 5 5 0 1 7 4", "+14035550174", LINE_BREAK, SPACED_DIGITS);
    assertWhole("43 85 55 01 10", "+14385550110", SPACED_DIGITS);
    assertWhole("4375 550 114", "+14375550114", SPACED_DIGITS);
    assertWhole("416555 0199", "+14165550199", SPACED_DIGITS);
    assertWhole("1416 555 0199", "+14165550199", SPACED_DIGITS);
    assertWhole("4  1  6  5  5  5  0  1  9  9", "+14165550199", SPACED_DIGITS);
  }

  @Test
  void englishWordsWithMisspellings() {
    assertWhole("to too six five five fiv o won ate ate", "+12265550188", NUMBER_WORDS);
    assertWhole("sevin ate oh / fiv five five / zero one nein nine", "+17805550199", NUMBER_WORDS);
    assertWhole("sevin ate oh * fiv five five * zero one nein nine", "+17805550199", NUMBER_WORDS, SEPARATORS);
    assertWhole("sixe fore sevin five five five zero one three four", "+16475550134", NUMBER_WORDS);
    assertWhole("NEIN OH FIVE FIVE FIVE FIVE OH ONE EIGHT EIGHT", "+19055550188", NUMBER_WORDS);
    assertWhole("four one six five five five zero one ninety two", "+14165550192", NUMBER_WORDS);
    assertWhole("six zero four five five five zero one twenty-one", "+16045550121", NUMBER_WORDS);
    assertWhole("two five zero five five five oh one nineteen", "+12505550119", NUMBER_WORDS);
    assertWhole("four hundred sixteen five hundred fifty five zero one ninety nine", "+14165550199", NUMBER_WORDS);
  }

  @Test
  void frenchWordsAndComposites() {
    assertWhole("huit un neuf cinq cinq cinq zéro une quatre-vingt-douze", "+18195550192", NUMBER_WORDS);
    assertWhole("cinq un quatre cinq cinq cinq zéro un soixante-dix", "+15145550170", NUMBER_WORDS);
    assertWhole("quatre un huit cinq cinq cinq zéro un vingt et un", "+14185550121", NUMBER_WORDS);
    assertWhole("quatre un huit cinq cinq cinq zéro un vingt-et-un", "+14185550121", NUMBER_WORDS);
    assertWhole("six un trois cinq cinq cinq zero un quatre-vingts", "+16135550180", NUMBER_WORDS);
    assertWhole("quatre cinq zéro cinq cinq cinq zéro un dix-sept", "+14505550117", NUMBER_WORDS);
    assertWhole("neuf zéro deux cinq cinq cinq zéro un soixante et onze", "+19025550171", NUMBER_WORDS);
    assertWhole("Trois zéro six, cinq cinq cinq, zéro un, trente-trois", "+13065550133", NUMBER_WORDS, SEPARATORS);
    assertWhole("quatre cent dix-huit cinq cent cinquante-cinq zéro un trente", "+14185550130", NUMBER_WORDS);
    assertWhole("HUIT SEPT TROIS CINQ CINQ CINQ ZÉRO UN SEPT NEUF", "+18735550179", NUMBER_WORDS);
    assertWhole("troi zero six cinque sinq cinq zero une uit uit", "+13065550188", NUMBER_WORDS);
  }

  @Test
  void frenchCompoundsNeedAHyphenWhereTwoReadingsExist() {
    // "dix sept" with a space is 10, 7 (a pair, then a digit); "dix-sept" is 17.
    assertWhole("cinq un quatre cinq cinq cinq zéro dix sept", "+15145550107", NUMBER_WORDS);
    // "quatre vingt-deux": 4, then 22; "quatre-vingt-deux" would be 82.
    assertWhole("cinq un quatre cinq cinq quatre vingt-deux zéro un", "+15145542201", NUMBER_WORDS);
  }

  @Test
  void wordsGluedTogetherOrToDigits() {
    assertWhole("septhuit2-cinqcinq5-zéro1troiscinq", "+17825550135", MIXED_WORDS_DIGITS, NUMBER_WORDS);
    assertWhole("fivezero6-five55-0181", "+15065550181", MIXED_WORDS_DIGITS, NUMBER_WORDS);
    assertWhole("4one6 555 0199", "+14165550199", MIXED_WORDS_DIGITS, NUMBER_WORDS);
    assertWhole("for1six 5fivefive zero1nine9", "+14165550199", MIXED_WORDS_DIGITS, NUMBER_WORDS);
    assertWhole("f0ur1s1x 555 zer01n1ne9", "+14165550199", MIXED_WORDS_DIGITS, NUMBER_WORDS);
    assertWhole("873-555 zéro un quatre-vingt-douze", "+18735550192", MIXED_WORDS_DIGITS, NUMBER_WORDS);
  }

  @Test
  void lettersForDigitsOnlyInsideDigitRuns() {
    assertWhole("(5O6) 555-Oi28", "+15065550128", LETTER_FOR_DIGIT);
    assertWhole("(8l9) 555-Ol28", "+18195550128", LETTER_FOR_DIGIT);
    assertWhole("226-555-ol32", "+12265550132", LETTER_FOR_DIGIT);
    assertWhole("4I6-555-OI99", "+14165550199", LETTER_FOR_DIGIT);
    assertWhole("416-555-OlIo", "+14165550110", LETTER_FOR_DIGIT);
    assertNoPhone("oil lol loi io 555 0199");
  }

  @Test
  void keycapEmoji() {
    assertWhole("3\uFE0F\u20E30\uFE0F\u20E36\uFE0F\u20E35\uFE0F\u20E35\uFE0F\u20E35\uFE0F\u20E30\uFE0F\u20E31\uFE0F\u20E30\uFE0F\u20E38\uFE0F\u20E3",
        "+13065550108", KEYCAP_EMOJI);
    assertWhole("4\u20E31\u20E38\u20E3-5\u20E35\u20E35\u20E3-0\u20E31\u20E33\u20E36\u20E3", "+14185550136", KEYCAP_EMOJI);
  }

  @Test
  void fullwidthDigitsHyphensAndParentheses() {
    assertWhole("８７３－５５５－０１５５", "+18735550155", FULLWIDTH_DIGITS);
    assertWhole("（４１６）５５５－０１９９", "+14165550199", FULLWIDTH_DIGITS);
    assertWhole("416－555－0199", "+14165550199");
  }

  @Test
  void mathematicalDigitsAreSurrogatePairs() {
    assertPhones("Call 𝟒𝟏𝟔𝟓𝟓𝟓𝟎𝟏𝟗𝟗 now", phone("+14165550199", "𝟒𝟏𝟔𝟓𝟓𝟓𝟎𝟏𝟗𝟗", MATH_DIGITS));
    assertWhole("𝟯𝟲𝟱𝟱𝟱𝟱𝟬𝟭𝟮𝟳", "+13655550127", MATH_DIGITS);
    assertWhole("𝟺𝟷𝟼-𝟻𝟻𝟻-𝟶𝟷𝟿𝟿", "+14165550199", MATH_DIGITS);
    assertWhole("𝟜𝟙𝟞 555 𝟘𝟙𝟡𝟡", "+14165550199", MATH_DIGITS);
  }

  @Test
  void enclosedDigitsOfEveryFamily() {
    assertWhole("③⑥⑤-⑤⑤⑤-⓪①④①", "+13655550141", CIRCLED_DIGITS);
    assertWhole("⑷⑴⑹ ⑸⑸⑸ ⓪⑴⑼⑼", "+14165550199", CIRCLED_DIGITS);
    assertWhole("❹❶❻ ❺❺❺ ⓿❶❾❾", "+14165550199", CIRCLED_DIGITS);
    assertWhole("➃➀➅-➄➄➄-🄋➀➈➈", "+14165550199", CIRCLED_DIGITS);
  }

  @ParameterizedTest
  @ValueSource(strings = {"*", "_", "·", "•", "~", "|", "⭐", "🔥", "💋", " • ", " | ", "=", "✨", "❤️"})
  void unusualSeparatorsBetweenGroups(String sep) {
    assertWhole("416" + sep + "555" + sep + "0199", "+14165550199", SEPARATORS);
  }

  @Test
  void invisibleCharactersBetweenDigitsAreSeparators() {
    assertWhole("416\u200B555\u200B0199", "+14165550199", SEPARATORS);
    assertWhole("4\u200D1\u200D6\u200D5\u200D5\u200D5\u200D0\u200D1\u200D9\u200D9", "+14165550199", SEPARATORS);
    assertPhones("4165550199\u200B ok", phone("+14165550199", "4165550199\u200B"));
  }

  @Test
  void numbersBrokenAcrossLines() {
    assertWhole("+1 (579)\n555-0159", "+15795550159", LINE_BREAK);
    assertWhole("416\r\n555\r\n0199", "+14165550199", LINE_BREAK);
    assertWhole("416 ~\n555 ~ 0199", "+14165550199", LINE_BREAK, SEPARATORS);
    assertWhole("five one four\n\nfive five five\nzero one three five", "+15145550135", LINE_BREAK, NUMBER_WORDS);
  }

  @Test
  void severalNumbersInOneAd() {
    assertPhones("Agency lines: 𝟖𝟎𝟕 𝟓𝟓𝟓 𝟎𝟏𝟕𝟖 780_555_0106 +18075550113\nThunder Bay",
        phone("+18075550178", "𝟖𝟎𝟕 𝟓𝟓𝟓 𝟎𝟏𝟕𝟖", MATH_DIGITS),
        phone("+17805550106", "780_555_0106", SEPARATORS),
        phone("+18075550113", "+18075550113"));
    assertPhones("4165550199 6475550123", phone("+14165550199", "4165550199"), phone("+16475550123", "6475550123"));
    assertPhones("416 555 0199 647 555 0123", phone("+14165550199", "416 555 0199"), phone("+16475550123", "647 555 0123"));
  }

  @Test
  void whatsappLinks() {
    // The span covers the link: the number is written as the link.
    assertPhones("Call wa.me/15875550123", phone("+15875550123", "wa.me/15875550123"));
    assertPhones("https://wa.me/14165550199?text=hi", phone("+14165550199", "https://wa.me/14165550199"));
    assertPhones("HTTP://WA.ME/14165550199", phone("+14165550199", "HTTP://WA.ME/14165550199"));
  }

  @Test
  void internationalNumbersAfterAPlus() {
    // Ofcom's drama range 020 7946 0xxx: fictional by design.
    assertWhole("+44 20 7946 0958", "+442079460958");
    assertWhole("0044 20 7946 0958", "+442079460958");
    assertWhole("011 44 20 7946 0958", "+442079460958");
    assertWhole("+1 416 555 0199", "+14165550199");
    assertNoPhone("+44 20 7946");
  }

  @Test
  void pricesAreNotPhones() {
    assertNoPhone("150hh 250h");
    assertNoPhone("$150/hh • $250/h");
    assertNoPhone("HH 140 / H 200 / 2H 400");
    assertNoPhone("Formation 5 500 $ remboursée");
    assertNoPhone("Recruitment fee $2,800 before arrival, housing $550/month from pay.");
    assertNoPhone("160 roses hh 200 roses h 350 2h");
    assertNoPhone("1 500 $ 2 000 $ 3 500 $ 4 000 $");
  }

  @Test
  void datesAndTimesAreNotPhones() {
    assertNoPhone("du 4 au 8 décembre");
    assertNoPhone("2024-11-29");
    assertNoPhone("until May 8");
    assertNoPhone("9:30am-11:00pm");
    assertNoPhone("29/11/2024 11/29/2024 2024.11.29 29-11-24");
    assertNoPhone("Ouvert 24/7 - 7/7 - 24/24");
  }

  @Test
  void measurementsPostalCodesAddressesReferencesAreNotPhones() {
    assertNoPhone("5ft2 105lb 32-22-34");
    assertNoPhone("5'6\" 120 lbs 36DD-24-36");
    assertNoPhone("M7A 0L5");
    assertNoPhone("Office Unit 732, 8674 Jasper Ave, N4T 6V1");
    assertNoPhone("Massage Lévis – 736, rue Sainte-Catherine Est");
    assertNoPhone("Application Ref. 2024-865-2634");
    assertNoPhone("Order no. 416-555-0100 confirmed");
    assertNoPhone("N° de dossier 514 555 0123");
    assertNoPhone("Card 4111 1111 1111 1111, 123456789012");
  }

  @Test
  void shortAndInvalidNumbersAreNotPhones() {
    assertNoPhone("ancien numéro 572-3150");
    assertNoPhone("wrong number in my old ad ((022) 307-9801)");
    assertNoPhone("(555) 555-0199");
    assertNoPhone("(416) 155-0199");
    assertNoPhone("911-555-0199");
  }

  @Test
  void agesCryptoAndProseAreNotPhones() {
    assertNoPhone("Maya 27 y/o, 22 ans, 19yo, age 34");
    assertNoPhone("BTC 1PixFMgLb7kgqULCwrB2FwJtGKz3tqcS4B or bc1qg86r25jttyw9f6qummtuwu2tadx69u9vec46mj");
    assertNoPhone("ETH 0x4334C587136D98dd099494289446EdC92A6eE46D 0xd56eb14fc734d1dd37b5a68a9aca4beafa2e6355");
    assertNoPhone("I want to see you for one hour and two more for free, won't you?");
    assertNoPhone("Un deux trois, nous irons au bois; quatre cinq six, cueillir des cerises");
    assertNoPhone("sept huit neuf, dans mon panier neuf; dix onze douze, elles seront toutes rouges");
  }

  @Test
  void adjacentDecoysDoNotLendDigits() {
    assertPhones("Maya 27 y/o\n4 0 3 5 5 5 0 1 7 4", phone("+14035550174", "4 0 3 5 5 5 0 1 7 4", SPACED_DIGITS));
    assertPhones("Age 23\n4 1 6 5 5 5 0 1 9 9", phone("+14165550199", "4 1 6 5 5 5 0 1 9 9", SPACED_DIGITS));
    assertPhones("29/11/2024 416 555 0199", phone("+14165550199", "416 555 0199"));
    assertPhones("2024-11-29 416-555-0199", phone("+14165550199", "416-555-0199"));
    assertPhones("2024 416 555 0199", phone("+14165550199", "416 555 0199"));
    assertPhones("Call me for 416 555 0199", phone("+14165550199", "416 555 0199"));
    assertPhones("correct one is 2505550103", phone("+12505550103", "2505550103"));
    assertPhones("correct one 2505550103", phone("+12505550103", "2505550103"));
    assertPhones("HH 140 / H 200\n4 1 6 5 5 5 0 1 9 9", phone("+14165550199", "4 1 6 5 5 5 0 1 9 9", SPACED_DIGITS));
    assertPhones("Ouvert 24/7\n5 8 1\n5 5 5 0 1 6 9",
        phone("+15815550169", "5 8 1\n5 5 5 0 1 6 9", LINE_BREAK, SPACED_DIGITS));
    assertPhones("514🔥555🔥0135\n24/7", phone("+15145550135", "514🔥555🔥0135", SEPARATORS));
    assertPhones("Room 12 4165550199", phone("+14165550199", "4165550199"));
    assertPhones("ph4165550199", phone("+14165550199", "4165550199"));
    assertPhones("cell:416 555 0199email:jess@x.com", phone("+14165550199", "416 555 0199"));
    assertNoPhone("34DD 416 555 Rates 160hh 250h 1000night");
  }

  @Test
  void regressionsFromTheTestkitAdGenerator() {
    // Measurements, then a price on the next line: "80-55-103⏎250" must not make 805 510 3250.
    assertNoPhone("Mensurations : 1,52 m – 52 kg – 80-55-103\n250hh\n2h 440");
    assertNoPhone("5ft5 130lb 38-27-39\n💵 1,400 CAD/overnight");
    assertNoPhone("Mensurations : 1,72 m – 50 kg – 92-58-101\n400 roses h");
    // An invalid-NANP decoy in parentheses is no international call prefix.
    assertNoPhone("PAS le (003) 588-1511");
    assertNoPhone("ignore (003) 905-6615 (typo)");
    // A price's "1" is no country code: "170⏎📱 ④⑤..." and "1800⏎📱 for one eight...".
    assertPhones("hh 170\n📱 ④⑤ ⓪⑤ ⑤⑤ ⓪① ④⓪",
        phone("+14505550140", "④⑤ ⓪⑤ ⑤⑤ ⓪① ④⓪", CIRCLED_DIGITS, SPACED_DIGITS));
    assertPhones("overnight 1800\n📱 for one eight 🔥 five five five 🔥 oh one one zero",
        phone("+14185550110", "for one eight 🔥 five five five 🔥 oh one one zero", NUMBER_WORDS, SEPARATORS));
    // A date range before a number on the next line.
    assertPhones("here April 26–27\n📱 9ZERO5  FIVEFIVEFIVE\n0ONE6EIGHT\nfacebook",
        phone("+19055550168", "9ZERO5  FIVEFIVEFIVE\n0ONE6EIGHT", LINE_BREAK, MIXED_WORDS_DIGITS, NUMBER_WORDS));
    // A price on the line before: the strongest separator bounds the number.
    assertPhones("Tarifs – 390h • 2hrs 430\n📱 365 \n5550 1\n46\nClients 18+ uniquement",
        phone("+13655550146", "365 \n5550 1\n46", LINE_BREAK, SPACED_DIGITS));
    // A height's inches are no country code.
    assertPhones("Measurements: 36B-22-35, 5'1\n📱 6  7  2  5  5  5  0  1  1  1",
        phone("+16725550111", "6  7  2  5  5  5  0  1  1  1", SPACED_DIGITS));
    assertNoPhone("5'6\" 416 555");
    // Full stops are no thousands separators: "1 368.555⏎0196" is a phone.
    assertPhones("WhatsApp : 1 368.555\n0196", phone("+13685550196", "1 368.555\n0196", LINE_BREAK));
  }

  @Test
  void regressionDateMaskOnlyForStandaloneDatesInPlainDigits() {
    // Found by the seeded ad generator: "/"-separated renderings looked like dates.
    assertPhones("Ligne 2⃣0⃣4⃣/5⃣/5⃣/5⃣0⃣/1⃣3⃣4⃣ svp",
        phone("+12045550134", "2⃣0⃣4⃣/5⃣/5⃣/5⃣0⃣/1⃣3⃣4⃣", KEYCAP_EMOJI, SPACED_DIGITS));
    assertPhones("txt 6/7/2555\n\n01/24 (text only)",
        phone("+16725550124", "6/7/2555\n\n01/24", LINE_BREAK, SPACED_DIGITS));
    assertPhones("cell 7/7/\n\n8/5/5/5/0/1/5/0 svp",
        phone("+17785550150", "7/7/\n\n8/5/5/5/0/1/5/0", LINE_BREAK, SPACED_DIGITS));
    assertPhones("Contact: 25/05/55/\n01/86 💋",
        phone("+12505550186", "25/05/55/\n01/86", LINE_BREAK, SPACED_DIGITS));
  }
}
