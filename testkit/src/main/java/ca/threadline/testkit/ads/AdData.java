package ca.threadline.testkit.ads;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generator's read-only data: cities, names, companies, job roles and phrase banks, loaded
 * once from {@code src/main/resources/ca/threadline/testkit/ads/}. Immutable, so one instance
 * is shared (a constant, not mutable static state).
 */
final class AdData {
  static final AdData INSTANCE = load();

  final List<City> cities;
  final int cityWeightTotal;
  final List<String> providerNames;
  final List<String> contactNames;
  /** Employers as {@code sector, name} ({@code any} for agencies). */
  final List<String[]> companies;
  final List<Role> roles;
  final PhraseBank escort;
  final PhraseBank job;

  private AdData(List<City> cities, Map<String, List<String>> names, List<Role> roles, PhraseBank escort, PhraseBank job) {
    this.cities = List.copyOf(cities);
    this.cityWeightTotal = cities.stream().mapToInt(City::weight).sum();
    this.providerNames = names.get("provider");
    this.contactNames = names.get("contact");
    this.companies = names.get("company").stream().map(l -> l.split("\t")).toList();
    this.roles = List.copyOf(roles);
    this.escort = escort;
    this.job = job;
  }

  private static AdData load() {
    return new AdData(loadCities(), loadNames(), loadRoles(),
        PhraseBank.load("escort-phrases.txt"), PhraseBank.load("job-phrases.txt"));
  }

  private static List<City> loadCities() {
    List<City> cities = new ArrayList<>();
    int lineNo = 0;
    for (String line : PhraseBank.readLines("cities.tsv")) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 4 || !cols[1].matches("[A-Z]{2}")) {
        throw new IllegalStateException("cities.tsv:" + lineNo + ": expected 4 columns");
      }
      List<City.Form> forms = new ArrayList<>();
      for (String f : cols[3].split("\\|")) {
        int eq = f.indexOf('=');
        forms.add(new City.Form(f.substring(0, eq), f.substring(eq + 1)));
      }
      cities.add(new City(cols[0], cols[1], Integer.parseInt(cols[2]), List.copyOf(forms)));
    }
    return cities;
  }

  private static Map<String, List<String>> loadNames() {
    Map<String, List<String>> names = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : PhraseBank.readLines("names.txt")) {
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      if (s.startsWith("[")) {
        current = new ArrayList<>();
        names.put(s.substring(1, s.length() - 1), current);
      } else {
        current.add(s);
      }
    }
    names.replaceAll((k, v) -> List.copyOf(v));
    return names;
  }

  private static List<Role> loadRoles() {
    List<Role> roles = new ArrayList<>();
    for (String line : PhraseBank.readLines("roles.tsv")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      roles.add(new Role(c[0], c[1], c[2], c[3], c[4]));
    }
    return roles;
  }
}
