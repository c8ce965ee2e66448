package ca.threadline.extract.location;

import static org.assertj.core.api.Assertions.assertThat;

import ca.threadline.core.selector.Selector;
import ca.threadline.extract.FinderProbe;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocationFinderTest {
  private final FinderProbe probe = new FinderProbe(new LocationFinder());

  @Test
  void englishAndFrenchNamesWithOfficialAccents() {
    assertThat(probe.values("Gorgeous Leah age 22\nMontreal\n24/7")).containsExactly("Montréal, QC");
    assertThat(probe.values("MONTRÉAL")).containsExactly("Montréal, QC");
    assertThat(probe.values("Massage Lévis – 736, rue Sainte-Catherine Est")).containsExactly("Lévis, QC");
    assertThat(probe.values("Levis")).containsExactly("Lévis, QC");
    assertThat(probe.values("Three Rivers")).containsExactly("Trois-Rivières, QC");
    assertThat(probe.values("Trois Rivières")).containsExactly("Trois-Rivières, QC");
    assertThat(probe.values("trois-rivieres")).containsExactly("Trois-Rivières, QC");
    assertThat(probe.values("Sault Ste. Marie, Sault-Sainte-Marie")).containsExactly("Sault Ste. Marie, ON");
    assertThat(probe.values("Val d'Or")).containsExactly("Val-d'Or, QC");
    assertThat(probe.values("St-Jérôme puis Ste-Thérèse")).containsExactly("Saint-Jérôme, QC", "Sainte-Thérèse, QC");
  }

  @Test
  void quebecCityVersusTheProvince() {
    assertThat(probe.values("ville de Québec ce week-end")).containsExactly("Québec, QC");
    assertThat(probe.values("Quebec City tonight")).containsExactly("Québec, QC");
    assertThat(probe.values("Je suis à Québec")).containsExactly("Québec, QC");
    assertThat(probe.values("Tournée au Québec : Drummondville puis Laval")).containsExactly("Drummondville, QC", "Laval, QC");
    assertThat(probe.values("Tournée: Montréal, Laval puis Québec")).containsExactly("Montréal, QC", "Laval, QC", "Québec, QC");
    assertThat(probe.values("Jobs all over Quebec, du Québec, province de Québec, in Quebec")).isEmpty();
    assertThat(probe.values("Montréal, Québec")).containsExactly("Montréal, QC");
    assertThat(probe.values("Laval (Québec)")).containsExactly("Laval, QC");
  }

  @Test
  void abbreviationsAndNicknames() {
    assertThat(probe.values("Luna 28y.o., T.O.")).containsExactly("Toronto, ON");
    assertThat(probe.values("Mia 30y.o., Mtl")).containsExactly("Montréal, QC");
    assertThat(probe.values("Back in the 6ix")).containsExactly("Toronto, ON");
    assertThat(probe.values("landing at YYZ")).containsExactly("Toronto, ON");
    assertThat(probe.values("TO escorts")).isEmpty(); // "TO" alone is too ambiguous
    assertThat(probe.values("to the yyz")).isEmpty(); // airport codes only in capitals
    assertThat(probe.values("Screening by email: kali_yyz at gmail dot com")).isEmpty();
  }

  @Test
  void stJohnsAndSaintJohnByContext() {
    assertThat(probe.values("Skye age 45, St. John's")).containsExactly("St. John's, NL");
    assertThat(probe.values("St Johns")).containsExactly("St. John's, NL");
    assertThat(probe.values("Jolie Age: 19 in Saint John, New Brunswick")).containsExactly("Saint John, NB");
    assertThat(probe.values("St. John NB")).containsExactly("Saint John, NB");
    assertThat(probe.values("St. John, Nfld")).containsExactly("St. John's, NL");
    assertThat(probe.values("In St John this week. Newfoundland girl")).containsExactly("St. John's, NL");
  }

  @Test
  void provinceAfterTheName() {
    assertThat(probe.values("Farm workers / ouvriers agricoles – Sherbrooke QC")).containsExactly("Sherbrooke, QC");
    assertThat(probe.values("à Trois Rivières (Qc) du 4 au 8 décembre")).containsExactly("Trois-Rivières, QC");
    assertThat(probe.values("Edmonton, AB T5J 0N3")).containsExactly("Edmonton, AB");
    assertThat(probe.values("Woodstock, NB")).containsExactly("Woodstock, NB");
    assertThat(probe.values("Woodstock")).containsExactly("Woodstock, ON");
  }

  @Test
  void aForeignOrWrongProvinceRejectsTheMention() {
    assertThat(probe.values("London, UK")).isEmpty();
    assertThat(probe.values("Hamilton, OH")).isEmpty();
    assertThat(probe.values("Windsor, NS")).isEmpty(); // not the Windsor the gazetteer knows
    assertThat(probe.values("London, Ontario")).containsExactly("London, ON");
  }

  @Test
  void victoriaThePlaceAndVictoriaThePerson() {
    assertThat(probe.values("Amira, 31 y/o\nVictoria, B.C.")).containsExactly("Victoria, BC");
    assertThat(probe.values("Hi I'm Victoria 🌷 25yo\nin Hamilton tonight")).containsExactly("Hamilton, ON");
    assertThat(probe.values("Victoria 💋 24yo")).isEmpty();
    assertThat(probe.values("I'm in Victoria until Friday")).containsExactly("Victoria, BC");
    assertThat(probe.values("Elle 💋 3065550108 💋 Regina\nall clients must be 18+")).containsExactly("Regina, SK");
    assertThat(probe.values("Ask for Regina, 22 ans")).isEmpty();
    assertThat(probe.values("Sydney here 😘 in Brandon")).containsExactly("Brandon, MB");
  }

  @Test
  void commonWordsNeedAProvince() {
    assertThat(probe.values("Paradise awaits, on a mission, King size bed, Delta hotel")).isEmpty();
    assertThat(probe.values("Delta, BC and Mission BC")).containsExactly("Delta, BC", "Mission, BC");
  }

  @Test
  void streetsAreNotPlaces() {
    assertThat(probe.values("Rue Laval, boul. Saint-Laurent, Victoria Park Ave, Kingston Rd, Hamilton St, rue Sherbrooke")).isEmpty();
    assertThat(probe.values("Office Unit 732, 8674 Jasper Ave, N4T 6V1")).isEmpty();
  }

  @Test
  void linksAddressesAndHandlesAreNotPlaces() {
    assertThat(probe.values("https://tryst.link/escort/luna-mtl")).isEmpty();
    assertThat(probe.values("montreal.escorts@gmail.com, @toronto_girl, leolist.cc/personals/montreal")).isEmpty();
  }

  @Test
  void aSlashSeparatesPlaces() {
    assertThat(probe.values("Aide-cuisinier à Gatineau/Ottawa")).containsExactly("Gatineau, QC", "Ottawa, ON");
  }

  @Test
  void personNamesThatAreCities() {
    assertThat(probe.values("Hi I'm London 😘 22yo")).isEmpty();
    assertThat(probe.values("In London tonight")).containsExactly("London, ON");
    assertThat(probe.values("Victoria Sasha 34yo")).containsExactly("Victoria, BC");
    assertThat(probe.values("Regina\nNew girl in town")).containsExactly("Regina, SK");
  }

  @Test
  void longestFormWins() {
    assertThat(probe.values("North Vancouver")).containsExactly("North Vancouver, BC");
    assertThat(probe.values("Richmond Hill")).containsExactly("Richmond Hill, ON");
    assertThat(probe.values("Grand Falls-Windsor")).containsExactly("Grand Falls-Windsor, NL");
    assertThat(probe.values("Saint-Jean-sur-Richelieu")).containsExactly("Saint-Jean-sur-Richelieu, QC");
  }

  @Test
  void communitiesKeepTheirOwnName() {
    assertThat(probe.values("Lily, Scarborough")).containsExactly("Scarborough, ON");
    assertThat(probe.values("Sudbury")).containsExactly("Sudbury, ON");
    assertThat(probe.values("Dartmouth")).containsExactly("Dartmouth, NS");
  }

  @Test
  void eachPlaceOnceWithTheSpanOfItsFirstMention() {
    String text = "Toronto! Toronto!! T.O.";
    List<Selector> found = probe.find(text);
    assertThat(found).singleElement().satisfies(s -> {
      assertThat(s.value()).isEqualTo("Toronto, ON");
      assertThat(s.span().of(text)).isEqualTo("Toronto");
    });
  }

  @Test
  void spanOfAMultiWordName() {
    String text = "Raven • 23yo • Thunder Bay";
    assertThat(probe.find(text)).singleElement().satisfies(s -> assertThat(s.span().of(text)).isEqualTo("Thunder Bay"));
  }

  // Regressions found by scoring the generator (GeneratorQualityReport) and the held-out set.

  @Test
  void aNameTheAdUsesForThePersonIsThePersonEverywhereInTheAd() {
    assertThat(probe.values("Classy Victoria 🥰\nVictoria 💜 18yo\nIncall in Mtl")).containsExactly("Montréal, QC");
    assertThat(probe.values("💫 Victoria 🥰\nJe m'appelle Victoria, 40 ans\nBasée à Hamilton")).containsExactly("Hamilton, ON");
    assertThat(probe.values("🥰 Sydney\nSydney 💫 23yo\nnow in Moncton")).containsExactly("Moncton, NB");
    assertThat(probe.values("Magnifique brunette Sydney\nSydney – j'ai 32 ans\nBasée à Truro")).containsExactly("Truro, NS");
    assertThat(probe.values("Classy Regina 💜 new pics\nRegina 26yo, upscale companion in Saskatoon")).containsExactly("Saskatoon, SK");
    assertThat(probe.values("TREAT YOURSELF TO Regina 😘\nRegina – 22yrs\nAvailable in Sherbrooke QC")).containsExactly("Sherbrooke, QC");
    // ... unless a province or a locative makes that mention the place
    assertThat(probe.values("I'm Victoria 😘 24yo, touring: in Victoria this week")).containsExactly("Victoria, BC");
    assertThat(probe.values("Hi, I'm Regina, 25 ans\nRegina, SK")).containsExactly("Regina, SK");
    assertThat(probe.values("Regina\nNew girl in town")).containsExactly("Regina, SK");
  }

  @Test
  void aDescriptorBeforeOrAVerbAfterMakesANameThePerson() {
    assertThat(probe.values("Sensuelle Victoria 💖")).isEmpty();
    assertThat(probe.values("Your favourite brunette Sydney 🌸")).isEmpty();
    assertThat(probe.values("TREAT YOURSELF TO Sydney 🦋")).isEmpty();
    assertThat(probe.values("Victoria the redhead ✨")).isEmpty();
    assertThat(probe.values("Our lovely Sydney is waiting for you")).isEmpty();
    assertThat(probe.values("Inoubliable Regina 💫\nRegina • aged 35 • Montréal, Que.")).containsExactly("Montréal, QC");
    assertThat(probe.values("Beautiful Victoria, BC")).containsExactly("Victoria, BC");
    assertThat(probe.values("Meet Hamilton's sweetest: Ashley 24yo")).containsExactly("Hamilton, ON");
  }

  @Test
  void aHeadlineNameWithTheAgeOnTheNextLineIsThePersonWhenTheAdSaysWhereItIs() {
    assertThat(probe.values("🌷 Regina 🖤\nAge 29\nPrivate apartment in London")).containsExactly("London, ON");
    assertThat(probe.values("💎💖 Victoria 💫🌷\n44 years old\nAvailable in Prince George")).containsExactly("Prince George, BC");
    assertThat(probe.values("Victoria 🌷\n25yo\nnew girl")).containsExactly("Victoria, BC");
  }

  @Test
  void ofTwoPlacesPairedByEmojiInAHeadlineTheGivenNameIsThePerson() {
    assertThat(probe.values("Montréal 🔥 Sydney")).containsExactly("Montréal, QC");
    assertThat(probe.values("Victoria 💜 Winnipeg, MB")).containsExactly("Winnipeg, MB");
    assertThat(probe.values("Sydney 😘 Hamilton, Ont.")).containsExactly("Hamilton, ON");
    assertThat(probe.values("Toronto 💫 Sydney\nSydney - âge : 31 - Toronto")).containsExactly("Toronto, ON");
    assertThat(probe.values("🔥⭐ Victoria 🖤💋\nVictoria - Âge: 20 - Ottawa")).containsExactly("Ottawa, ON");
    // a list of places is not a headline pair
    assertThat(probe.values("Victoria, Nanaimo, Kelowna")).containsExactly("Victoria, BC", "Nanaimo, BC", "Kelowna, BC");
    assertThat(probe.values("Victoria / Vancouver")).containsExactly("Victoria, BC", "Vancouver, BC");
  }

  @Test
  void aNameFollowedByALocativeAndAnotherPlaceIsThePerson() {
    assertThat(probe.values("Victoria – GFE in Fort McMurray\n23 yo")).containsExactly("Fort McMurray, AB");
    assertThat(probe.values("Gorgeous Victoria in Saguenay")).containsExactly("Saguenay, QC");
    assertThat(probe.values("Elegant Regina, incall Halifax")).containsExactly("Halifax, NS");
    assertThat(probe.values("Touring Sask: Regina Mon-Wed then Saskatoon Thu-Sat")).containsExactly("Regina, SK", "Saskatoon, SK");
  }

  @Test
  void moreAbbreviationsAndFrenchForms() {
    assertThat(probe.values("Farm workers wanted – Wpg")).containsExactly("Winnipeg, MB");
    assertThat(probe.values("GTA outcalls, gta")).containsExactly("Toronto, ON");
    assertThat(probe.values("Centre-ville de chutes Niagara, Ontario")).containsExactly("Niagara Falls, ON");
    assertThat(probe.values("Sherbs girls night")).containsExactly("Sherbrooke, QC");
    assertThat(probe.values("K-W area 🌸 Sophie")).containsExactly("Kitchener, ON");
    assertThat(probe.values("Hali girls 💕 Dartmouth incall")).containsExactly("Halifax, NS", "Dartmouth, NS");
    assertThat(probe.values("visiting Van this weekend, Moving company in Van")).containsExactly("Vancouver, BC");
    assertThat(probe.values("a van, my van, Van Horne St, van life")).isEmpty();
  }

  @Test
  void oneLetterMisspellingsOfLargerCities() {
    assertThat(probe.values("Monteal visit 2 days only")).containsExactly("Montréal, QC");
    assertThat(probe.values("Torronto downtown incall")).containsExactly("Toronto, ON");
    assertThat(probe.values("Vancover, Winipeg, Missisauga, Calgray, Edmonon")).containsExactly(
        "Vancouver, BC", "Winnipeg, MB", "Mississauga, ON", "Calgary, AB", "Edmonton, AB");
    // not words one letter from a name, not short names, not names that are also words or given names
    assertThat(probe.values("Calvary church, Ottowa, Victorya, Hamiltn, Windsr, Brompton bike")).isEmpty();
    assertThat(probe.values("torronto@gmail.com, www.monteal.ca")).isEmpty();
  }

  @Test
  void misspellingDistance() {
    assertThat(Misspellings.distance("toronto", "torronto")).isEqualTo(1);
    assertThat(Misspellings.distance("calgary", "calgray")).isEqualTo(1);
    assertThat(Misspellings.distance("montreal", "monteal")).isEqualTo(1);
    assertThat(Misspellings.distance("toronto", "tornoot")).isEqualTo(2);
  }

  @Test
  void sudburyHasOneCanonicalValue() {
    assertThat(probe.values("Greater Sudbury")).containsExactly("Sudbury, ON");
    assertThat(probe.values("Grand Sudbury")).containsExactly("Sudbury, ON");
    assertThat(probe.values("Outcalls all over Sudbury")).containsExactly("Sudbury, ON");
  }

  @Test
  void holidaysAndFrenchStreetNamesAreNotPlaces() {
    assertThat(probe.values("Victoria Day weekend special")).isEmpty();
    assertThat(probe.values("Victoria Secret model look, near London Drugs")).isEmpty();
    assertThat(probe.values("Adresse: 1450 rue de Québec, boulevard de la Concorde Laval")).containsExactly("Laval, QC");
    assertThat(probe.values("avenue du Parc, chemin des Quatre-Bourgeois")).isEmpty();
  }
}
