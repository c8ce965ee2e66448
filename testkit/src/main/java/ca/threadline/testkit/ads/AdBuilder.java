package ca.threadline.testkit.ads;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Accumulates an ad's text and records, for everything planted, its span and its ground truth.
 *
 * <p>Invariants: a span always covers exactly the text appended for it; one gold entry per
 * (type, value) (tags of repeated non-phone values are merged; a phone is planted at most once
 * per ad); a value that is gold is never also optional. Automatic truth, so that no writer can
 * forget it: any of the emoji codes 🌹🏵🍒🌸💗✈👑 in the text records {@code emoji_code}; a literal
 * {@code 24/7} records the decoy {@code age_like_24_7}; an obfuscated phone records
 * {@code obscured_phone}.
 */
final class AdBuilder {
  /** Emoji read as trafficking codes (Jennex & Whitney 2017, SDSU; ads-anchors.md §4.2). */
  static final List<String> CODE_EMOJI = List.of("🌹", "🏵", "🍒", "🌸", "💗", "✈", "👑");

  private final StringBuilder text = new StringBuilder();
  private final List<PlantedSpan> spans = new ArrayList<>();
  private final Map<String, GoldSelector> gold = new LinkedHashMap<>();
  private final Map<String, GoldSelector> optional = new LinkedHashMap<>();
  private final TreeSet<String> indicators = new TreeSet<>();
  private final TreeSet<String> decoys = new TreeSet<>();

  int length() {
    return text.length();
  }

  AdBuilder append(String s) {
    text.append(s);
    return this;
  }

  /** Starts a new line unless at the start or already on a fresh line. */
  AdBuilder newline() {
    if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
      text.append('\n');
    }
    return this;
  }

  /** A space unless at the start of a line or after white space. */
  AdBuilder space() {
    if (!text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1))) {
      text.append(' ');
    }
    return this;
  }

  boolean atLineStart() {
    return text.isEmpty() || text.charAt(text.length() - 1) == '\n';
  }

  /** Appends {@code surface} as a gold selector. */
  void gold(String type, String value, List<String> tags, String surface) {
    int start = text.length();
    text.append(surface);
    goldSpan(type, value, tags, start, text.length());
  }

  /** Records a gold selector over already appended text. */
  void goldSpan(String type, String value, List<String> tags, int start, int end) {
    spans.add(new PlantedSpan("gold", type, value, start, end));
    String key = type + "\u0000" + value;
    GoldSelector previous = gold.get(key);
    if (previous != null) {
      if (type.equals("phone")) {
        throw new IllegalStateException("phone planted twice: " + value);
      }
      TreeSet<String> merged = new TreeSet<>(previous.tags());
      merged.addAll(tags);
      gold.put(key, new GoldSelector(type, value, List.copyOf(merged)));
    } else {
      gold.put(key, new GoldSelector(type, value, tags));
    }
    optional.remove(key);
    if (type.equals("phone") && !tags.isEmpty()) {
      indicatorSpan("obscured_phone", start, end);
    }
  }

  void optional(String type, String value, List<String> tags, String surface) {
    int start = text.length();
    text.append(surface);
    optionalSpan(type, value, tags, start, text.length());
  }

  void optionalSpan(String type, String value, List<String> tags, int start, int end) {
    spans.add(new PlantedSpan("optional", type, value, start, end));
    String key = type + "\u0000" + value;
    if (!gold.containsKey(key)) {
      optional.putIfAbsent(key, new GoldSelector(type, value, tags));
    }
  }

  void indicatorSpan(String code, int start, int end) {
    indicators.add(code);
    spans.add(new PlantedSpan("indicator", code, text.substring(start, end), start, end));
  }

  void decoy(String kind, String surface) {
    int start = text.length();
    text.append(surface);
    decoySpan(kind, start, text.length());
  }

  void decoySpan(String kind, int start, int end) {
    decoys.add(kind);
    spans.add(new PlantedSpan("decoy", kind, text.substring(start, end), start, end));
  }

  boolean hasGold(String type, String value) {
    return gold.containsKey(type + "\u0000" + value);
  }

  boolean hasIndicator(String code) {
    return indicators.contains(code);
  }

  String text() {
    return text.toString();
  }

  List<PlantedSpan> spans() {
    return spans;
  }

  AnnotatedAd build(String id, String lang, String kind) {
    String s = text.toString().strip();
    if (!s.equals(text.toString())) {
      // Only trailing white space can be stripped: spans never start in leading white space.
      if (!text.toString().startsWith(s)) {
        throw new IllegalStateException("leading white space in ad text");
      }
    }
    for (String emoji : CODE_EMOJI) {
      int at = s.indexOf(emoji);
      if (at >= 0) {
        indicatorSpan("emoji_code", at, at + emoji.length());
      }
    }
    int at247 = s.indexOf("24/7");
    if (at247 >= 0 && !decoys.contains("age_like_24_7")) {
      decoySpan("age_like_24_7", at247, at247 + 4);
    }
    List<PlantedSpan> sorted = new ArrayList<>(spans);
    sorted.sort(java.util.Comparator.comparingInt(PlantedSpan::start).thenComparingInt(PlantedSpan::end));
    GeneratedAd ad = new GeneratedAd(id, lang, kind, s, List.copyOf(gold.values()),
        List.copyOf(optional.values()), List.copyOf(indicators), List.copyOf(decoys));
    return new AnnotatedAd(ad, sorted);
  }
}
