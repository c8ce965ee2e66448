package ca.threadline.testkit.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** The Canadian cities of the corpus with the area codes of their region and a posting weight. */
final class Places {
  record City(String canonical, List<String> written, List<String> areaCodes, int weight) {
    String province() {
      return canonical.substring(canonical.length() - 2);
    }
  }

  private final List<City> cities = new ArrayList<>();
  private final int totalWeight;

  Places() {
    int w = 0;
    for (String[] row : Resources.rows("cities.txt")) {
      City c = new City(row[0], List.of(row[1].split("\\|")), List.of(row[2].split("\\|")), Integer.parseInt(row[3]));
      cities.add(c);
      w += c.weight();
    }
    totalWeight = w;
  }

  List<City> all() {
    return cities;
  }

  City weighted(RandomGenerator rnd) {
    int x = rnd.nextInt(totalWeight);
    for (City c : cities) {
      x -= c.weight();
      if (x < 0) {
        return c;
      }
    }
    return cities.get(cities.size() - 1);
  }

  /** A city weighted by size, three times as likely in {@code province} (circuits stay regional). */
  City near(String province, RandomGenerator rnd) {
    int total = 0;
    for (City c : cities) {
      total += c.province().equals(province) ? 3 * c.weight() : c.weight();
    }
    int x = rnd.nextInt(total);
    for (City c : cities) {
      x -= c.province().equals(province) ? 3 * c.weight() : c.weight();
      if (x < 0) {
        return c;
      }
    }
    return cities.get(cities.size() - 1);
  }

  /** French-speaking posters mostly tour Quebec and the Ottawa–Gatineau region. */
  City forLanguage(String lang, RandomGenerator rnd) {
    if (lang.equals("fr")) {
      for (int tries = 0; tries < 20; tries++) {
        City c = weighted(rnd);
        if (c.province().equals("QC") || c.canonical().startsWith("Ottawa") || c.province().equals("NB")) {
          return c;
        }
      }
    }
    return weighted(rnd);
  }
}
