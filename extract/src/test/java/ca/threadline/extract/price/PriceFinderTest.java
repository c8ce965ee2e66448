package ca.threadline.extract.price;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.core.selector.Selector;
import ca.threadline.extract.FinderProbe;
import ca.threadline.extract.RandomTexts;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceFinderTest {
  private final FinderProbe probe = new FinderProbe(new PriceFinder());

  /** Value and currency: a price is both. */
  private List<String> values(String text) {
    return probe.find(text).stream().map(s -> s.value() + " " + s.currency()).toList();
  }

  @Test
  void dollarSignBeforeOrAfter() {
    assertThat(values("$150/hh • $250/h")).containsExactly("150 CAD", "250 CAD");
    assertThat(values("280 $ l'heure")).containsExactly("280 CAD");
    assertThat(values("700$ la nuit")).containsExactly("700 CAD");
    assertThat(values("$17/hr cash")).containsExactly("17 CAD");
    assertThat(values("Logement 120$/semaine retenu sur la paie.")).containsExactly("120 CAD");
    assertThat(values("Housing/logement $450/mois")).containsExactly("450 CAD");
  }

  @Test
  void thousandsSeparatorsAndCents() {
    assertThat(values("Formation 5 500 $ remboursée")).containsExactly("5500 CAD");
    assertThat(values("Recruitment fee $2,800 before arrival")).containsExactly("2800 CAD");
    assertThat(values("Frais d'EIMT 3 000 $")).containsExactly("3000 CAD");
    assertThat(values("$16.75/hour")).containsExactly("16 CAD");
    assertThat(values("$5k deposit")).containsExactly("5000 CAD");
  }

  @Test
  void rosesAreDollars() {
    // Ad slang: a rose stands for a dollar (Jennex & Whitney 2017).
    assertThat(values("160 roses hh")).containsExactly("160 CAD");
    assertThat(values("200🌹 hour")).containsExactly("200 CAD");
    assertThat(values("a dozen roses, 12 roses")).isEmpty();
  }

  @Test
  void otherCurrenciesAreNamed() {
    assertThat(values("US$200")).containsExactly("200 USD");
    assertThat(values("200 USD")).containsExactly("200 USD");
    assertThat(values("150€")).containsExactly("150 EUR");
    assertThat(values("£90")).containsExactly("90 GBP");
    assertThat(values("300 CAD")).containsExactly("300 CAD");
    assertThat(values("150 piasses")).containsExactly("150 CAD");
  }

  @Test
  void rateSheetsWithoutASign() {
    assertThat(values("HH 140 / H 200 / 2H 400")).containsExactly("140 CAD", "200 CAD", "400 CAD");
    assertThat(values("150hh 250h")).containsExactly("150 CAD", "250 CAD");
    assertThat(values("30 min 100, 1 hour 180")).containsExactly("100 CAD", "180 CAD");
  }

  @Test
  void notPrices() {
    assertThat(values("Whatsapp me 4 0 3\n5 5 5 0 1 7 4")).isEmpty();
    assertThat(values("(403)555-0130 / 1 403 555-0120 / +18075550113")).isEmpty();
    assertThat(values("Maya 27 y/o, 22 ans, age 45")).isEmpty();
    assertThat(values("5ft2 105lb 32-22-34")).isEmpty();
    assertThat(values("9:30am-11:00pm, until May 8, du 4 au 8 décembre")).isEmpty();
    assertThat(values("Ouvert 24/7, 24h/24, de 9h à 21h, 20h30")).isEmpty();
    assertThat(values("Application Ref. 2024-865-2634, since 2019")).isEmpty();
    assertThat(values("H 514 555 0135")).isEmpty();
    assertThat(values("$514 555 0135")).isEmpty();
    assertThat(values("0.005 BTC")).isEmpty();
    assertThat(values("pas de permis requis, 40h/semaine, 45 hrs per week")).isEmpty();
  }

  @Test
  void spanAndDeduplication() {
    String text = "$150/hh, $150/hh again";
    List<Selector> found = probe.find(text);
    assertThat(found).singleElement().satisfies(s -> assertThat(s.span().of(text)).isEqualTo("$150"));
  }

  // Regressions found by scoring the generator (GeneratorQualityReport).

  @Test
  void aSignAfterOneAmountDoesNotPriceTheNextNumber() {
    assertThat(values("h : 210 $\n520$ 2h\nOuvert 24/7")).containsExactly("210 CAD", "520 CAD");
    assertThat(values("💵 30min : 130 $\n370 $ 1 heure")).containsExactly("130 CAD", "370 CAD");
    assertThat(values("$150 $250")).containsExactly("150 CAD", "250 CAD");
  }

  @Test
  void aCurrencyCodeIsAWholeWordOnTheAmountsLine() {
    assertThat(values("Travail physique à l'extérieur\n7 jours sur 7, 12 h par jour")).isEmpty();
    assertThat(values("NOT 0xF29Ca4d0c0bc6c7dCEcEa42aa0e2e15066CaD407")).isEmpty();
    assertThat(values("0x84D8493A8bc126913BcaD6941E119365f62552e3")).isEmpty();
    assertThat(values("CAD 400, cad\n5")).containsExactly("400 CAD");
  }

  @Test
  void digitsInsideAnAddressAreNotARate() {
    assertThat(values("Deposits: 1QAfJY1W4tDpg9tG9BrkhGp13Wpdiy535h")).isEmpty();
    assertThat(values("PAS 3H71nGk9fWDwFKJ8AciZtX3MVrqkfz1de5")).isEmpty();
    assertThat(values("HH 140 / H 200 / 2H 400")).containsExactly("140 CAD", "200 CAD", "400 CAD");
    assertThat(values("ignore old typo 0xBF91B886dA55c413d1c265cFe10B421D4b995cAD")).isEmpty();
  }

  @Test
  void anAmountAndItsUnitOrSignShareALine() {
    assertThat(values("Destiny 💕 aged 42\nHH $110 | $400/1hr")).containsExactly("110 CAD", "400 CAD");
    assertThat(values("Aged 43\nH 300 / 2H 580")).containsExactly("300 CAD", "580 CAD");
    assertThat(values("Age 25\n$200 hour")).containsExactly("200 CAD");
    assertThat(values("BC1PZVMR3RUZDJWAXW0HFF486WMUMFFDPCZPEC2R3VD6FVF0URN7U5AQ7N333H")).isEmpty();
    assertThat(values("150hh 250h")).containsExactly("150 CAD", "250 CAD");
  }

  // Regressions found by scoring the linking corpus generator (LinkingCorpusQuality).

  @Test
  void rateLinesWithADurationAndNoCurrency() {
    assertThat(values("Tarifs : 180 30 min, 290 1 heure!")).containsExactly("180 CAD", "290 CAD");
    assertThat(values("Express 260, une heure 420. Short visit 240, full hour 380."))
        .containsExactly("260 CAD", "420 CAD", "240 CAD", "380 CAD");
    assertThat(values("Donations: 100 half hour, 160 hr")).containsExactly("100 CAD", "160 CAD");
    assertThat(values("Dons : 180 la demi-heure, 290 l'heure")).containsExactly("180 CAD", "290 CAD");
    assertThat(values("Rapide 200, heure complète 320")).containsExactly("200 CAD", "320 CAD");
    assertThat(values("Courte visite 180, 60 min 290")).containsExactly("180 CAD", "290 CAD");
    assertThat(values("QUICKIE 150, ONE HOUR 250")).containsExactly("150 CAD", "250 CAD");
    assertThat(values("Rates: 160 hh, 260 1 hour")).containsExactly("160 CAD", "260 CAD");
    assertThat(values("Quickie 180 60 min 290")).containsExactly("180 CAD", "290 CAD");
  }

  @Test
  void rateLinesWithATypingSlip() {
    assertThat(values("Short visit 240, full houur 380")).containsExactly("240 CAD", "380 CAD");
    assertThat(values("Tarifs : 160 demi-heeure, 260 l'heuure")).containsExactly("160 CAD", "260 CAD");
    assertThat(values("Tarifs : 160 demi-here, 260 1 heure")).containsExactly("160 CAD", "260 CAD");
    assertThat(values("180 dolllars today, 200 dollaars")).containsExactly("180 CAD", "200 CAD");
    assertThat(values("Shrot visit 200")).containsExactly("200 CAD");
  }

  @Test
  void durationsTimesAndCountsOfHoursAreNotPrices() {
    assertThat(values("Express 45 min 200")).containsExactly("200 CAD");
    assertThat(values("30 min, 60 min, 90 minutes")).isEmpty();
    assertThat(values("Disponible de 18 h 45 à 23 h")).isEmpty();
    assertThat(values("70 hours a week, 40 hours a week")).isEmpty();
    assertThat(values("I'm here 100 here")).isEmpty();
    assertThat(values("Courte visite - 100% vraies photos")).isEmpty();
    assertThat(values("Rates: 120 half hour, 190 1 hour - 100% pictures")).containsExactly("120 CAD", "190 CAD");
    assertThat(values("De retour pour une courte visite - 450  555  0159 en tout temps")).isEmpty();
    assertThat(values("18 heures 45 minutes")).isEmpty();
  }

  @Test
  void aRoseEmojiAfterAPhoneOrTwentyFourSevenIsDecoration() {
    assertThat(values("Available 24/7 🌹")).isEmpty();
    assertThat(values("Textez-moi au 973 - 555 - 0114 🌹⭐")).isEmpty();
    assertThat(values("5 1 4 5 5 5 0 1 2 7 🌹")).isEmpty();
    assertThat(values("Allow me to introduce myself, I'm Amber, 27 🌹✨💕")).isEmpty();
    assertThat(values("Call now at 87 35 55 01 51 🌹😘")).isEmpty();
    assertThat(values("200 🌹 hh")).containsExactly("200 CAD");
    assertThat(values("Appelez au 1-(438) 555-0143 - 260 $ spécial")).containsExactly("260 CAD");
  }

  @Test
  void thePreChecksNeverSkipAPlaceWhereThePatternsMatch() {
    long seed = 31337L;
    System.out.println("PriceFinderTest seed " + seed);
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    String[] pieces = {"150", "2", "5 500", "2,800", "1\u00A0200", "12.50", ",5", "k", "K", "\u212A", " ", "\u00A0",
        "\u202F", "/", "$", "US$", "usd", "CAD", "€", "£", "EUR", "gbp", "dollars", "bucks", "euro", "piasses",
        "roses", "\uD83C\uDF39", "h", "hh", "HR", "hrs", "hour", "half hour", "qv", "QK", "x", "é", "\n", ":", "-"};
    int after = 0;
    int unit = 0;
    for (int round = 0; round < 20_000; round++) {
      String text = RandomTexts.join(random, pieces, 9);
      java.util.regex.Matcher a = PriceFinder.AFTER.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      java.util.regex.Matcher u =
          PriceFinder.AMOUNT_THEN_UNIT.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      for (int p = 0; p < text.length(); p++) {
        char c = text.charAt(p);
        if (c < '0' || c > '9' || (p > 0 && text.charAt(p - 1) >= '0' && text.charAt(p - 1) <= '9')) {
          continue;
        }
        int to = Math.min(text.length(), p + 40);
        if (a.region(p, to).lookingAt()) {
          after++;
          assertThat(PriceFinder.signMayFollow(text, p, to)).as("%s at %d", text, p).isTrue();
        }
        if (u.region(p, to).lookingAt()) {
          unit++;
          assertThat(PriceFinder.unitMayFollow(text, p, to)).as("%s at %d", text, p).isTrue();
        }
      }
    }
    assertThat(after).isGreaterThan(1000);
    assertThat(unit).isGreaterThan(300);
  }
}
