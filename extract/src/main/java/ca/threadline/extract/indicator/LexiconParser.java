package ca.threadline.extract.indicator;

import ca.threadline.core.indicator.EvidenceStrength;
import ca.threadline.core.indicator.IndicatorDefinition;
import ca.threadline.core.indicator.IndicatorDomain;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the human-readable lexicon format (documented in {@code docs/indicators.md} and at the top
 * of each {@code .lexicon} file):
 *
 * <pre>
 * indicator recruitment_fee          a block starts with "indicator CODE" or "cue NAME"
 * domain: forced_labour              then "key: value" lines
 * label.en: …  label.fr: …  weight: 0.8  strength: official  source: …  rationale: …
 * negatable: yes                     optional, default no
 * derived: housing_charge            optional: a rule in code also finds it
 * en: recruitment fee | placement fee        trigger patterns (en, fr or any), repeatable
 * en if payment: lmia ready                  fires only when cue "payment" also occurs
 * not: fees paid by (the)? employer          suppressors
 *     | continuation lines start with whitespace
 * </pre>
 *
 * Errors name the file and line.
 */
final class LexiconParser {
  private final List<LexiconEntry> entries = new ArrayList<>();
  private final List<Cue> cues = new ArrayList<>();

  List<LexiconEntry> entries() {
    return entries;
  }

  List<Cue> cues() {
    return cues;
  }

  /** A "key: value" line with where it came from. */
  private record Field(String key, String value, String where) {}

  void parse(String file, List<String> lines) {
    String header = null;
    String headerWhere = null;
    List<Field> fields = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String raw = lines.get(n);
      String where = file + ":" + (n + 1);
      String t = raw.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      if (Character.isWhitespace(raw.charAt(0))) {
        if (fields.isEmpty()) {
          throw new IllegalStateException(where + ": continuation line without a field before it");
        }
        Field last = fields.removeLast();
        fields.add(new Field(last.key(), last.value() + " " + t, last.where()));
        continue;
      }
      if (t.startsWith("indicator ") || t.startsWith("cue ")) {
        flush(header, headerWhere, fields);
        header = t;
        headerWhere = where;
        fields = new ArrayList<>();
        continue;
      }
      int colon = t.indexOf(':');
      if (colon <= 0 || header == null) {
        throw new IllegalStateException(where + ": expected 'indicator CODE', 'cue NAME' or 'key: value', got: " + t);
      }
      fields.add(new Field(t.substring(0, colon).strip(), t.substring(colon + 1).strip(), where));
    }
    flush(header, headerWhere, fields);
  }

  private void flush(String header, String where, List<Field> fields) {
    if (header == null) {
      return;
    }
    String[] parts = header.split("\\s+");
    if (parts.length != 2) {
      throw new IllegalStateException(where + ": expected one name after '" + parts[0] + "'");
    }
    if (parts[0].equals("cue")) {
      cues.add(cue(parts[1], where, fields));
    } else {
      entries.add(indicator(parts[1], where, fields));
    }
  }

  private static Cue cue(String name, String where, List<Field> fields) {
    List<LexiconEntry.Phrase> phrases = new ArrayList<>();
    String rationale = "";
    for (Field f : fields) {
      if (f.key().equals("rationale")) {
        rationale = f.value();
      } else {
        LexiconEntry.Phrase p = phrase(f);
        if (p == null || p.condition() != null) {
          throw new IllegalStateException(f.where() + ": a cue takes only en/fr/any patterns and a rationale, not '" + f.key() + "'");
        }
        phrases.add(p);
      }
    }
    if (phrases.isEmpty()) {
      throw new IllegalStateException(where + ": cue " + name + " has no patterns");
    }
    return new Cue(name, rationale, phrases);
  }

  private static LexiconEntry indicator(String code, String where, List<Field> fields) {
    Map<String, Field> single = new LinkedHashMap<>();
    List<LexiconEntry.Phrase> triggers = new ArrayList<>();
    List<LexiconEntry.Phrase> suppressors = new ArrayList<>();
    for (Field f : fields) {
      if (f.key().equals("not")) {
        suppressors.add(new LexiconEntry.Phrase("any", null, f.value(), f.where()));
        continue;
      }
      LexiconEntry.Phrase p = phrase(f);
      if (p != null) {
        triggers.add(p);
      } else if (single.put(f.key(), f) != null) {
        throw new IllegalStateException(f.where() + ": '" + f.key() + "' given twice for " + code);
      }
    }
    String derived = single.containsKey("derived") ? single.remove("derived").value() : null;
    boolean negatable = single.containsKey("negatable") && yes(single.remove("negatable"));
    IndicatorDomain domain = parseEnum(IndicatorDomain.class, required(single, "domain", code, where));
    EvidenceStrength strength = parseEnum(EvidenceStrength.class, required(single, "strength", code, where));
    Field weightField = required(single, "weight", code, where);
    double weight;
    try {
      weight = Double.parseDouble(weightField.value());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(weightField.where() + ": weight must be a number in [0, 1]");
    }
    if (weight < 0 || weight > 1) {
      throw new IllegalStateException(weightField.where() + ": weight must be in [0, 1], not " + weight);
    }
    IndicatorDefinition def =
        new IndicatorDefinition(
            code,
            domain,
            required(single, "label.en", code, where).value(),
            required(single, "label.fr", code, where).value(),
            weight,
            strength,
            required(single, "source", code, where).value(),
            required(single, "rationale", code, where).value());
    if (!single.isEmpty()) {
      Field f = single.values().iterator().next();
      throw new IllegalStateException(f.where() + ": unknown field '" + f.key() + "' for " + code);
    }
    if (triggers.isEmpty() && derived == null) {
      throw new IllegalStateException(where + ": indicator " + code + " has neither patterns nor a derived rule");
    }
    return new LexiconEntry(def, negatable, derived, triggers, suppressors);
  }

  /** "en", "fr", "any", optionally followed by "if CUE"; null when the key is something else. */
  private static LexiconEntry.Phrase phrase(Field f) {
    String[] k = f.key().split("\\s+");
    if (!(k[0].equals("en") || k[0].equals("fr") || k[0].equals("any"))) {
      return null;
    }
    if (k.length == 1) {
      return new LexiconEntry.Phrase(k[0], null, f.value(), f.where());
    }
    if (k.length == 3 && k[1].equals("if")) {
      return new LexiconEntry.Phrase(k[0], k[2], f.value(), f.where());
    }
    throw new IllegalStateException(f.where() + ": expected '" + k[0] + "' or '" + k[0] + " if CUE', got '" + f.key() + "'");
  }

  private static Field required(Map<String, Field> fields, String key, String code, String where) {
    Field f = fields.remove(key);
    if (f == null || f.value().isBlank()) {
      throw new IllegalStateException(where + ": indicator " + code + " lacks '" + key + "'");
    }
    return f;
  }

  private static boolean yes(Field f) {
    return switch (f.value().toLowerCase(Locale.ROOT)) {
      case "yes", "true" -> true;
      case "no", "false" -> false;
      default -> throw new IllegalStateException(f.where() + ": expected yes or no, got " + f.value());
    };
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, Field f) {
    try {
      return Enum.valueOf(type, f.value().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(f.where() + ": unknown " + f.key() + " '" + f.value() + "'");
    }
  }
}
