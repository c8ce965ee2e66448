package ca.threadline.testkit.ads;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Writes a {@link City} the way ads do: official or common name in the line's language, without
 * accents, abbreviated ({@code T.O.}, {@code MTL}), or followed by its province
 * ({@code Victoria, B.C.}, {@code Trois-Rivières (Qc)}, {@code Saint John, New Brunswick}).
 * Province names never stand alone (a bare "Québec" is ambiguous between city and province).
 */
final class LocationForms {
  record Written(String text, List<String> tags) {}

  private static final Map<String, List<String>> PROVINCE_EN = Map.ofEntries(
      Map.entry("ON", List.of(", ON", ", Ont.", ", Ontario", " ON")),
      Map.entry("QC", List.of(", QC", " QC", ", Que.")),
      Map.entry("BC", List.of(", BC", ", B.C.", ", British Columbia")),
      Map.entry("AB", List.of(", AB", ", Alta.", ", Alberta")),
      Map.entry("SK", List.of(", SK", ", Sask.", ", Saskatchewan")),
      Map.entry("MB", List.of(", MB", ", Man.", ", Manitoba")),
      Map.entry("NB", List.of(", NB", ", N.B.", ", New Brunswick")),
      Map.entry("NS", List.of(", NS", ", N.S.", ", Nova Scotia")),
      Map.entry("PE", List.of(", PE", ", PEI", ", P.E.I.")),
      Map.entry("NL", List.of(", NL", ", N.L.", ", Newfoundland")),
      Map.entry("YT", List.of(", YT", ", Yukon")),
      Map.entry("NT", List.of(", NT", ", N.W.T.")),
      Map.entry("NU", List.of(", NU", ", Nunavut")));
  private static final Map<String, List<String>> PROVINCE_FR = Map.ofEntries(
      Map.entry("ON", List.of(", ON", " (Ont.)", ", Ontario")),
      Map.entry("QC", List.of(", QC", " (Qc)", " (QC)", " QC")),
      Map.entry("BC", List.of(", C.-B.", " (C.-B.)", ", Colombie-Britannique")),
      Map.entry("AB", List.of(", AB", " (Alb.)", ", Alberta")),
      Map.entry("SK", List.of(", SK", " (Sask.)", ", Saskatchewan")),
      Map.entry("MB", List.of(", MB", " (Man.)", ", Manitoba")),
      Map.entry("NB", List.of(", N.-B.", " (N.-B.)", ", Nouveau-Brunswick")),
      Map.entry("NS", List.of(", N.-É.", " (N.-É.)", ", Nouvelle-Écosse")),
      Map.entry("PE", List.of(", Î.-P.-É.", " (Î.-P.-É.)")),
      Map.entry("NL", List.of(", T.-N.-L.", " (T.-N.-L.)", ", Terre-Neuve")),
      Map.entry("YT", List.of(", Yn", ", Yukon")),
      Map.entry("NT", List.of(", T.N.-O.")),
      Map.entry("NU", List.of(", Nt", ", Nunavut")));

  private LocationForms() {}

  static City draw(AdData data, RandomGenerator r) {
    int x = r.nextInt(data.cityWeightTotal);
    for (City c : data.cities) {
      x -= c.weight();
      if (x < 0) {
        return c;
      }
    }
    throw new AssertionError("weights");
  }

  /**
   * A gold form of {@code city} in {@code lang}; never an airport code. {@code afterA}: the text
   * before is French "à ", where the bare name "Québec" means the city (the province takes
   * "au").
   */
  static Written render(City city, NumberLanguage lang, boolean afterA, RandomGenerator r) {
    if (afterA && lang == NumberLanguage.FR && city.official().equals("Québec")) {
      return new Written("Québec", List.of("fr"));
    }
    String own = lang == NumberLanguage.EN ? "en" : "fr";
    List<City.Form> main = city.forms().stream()
        .filter(f -> f.tag().equals("both") || f.tag().equals(own)).toList();
    List<City.Form> other = city.forms().stream()
        .filter(f -> List.of("unaccented", "abbrev", "variant").contains(f.tag())).toList();
    City.Form form = main.isEmpty() || !other.isEmpty() && Pick.chance(0.3, r)
        ? Pick.one(other.isEmpty() ? main : other, r)
        : Pick.one(main, r);
    String tag = form.tag().equals("both") ? own : form.tag();
    boolean canQualify = !form.tag().equals("abbrev") && !form.text().contains("ville")
        && !form.text().contains("City");
    if (canQualify && Pick.chance(0.2, r)) {
      Map<String, List<String>> table = lang == NumberLanguage.EN ? PROVINCE_EN : PROVINCE_FR;
      return new Written(form.text() + Pick.one(table.get(city.province()), r), List.of(tag, "with_prov"));
    }
    return new Written(form.text(), List.of(tag));
  }

  /** The airport-code form, if the city has one (only ever an optional location). */
  static String airport(City city) {
    return city.forms().stream().filter(f -> f.tag().equals("airport")).map(City.Form::text)
        .findFirst().orElse(null);
  }
}
