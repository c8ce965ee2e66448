package ca.threadline.extract.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * General minimum hourly wages of the provinces and territories over time, from
 * {@code minimum-wages.tsv} (sources in the file), and the date to read them at.
 *
 * <p>The default reference date is 2026-01-01: provinces only raise their minimum during the year,
 * so the rate in force on 1 January is the lowest of the year, and a wage under it was under the
 * minimum whatever the ad's (unknown) posting date in 2026. This under-flags rather than
 * over-flags.
 */
final class MinimumWageTable {
  static final LocalDate DEFAULT_REFERENCE = LocalDate.of(2026, 1, 1);

  /** One row: a rate in force from {@code effective}. */
  record Rate(String province, LocalDate effective, double perHour) {}

  private final Map<String, List<Rate>> byProvince = new HashMap<>();
  private final LocalDate reference;

  MinimumWageTable(List<Rate> rates, LocalDate reference) {
    this.reference = reference;
    for (Rate r : rates) {
      byProvince.computeIfAbsent(r.province(), k -> new ArrayList<>()).add(r);
    }
    byProvince.values().forEach(l -> l.sort(Comparator.comparing(Rate::effective)));
  }

  static MinimumWageTable standard() {
    return new MinimumWageTable(read(Lexicon.resourceLines("minimum-wages.tsv")), DEFAULT_REFERENCE);
  }

  static List<Rate> read(List<String> lines) {
    List<Rate> out = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String l = lines.get(n).strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      String[] f = l.split("\t");
      if (f.length < 3) {
        throw new IllegalStateException("minimum-wages.tsv:" + (n + 1) + ": expected province, effective date, rate");
      }
      out.add(new Rate(f[0], LocalDate.parse(f[1]), Double.parseDouble(f[2])));
    }
    return out;
  }

  /** The general minimum wage of {@code province} (two-letter code) on the reference date. */
  OptionalDouble rate(String province) {
    return rate(province, reference);
  }

  OptionalDouble rate(String province, LocalDate date) {
    List<Rate> rates = byProvince.get(province);
    if (rates == null) {
      return OptionalDouble.empty();
    }
    OptionalDouble found = OptionalDouble.empty();
    for (Rate r : rates) {
      if (!r.effective().isAfter(date)) {
        found = OptionalDouble.of(r.perHour());
      }
    }
    return found;
  }

  java.util.Set<String> provinces() {
    return byProvince.keySet();
  }
}
