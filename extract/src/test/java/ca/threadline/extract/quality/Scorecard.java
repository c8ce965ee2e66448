package ca.threadline.extract.quality;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Per-type precision, recall and F1 of extracted selectors against ground truth, scored the way
 * the extractor is judged: a found {@code type:value} in the gold list is a true positive, one in
 * neither the gold nor the optional list a false positive, a gold value not found a false
 * negative. Keeps the first {@code examplesPerType} misses and false positives of each type with
 * their ad, so that a systematic mismatch can be read, not just counted.
 */
public final class Scorecard {
  /** The seven types of the published quality target (micro-F1 ≥ 0.90). */
  public static final Set<String> TARGET_TYPES = Set.of("phone", "email", "handle", "btc", "eth", "age", "location");

  /** Counts of one type. */
  public static final class Counts {
    long tp;
    long fp;
    long fn;

    public long truePositives() {
      return tp;
    }

    public long falsePositives() {
      return fp;
    }

    public long falseNegatives() {
      return fn;
    }

    public double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** A miss or a false positive, with the ad it came from. */
  public record Example(String kind, String key, String adId, String text) {}

  private final int examplesPerType;
  private final Map<String, Counts> byType = new TreeMap<>();
  private final Map<String, List<Example>> examples = new TreeMap<>();
  private long ads;

  public Scorecard(int examplesPerType) {
    this.examplesPerType = examplesPerType;
  }

  /** Scores one ad; {@code found} are the extractor's {@code type:value} keys. */
  public void add(LabelledAd ad, Collection<String> found) {
    ads++;
    Set<String> f = new HashSet<>(found);
    for (String key : f) {
      if (ad.gold().contains(key)) {
        counts(key).tp++;
      } else if (!ad.optional().contains(key)) {
        counts(key).fp++;
        example("false positive", key, ad);
      }
    }
    for (String key : ad.gold()) {
      if (!f.contains(key)) {
        counts(key).fn++;
        example("missed", key, ad);
      }
    }
  }

  private Counts counts(String key) {
    return byType.computeIfAbsent(type(key), t -> new Counts());
  }

  private void example(String kind, String key, LabelledAd ad) {
    List<Example> list = examples.computeIfAbsent(type(key), t -> new ArrayList<>());
    if (list.size() < examplesPerType) {
      list.add(new Example(kind, key, ad.id(), ad.text()));
    }
  }

  private static String type(String key) {
    return key.substring(0, key.indexOf(':'));
  }

  public Counts counts(String type, boolean create) {
    Counts c = byType.get(type);
    return c != null || !create ? c : new Counts();
  }

  public Map<String, Counts> byType() {
    return new LinkedHashMap<>(byType);
  }

  /** Micro-averaged counts over {@code types}. */
  public Counts micro(Set<String> types) {
    Counts total = new Counts();
    byType.forEach((type, c) -> {
      if (types.contains(type)) {
        total.tp += c.tp;
        total.fp += c.fp;
        total.fn += c.fn;
      }
    });
    return total;
  }

  public List<Example> examples(String type) {
    return examples.getOrDefault(type, List.of());
  }

  /** The table: one row per type, then the micro average over {@link #TARGET_TYPES}. */
  public String table() {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%,d ads%n", ads));
    sb.append(String.format(Locale.ROOT, "%-9s %7s %5s %5s %9s %7s %6s%n", "type", "tp", "fp", "fn", "precision", "recall", "f1"));
    byType.forEach((type, c) -> sb.append(row(type, c)));
    sb.append(row("micro-7", micro(TARGET_TYPES)));
    return sb.toString();
  }

  private static String row(String name, Counts c) {
    return String.format(Locale.ROOT, "%-9s %7d %5d %5d %9.4f %7.4f %6.4f%n", name, c.tp, c.fp, c.fn, c.precision(), c.recall(), c.f1());
  }

  /** Every kept example, grouped by type, with the ad text indented. */
  public String examplesReport() {
    StringBuilder sb = new StringBuilder();
    examples.forEach((type, list) -> {
      for (Example e : list) {
        sb.append(e.kind()).append(' ').append(e.key()).append("  [").append(e.adId()).append("]\n");
        sb.append("    ").append(e.text().replace("\n", "\n    ")).append('\n');
      }
    });
    return sb.toString();
  }
}
