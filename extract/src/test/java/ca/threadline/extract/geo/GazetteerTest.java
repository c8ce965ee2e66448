package ca.threadline.extract.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private final Gazetteer g = Gazetteer.standard();

  private String canonical(String name) {
    return g.lookup(name).map(Place::canonical).orElse(null);
  }

  @Test
  void loadsOnceAndIsShared() {
    assertThat(Gazetteer.standard()).isSameAs(g);
    assertThat(g.places().size()).isGreaterThanOrEqualTo(250);
  }

  @Test
  void everyProvinceAndTerritoryAndEveryCapitalIsThere() {
    Set<Province> provinces = EnumSet.noneOf(Province.class);
    g.places().forEach(p -> provinces.add(p.provinceEnum()));
    assertThat(provinces).containsExactlyInAnyOrder(Province.values());
    for (String capital : List.of("Ottawa, ON", "Victoria, BC", "Edmonton, AB", "Regina, SK", "Winnipeg, MB",
        "Toronto, ON", "Québec, QC", "Fredericton, NB", "Halifax, NS", "Charlottetown, PE", "St. John's, NL",
        "Whitehorse, YT", "Yellowknife, NT", "Iqaluit, NU")) {
      assertThat(g.places()).extracting(Place::canonical).contains(capital);
    }
  }

  @Test
  void theLargestMunicipalitiesAreThere() {
    for (String city : List.of("Toronto", "Montréal", "Calgary", "Ottawa", "Edmonton", "Winnipeg", "Mississauga",
        "Vancouver", "Brampton", "Hamilton", "Surrey", "Québec", "Halifax", "Laval", "London", "Markham", "Vaughan",
        "Gatineau", "Saskatoon", "Kitchener", "Longueuil", "Burnaby", "Windsor", "Regina", "Oakville",
        "Richmond", "Richmond Hill", "Burlington", "Oshawa", "Sherbrooke", "Greater Sudbury", "Abbotsford",
        "Lévis", "Coquitlam", "Barrie", "Saguenay", "Kelowna", "Guelph", "Trois-Rivières", "Whitby",
        "Cambridge", "St. Catharines", "Milton", "Langley", "Kingston", "Ajax", "Waterloo", "Terrebonne",
        "Saanich", "St. John's", "Thunder Bay", "Delta", "Brantford", "Chatham-Kent", "Clarington", "Red Deer",
        "Nanaimo", "Strathcona County", "Pickering", "Lethbridge", "Kamloops", "Saint-Jean-sur-Richelieu",
        "Niagara Falls", "Cape Breton", "Chilliwack", "Brossard", "Maple Ridge", "Newmarket", "Repentigny",
        "Peterborough", "Saint-Jérôme", "Moncton", "Drummondville", "Kawartha Lakes", "New Westminster",
        "Prince George", "Caledon", "Airdrie", "Sault Ste. Marie", "Sarnia", "Wood Buffalo", "Granby",
        "St. Albert", "Norfolk County", "Halton Hills", "Medicine Hat", "Grande Prairie", "Saint John",
        "Fredericton", "Aurora", "Mirabel", "Blainville")) {
      assertThat(g.lookup(city)).as(city).isPresent();
    }
  }

  @Test
  void lookupIsCaseAndAccentInsensitive() {
    assertThat(canonical("Montreal")).isEqualTo("Montréal, QC");
    assertThat(canonical("MONTRÉAL")).isEqualTo("Montréal, QC");
    assertThat(canonical("Quebec City")).isEqualTo("Québec, QC");
    assertThat(canonical("quebec")).isEqualTo("Québec, QC");
    assertThat(canonical("Trois Rivieres")).isEqualTo("Trois-Rivières, QC");
    assertThat(canonical("st johns")).isEqualTo("St. John's, NL");
    assertThat(canonical("Saint-Jean de Terre-Neuve")).isEqualTo("St. John's, NL");
    assertThat(canonical("T.O.")).isEqualTo("Toronto, ON");
    assertThat(canonical("Nowhere Special")).isNull();
    assertThat(canonical("")).isNull();
    assertThat(canonical(null)).isNull();
  }

  @Test
  void lookupHonoursAProvinceAfterTheName() {
    assertThat(canonical("Windsor, ON")).isEqualTo("Windsor, ON");
    assertThat(canonical("Stratford PE")).isEqualTo("Stratford, PE");
    assertThat(canonical("Stratford")).isEqualTo("Stratford, ON");
    assertThat(canonical("St. John, Newfoundland")).isEqualTo("St. John's, NL");
    assertThat(canonical("Saint John (NB)")).isEqualTo("Saint John, NB");
    assertThat(canonical("Windsor, BC")).isNull();
  }

  @Test
  void placesHaveCoordinatesInCanadaAndTheirOwnForms() {
    Set<String> canonicals = new HashSet<>();
    for (Place p : g.places()) {
      assertThat(canonicals.add(p.canonical())).as("duplicate " + p.canonical()).isTrue();
      assertThat(p.lat()).as(p.name()).isBetween(41.5, 83.5);
      assertThat(p.lon()).as(p.name()).isBetween(-141.5, -52.5);
      assertThat(g.lookup(p.canonical())).as(p.canonical()).isPresent();
      assertThat(p.forms()).as(p.name()).isNotEmpty();
    }
    Place montreal = g.lookup("Montréal").orElseThrow();
    assertThat(montreal.lat()).isEqualTo(45.50);
    assertThat(montreal.lon()).isEqualTo(-73.57);
    assertThat(montreal.populationClass()).isEqualTo(PopulationClass.A);
  }

  @Test
  void communitiesRollUpToTheirMunicipality() {
    Place scarborough = g.lookup("Scarborough").orElseThrow();
    assertThat(scarborough.within()).isEqualTo("Toronto");
    assertThat(g.municipality(scarborough).canonical()).isEqualTo("Toronto, ON");
    Place toronto = g.lookup("Toronto").orElseThrow();
    assertThat(g.municipality(toronto)).isSameAs(toronto);
    assertThat(g.municipality(g.lookup("Hull").orElseThrow()).canonical()).isEqualTo("Gatineau, QC");
  }

  @Test
  void formsGetSaintAndApostropheVariants() {
    assertThat(g.candidates("saint catharines")).extracting(a -> a.place().name()).containsExactly("St. Catharines");
    assertThat(g.candidates("ste julie")).extracting(a -> a.place().name()).containsExactly("Sainte-Julie");
    assertThat(g.candidates("mt pearl")).extracting(a -> a.place().name()).containsExactly("Mount Pearl");
    assertThat(g.candidates("st john")).extracting(a -> a.place().province()).containsExactly("NB", "NL");
    assertThat(g.startsForm("thunder")).isTrue();
    assertThat(g.startsForm("falls")).isFalse(); // "Niagara Falls" is found from "niagara", never from "falls"
  }

  @Test
  void keysAreFoldedTokens() {
    assertThat(Gazetteer.key("Trois-Rivières")).isEqualTo("trois rivieres");
    assertThat(Gazetteer.key("  St. John's ")).isEqualTo("st john s");
    assertThat(Gazetteer.key("Île-du-Prince-Édouard")).isEqualTo("ile du prince edouard");
  }

  @Test
  void aMalformedFileFailsWithItsLineNumber() {
    assertThatThrownBy(() -> parse("# header\nToronto\tON\t43.65\n"))
        .hasMessageContaining("test.tsv:2").hasMessageContaining("7 tab-separated columns");
    assertThatThrownBy(() -> parse("Toronto\tXX\t43.65\t-79.38\tA\tToronto\t\n"))
        .hasMessageContaining("test.tsv:1").hasMessageContaining("province");
    assertThatThrownBy(() -> parse("Toronto\tON\tnorth\t-79.38\tA\tToronto\t\n")).hasMessageContaining("test.tsv:1");
    assertThatThrownBy(() -> parse("Paris\tON\t48.85\t2.35\tA\tParis\t\n")).hasMessageContaining("outside Canada");
    assertThatThrownBy(() -> parse("Scarborough\tON\t43.77\t-79.23\tC\tScarborough\tToronto\n"))
        .hasMessageContaining("'Toronto' is not a place of ON");
    assertThatThrownBy(() -> parse("Toronto\tON\t43.65\t-79.38\tZ\tToronto\t\n")).hasMessageContaining("test.tsv:1");
  }

  @Test
  void aSmallFileParses() throws Exception {
    Gazetteer small = parse("Toronto\tON\t43.65\t-79.38\tA\t=T.O.|!Toronto\t\nDelta\tBC\t49.08\t-123.06\tC\t?Delta\t\n");
    assertThat(small.places()).hasSize(2);
    Alias to = small.candidates("t o").get(0);
    assertThat(to.exactCase()).isEqualTo("TO");
    assertThat(small.candidates("toronto").get(0).personName()).isTrue();
    assertThat(small.candidates("delta").get(0).needsQualifier()).isTrue();
  }

  private static Gazetteer parse(String tsv) throws Exception {
    return Gazetteer.parse(new BufferedReader(new StringReader(tsv)), "test.tsv");
  }
}
