package ca.threadline.app.demo;

import ca.threadline.core.indicator.Indicator;
import ca.threadline.core.selector.Selector;
import ca.threadline.extract.Extraction;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts what extraction found over a set of records: per selector type, indicator and obfuscation. */
final class ExtractionSummary {
  private long records;
  private final Map<String, Long> selectors = new TreeMap<>();
  private final Map<String, Long> indicators = new TreeMap<>();
  private final Map<String, Long> obfuscations = new TreeMap<>();
  private final Map<String, Long> languages = new TreeMap<>();
  private long obscuredPhones;
  private long phones;

  void add(Extraction x) {
    records++;
    languages.merge(x.language().code(), 1L, Long::sum);
    for (Selector s : x.selectors()) {
      selectors.merge(s.type().wireName(), 1L, Long::sum);
      if (s.type() == ca.threadline.core.selector.SelectorType.PHONE) {
        phones++;
        if (s.obfuscated()) {
          obscuredPhones++;
        }
        for (String o : s.obfuscation()) {
          obfuscations.merge(o, 1L, Long::sum);
        }
      }
    }
    for (Indicator i : x.indicators()) {
      indicators.merge(i.code(), 1L, Long::sum);
    }
  }

  long records() {
    return records;
  }

  long phones() {
    return phones;
  }

  long obscuredPhones() {
    return obscuredPhones;
  }

  Map<String, Long> selectors() {
    return selectors;
  }

  Map<String, Long> indicators() {
    return sortedByCount(indicators);
  }

  Map<String, Long> obfuscations() {
    return sortedByCount(obfuscations);
  }

  Map<String, Long> languages() {
    return languages;
  }

  private static Map<String, Long> sortedByCount(Map<String, Long> m) {
    Map<String, Long> out = new LinkedHashMap<>();
    List<Map.Entry<String, Long>> entries =
        m.entrySet().stream()
            .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
            .toList();
    entries.forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
