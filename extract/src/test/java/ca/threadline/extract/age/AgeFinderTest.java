package ca.threadline.extract.age;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.extract.FinderProbe;
import org.junit.jupiter.api.Test;

class AgeFinderTest {
  private final FinderProbe probe = new FinderProbe(new AgeFinder());

  @Test
  void englishUnits() {
    assertThat(probe.values("Dahlia 19yo")).containsExactly("19");
    assertThat(probe.values("Maya 27 y/o\nToronto")).containsExactly("27");
    assertThat(probe.values("Luna 28y.o., T.O.")).containsExactly("28");
    assertThat(probe.values("Dahlia 19yrs\n$150/hh")).containsExactly("19");
    assertThat(probe.values("Aria 21 yrs old")).containsExactly("21");
    assertThat(probe.values("Aria, 38 years old")).containsExactly("38");
    assertThat(probe.values("a 22-year-old student")).containsExactly("22");
    assertThat(probe.values("Lily, 19 years young")).containsExactly("19");
    assertThat(probe.values("twenty-two years old and sweet")).containsExactly("22");
  }

  @Test
  void labels() {
    assertThat(probe.values("Skye age 45, St. John's")).containsExactly("45");
    assertThat(probe.values("Jolie Age: 19 in Saint John")).containsExactly("19");
    assertThat(probe.values("Frédérique âge : 27")).containsExactly("27");
    assertThat(probe.values("It's Bella 💖 age 21")).containsExactly("21");
    assertThat(probe.values("jeune femme âgée de 24 ans")).containsExactly("24");
    assertThat(probe.values("aged 33")).containsExactly("33");
  }

  @Test
  void french() {
    assertThat(probe.values("Coralie 23 ans\nville de Québec")).containsExactly("23");
    assertThat(probe.values("Justine 32ans 💋 Barrie")).containsExactly("32");
    assertThat(probe.values("Nouvelle à Gatineau 💕 Léa, j'ai 31 ans")).containsExactly("31");
    assertThat(probe.values("jai 26 ans")).containsExactly("26");
    assertThat(probe.values("une femme de 25 ans")).containsExactly("25");
    assertThat(probe.values("vingt-deux ans, petite")).containsExactly("22");
    assertThat(probe.values("j’ai trente et un ans")).containsExactly("31");
  }

  @Test
  void imAndANumber() {
    assertThat(probe.values("Born in 1999, I'm 25. New in town")).containsExactly("25");
    assertThat(probe.values("im 22 and ready")).containsExactly("22");
    assertThat(probe.values("I'm 30 minutes from downtown")).isEmpty();
  }

  @Test
  void underEighteenStatementsAreReported() {
    assertThat(probe.values("Mia 16yo")).containsExactly("16");
    assertThat(probe.values("j'ai 17 ans")).containsExactly("17");
  }

  @Test
  void notAges() {
    assertThat(probe.values("Ouvert 24/7")).isEmpty();
    assertThat(probe.values("all clients must be 18+")).isEmpty();
    assertThat(probe.values("$17/hr cash, 5 years experience preferred")).isEmpty();
    assertThat(probe.values("20 years experience in construction")).isEmpty();
    assertThat(probe.values("Formation 5 500 $ remboursée sur la paie, 3 ans d'expérience")).isEmpty();
    assertThat(probe.values("20 ans d'expérience, depuis 10 ans, il y a 25 ans")).isEmpty();
    assertThat(probe.values("Cleaners wanted in Edmonton, cash daily, since 2019")).isEmpty();
    assertThat(probe.values("We have been in business for 20 years.")).isEmpty();
    assertThat(probe.values("Must be 18 years or older. Must be 21 and over.")).isEmpty();
    assertThat(probe.values("Âge minimum : 18 ans. 18 ans et plus. 18 ans révolus")).isEmpty();
    assertThat(probe.values("Age 18-35 preferred, ages 20 to 45, age 18+")).isEmpty();
    assertThat(probe.values("contrat de 2 ans, plus de 25 ans, entre 20 et 35 ans")).isEmpty();
    assertThat(probe.values("minimum age 19")).isEmpty();
    assertThat(probe.values("5ft2 105lb 32-22-34, 9:30am-11:00pm, until May 8")).isEmpty();
    assertThat(probe.values("30 years of service to the community")).isEmpty();
  }

  @Test
  void numbersOutsideTheRangeAreNotAges() {
    assertThat(probe.values("99 years old building")).isEmpty();
    assertThat(probe.values("10 yo")).isEmpty();
    assertThat(probe.values("Lily 12 ans")).isEmpty();
  }

  @Test
  void spanCoversNumberAndUnit() {
    String text = "Maya 27 y/o";
    assertThat(probe.find(text)).singleElement().satisfies(s -> assertThat(s.span().of(text)).isEqualTo("27 y/o"));
  }

  @Test
  void sameAgeTwiceIsOneSelectorTwoAgesAreTwo() {
    assertThat(probe.values("Age: 22. I'm 22yo")).containsExactly("22");
    assertThat(probe.values("Two friends, 21yo and 24yo")).containsExactly("21", "24");
  }

  @Test
  void requirementsAreNotStatedAges() {
    assertThat(probe.values("clients must be 18 years old")).isEmpty();
    assertThat(probe.values("at least 21 yo")).isEmpty();
    assertThat(probe.values("doit avoir 18 ans")).isEmpty();
    assertThat(probe.values("Must see! Jessica 22yo")).containsExactly("22");
    assertThat(probe.values("Must see Jessica 22yo")).containsExactly("22");
  }

  // Regressions found by scoring the generator (GeneratorQualityReport) and the held-out set.

  @Test
  void aSpacedDashEndsTheStatement() {
    assertThat(probe.values("Skye - 25yrs - Quebec City")).containsExactly("25");
    assertThat(probe.values("Isabela - 34 yrs - ville de Quebec")).containsExactly("34");
    assertThat(probe.values("Nora - 24 yrs - Dartmouth")).containsExactly("24");
    assertThat(probe.values("5 yrs-experience")).isEmpty();
  }

  @Test
  void aBareNumberBetweenSeparatorsAfterAName() {
    assertThat(probe.values("Sasha | 27 | Vancouver")).containsExactly("27");
    assertThat(probe.values("Paige, 31, Halifax NS")).containsExactly("31");
    assertThat(probe.values("Mistress Vera [40] — Ottawa")).containsExactly("40");
    assertThat(probe.values("Eurasian model Paris, 26, just back from London")).containsExactly("26");
    assertThat(probe.values("Bella (23)\nnew in town")).containsExactly("23");
    assertThat(probe.values("Skye - 25 - Halifax")).containsExactly("25");
    assertThat(probe.values("Hamilton, 25 min away. Toronto, 24/7. Dec 12, 2024. Suite 21, Room (12)")).isEmpty();
    assertThat(probe.values("May, 24 | June, 30 | Highway 17, exit 12")).isEmpty();
    assertThat(probe.values("Bella, 21, 22 and 23")).isEmpty();
    assertThat(probe.values("Rates, 40 | Donations, 60")).isEmpty();
    assertThat(probe.values("Hh, 80 | Qv, 50\nArea 51")).isEmpty();
    assertThat(probe.values("Bella - 25-30 min")).isEmpty();
    assertThat(probe.values("Mia, 99, Toronto")).isEmpty();
    assertThat(probe.values("Lila 24 - Surrey BC")).containsExactly("24");
    assertThat(probe.values("Contact Raj 57\n555 0123\nWhatsApp 36\n5 5 5 0 1 2 3")).isEmpty();
    assertThat(probe.values("Bella, 22\n𝟒𝟏𝟔 555 0199")).isEmpty();
    assertThat(probe.values("Brandon girls night: Kayla 21 & Shay 23\nBrandon, MB")).containsExactly("21", "23");
    assertThat(probe.values("Barrie 20 - 25 min away, Suite 24 - 2nd floor, Bill 21\nCovid 19\nHighway 17 - exit")).isEmpty();
    assertThat(probe.values("Lila 24 hours, Lila 24/7, Lila 24 min")).isEmpty();
  }

  @Test
  void justTurned() {
    assertThat(probe.values("just turned 19!")).containsExactly("19");
    assertThat(probe.values("turned 30 minutes late")).isEmpty();
  }

  @Test
  void imBeforeANumberInWords() {
    assertThat(probe.values("I'm twenty-five, new in Moncton")).containsExactly("25");
    assertThat(probe.values("I'm twenty minutes from downtown")).isEmpty();
  }

  @Test
  void aLabelBeforeANumberInWords() {
    assertThat(probe.values("Brianna age twenty-two 💖")).containsExactly("22");
    assertThat(probe.values("Âge : vingt-cinq")).containsExactly("25");
    assertThat(probe.values("minimum age twenty-one")).isEmpty();
  }

  @Test
  void aBoundAfterYearsOldIsNotAnAge() {
    assertThat(probe.values("Drivers needed, 25 years old minimum")).isEmpty();
    assertThat(probe.values("clients 21 yo and over")).isEmpty();
    assertThat(probe.values("Mia 21 years old and sweet")).containsExactly("21");
  }

  @Test
  void barelyLegalIsYouthLanguageNotARequirement() {
    assertThat(probe.values("Barely legal 18yo Kylie")).containsExactly("18");
    assertThat(probe.values("must be legal 18 yo")).isEmpty();
  }

  @Test
  void frenchDescriptionsBeforeDe() {
    assertThat(probe.values("Femme mûre de trente-huit ans, Sherbrooke")).containsExactly("38");
    assertThat(probe.values("jolie de 22 ans")).containsExactly("22");
    assertThat(probe.values("plus de 25 ans")).isEmpty();
  }

  @Test
  void anAgeFollowedByWhereThePersonIs() {
    assertThat(probe.values("Belle Haïtienne 27 ans à Montréal-Nord")).containsExactly("27");
    assertThat(probe.values("2 ans à temps plein, 20 ans à temps partiel")).isEmpty();
  }

  // Regressions found by scoring the linking corpus generator (LinkingCorpusQuality).

  @Test
  void frenchAgeOfAPersonOnTour() {
    assertThat(probe.values("Justine 22 ans en tournée à Ottawa")).containsExactly("22");
    assertThat(probe.values("Laurence 33 ans de passage à Montréal")).containsExactly("33");
    assertThat(probe.values("Élodie 28 ans en visite à Sherbrooke quelques jours")).containsExactly("28");
    assertThat(probe.values("Camille 34 ans en tourée à MTL")).containsExactly("34"); // one typing slip
    assertThat(probe.values("Mélodie 28 ans de passgae à Montréal")).containsExactly("28");
    assertThat(probe.values("3 ans en poste, 10 ans de service")).isEmpty();
    assertThat(probe.values("depuis 20 ans en tournée")).isEmpty();
  }

  @Test
  void aNameAndAgeBeforeATour() {
    assertThat(probe.values("Scarlett 23 touring MTL for a few days")).containsExactly("23");
    assertThat(probe.values("Ebony 25 visiting Calgary now")).containsExactly("25");
    assertThat(probe.values("Brooke 27 staying in Quebec City this week")).containsExactly("27");
    assertThat(probe.values("Stella 25 STAIYNG IN TO NOW")).containsExactly("25");
    assertThat(probe.values("Ebony 30 visitng Toronto")).containsExactly("30");
    assertThat(probe.values("Suite 21 visiting hours")).isEmpty();
  }

  @Test
  void anIntroducedNameThenTheAge() {
    assertThat(probe.values("Allow me to introduce myself, I'm Sasha, 24. On dit")).containsExactly("24");
    assertThat(probe.values("I'm Misty, 24 ~ Ask me about")).containsExactly("24");
    assertThat(probe.values("I'm Daisy, 34 ✨😘💋. I spend")).containsExactly("34");
    assertThat(probe.values("I'm Jade, 21 - 100% pictures")).containsExactly("21");
    assertThat(probe.values("Gorgeous Sarah-Ève, 20, slender")).containsExactly("20");
    assertThat(probe.values("I'm Jade, 21 - 25 min away")).isEmpty();
    assertThat(probe.values("I'm Jade, 24/7")).isEmpty();
  }

  @Test
  void yearsWithATypingSlipOrAPeriod() {
    assertThat(probe.values("My name is Brooke and I am 26 yrs. They say")).containsExactly("26");
    assertThat(probe.values("I am 25 years yuong with")).containsExactly("25");
    assertThat(probe.values("I am 24 yeras old")).containsExactly("24");
    assertThat(probe.values("I worked 20 yrs. Then")).isEmpty();
  }

  @Test
  void aTildeEndsTheRequirementsSentence() {
    assertThat(probe.values("No under 21 ~ Daisy, 27, petite")).containsExactly("27");
    assertThat(probe.values("Must be over 21, 25 ok")).isEmpty();
  }
}
