package ca.threadline.testkit.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Writes one ad from a template: fills the slots for the poster's situation at that moment (name,
 * age, city on the circuit, current phone, prices) and applies the edits posters make between
 * copies — swapped synonyms, typos, dropped and swapped sentences, emoji, capitals, an extra genre
 * phrase, changed punctuation — and phone styles from the {@link ContactStyle}.
 */
final class AdWriter {
  private static final String[] EMOJI = {"🌹", "💋", "🔥", "✨", "💕", "😘", "🍒", "👑", "✈️", "💗", "😍", "💦", "🥰", "⭐"};
  private static final String[] SEPARATORS = {". ", "! ", " ~ ", "\n", " | ", "... ", " - "};
  /** Lines an edit never drops: they carry the contacts the operator wants clients to use. */
  private static final List<String> KEEP = List.of("contact", "email", "handle", "crypto", "agency");

  private enum Edit {
    SYNONYM(25),
    TYPO(18),
    DROP(12),
    SWAP(12),
    EMOJI(13),
    CAPS(6),
    GENRE(8),
    PUNCT(6);

    final int weight;

    Edit(int weight) {
      this.weight = weight;
    }
  }

  private record Segment(String text, boolean slot, PlantedSelector planted) {
    Segment(String text, boolean slot) {
      this(text, slot, null);
    }
  }

  /** The written ad and what was planted in it. */
  record Result(String text, List<PlantedSelector> planted, String cityWritten) {}

  private final PhraseBank bank;
  private final ContactStyle style;
  private final Difficulty difficulty;

  AdWriter(PhraseBank bank, ContactStyle style, Difficulty difficulty) {
    this.bank = bank;
    this.style = style;
    this.difficulty = difficulty;
  }

  Result write(Poster p, AdTemplate t, double day, RandomGenerator rnd) {
    List<AdTemplate.Line> lines = t.copyLines();
    List<String> seps = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      seps.add(t.separator);
    }
    int edits = difficulty.editsMin + rnd.nextInt(difficulty.editsMax - difficulty.editsMin + 1);
    List<Edit> textEdits = new ArrayList<>();
    for (int e = 0; e < edits; e++) {
      Edit edit = pick(rnd);
      switch (edit) {
        case SYNONYM -> synonym(lines, rnd);
        case DROP -> drop(lines, seps, rnd);
        case SWAP -> swap(lines, rnd);
        case GENRE -> genre(p, lines, seps, t.separator, rnd);
        case PUNCT -> seps.set(rnd.nextInt(seps.size()), SEPARATORS[rnd.nextInt(SEPARATORS.length)]);
        default -> textEdits.add(edit);
      }
    }
    Places.City city = p.cityAt(day);
    String cityWritten = city.written().get(rnd.nextInt(city.written().size()));
    int nameIndex = rnd.nextInt(5) == 0 ? rnd.nextInt(p.names.size()) : t.nameIndex % p.names.size();
    Fill fill = new Fill(p, t, day, cityWritten, city.canonical(), nameIndex, rnd);
    List<List<Segment>> rendered = new ArrayList<>();
    for (AdTemplate.Line l : lines) {
      rendered.add(render(l, t, fill));
    }
    for (Edit edit : textEdits) {
      List<Segment> line = rendered.get(rnd.nextInt(rendered.size()));
      switch (edit) {
        case TYPO -> typo(line, rnd);
        case CAPS -> caps(line);
        case EMOJI -> {
          StringBuilder e = new StringBuilder(" ");
          for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
            e.append(EMOJI[rnd.nextInt(EMOJI.length)]);
          }
          line.add(new Segment(e.toString(), false));
        }
        default -> throw new IllegalStateException(edit.name());
      }
    }
    StringBuilder text = new StringBuilder();
    List<PlantedSelector> planted = new ArrayList<>();
    for (int i = 0; i < rendered.size(); i++) {
      for (Segment s : rendered.get(i)) {
        if (s.planted() != null) {
          planted.add(s.planted().at(text.length(), text.length() + s.text().length()));
        }
        text.append(s.text());
      }
      if (i < rendered.size() - 1) {
        text.append(seps.get(i));
      } else if (rnd.nextBoolean()) {
        text.append(seps.get(i).strip());
      }
    }
    return new Result(text.toString(), planted, cityWritten);
  }

  /** Per-ad slot values; records what it plants. */
  private final class Fill {
    final Poster p;
    final AdTemplate t;
    final String cityWritten;
    final String cityCanonical;
    final String name;
    final int age;
    final int price;
    final String phone;
    final RandomGenerator rnd;
    final List<PlantedSelector> planted = new ArrayList<>();
    final boolean obfuscate;

    Fill(Poster p, AdTemplate t, double day, String cityWritten, String cityCanonical, int nameIndex, RandomGenerator rnd) {
      this.p = p;
      this.t = t;
      this.cityWritten = cityWritten;
      this.cityCanonical = cityCanonical;
      this.rnd = rnd;
      this.name = p.names.get(nameIndex);
      this.age = p.ages.get(nameIndex) + (rnd.nextInt(10) == 0 ? 1 : 0);
      this.price = rnd.nextInt(7) == 0 ? t.price + 20 * (rnd.nextBoolean() ? 1 : -1) : t.price;
      int slot = (int) Math.min(t.phones.size() - 1, Math.floor(t.phones.size() * day / Math.max(1e-9, p.days)));
      this.phone = t.phones.get(Math.max(0, slot));
      this.obfuscate = t.obfuscatedPhone || rnd.nextDouble() < difficulty.obfuscatedShare;
    }

    String value(String slot, String lang) {
      return switch (slot) {
        case "name" -> name;
        case "age" -> {
          planted.add(new PlantedSelector("age", Integer.toString(age), List.of()));
          yield Integer.toString(age);
        }
        case "city" -> {
          planted.add(new PlantedSelector("location", cityCanonical, List.of()));
          yield cityWritten;
        }
        case "price" -> {
          planted.add(new PlantedSelector("price", Integer.toString(price), List.of()));
          yield Integer.toString(price);
        }
        case "price2" -> {
          int p2 = (int) Math.round(price * 1.6 / 10) * 10;
          planted.add(new PlantedSelector("price", Integer.toString(p2), List.of()));
          yield Integer.toString(p2);
        }
        case "phone" -> phone(phone, obfuscate);
        case "email" -> email(p.email);
        case "handle" -> {
          int colon = p.handle.indexOf(':');
          Written w = style.handle(p.handle.substring(0, colon), p.handle.substring(colon + 1), rnd);
          planted.add(new PlantedSelector("handle", p.handle, w.obfuscation()));
          yield w.text();
        }
        case "crypto" -> {
          int colon = p.crypto.indexOf(':');
          planted.add(new PlantedSelector(p.crypto.substring(0, colon), p.crypto.substring(colon + 1), List.of()));
          yield p.crypto.substring(colon + 1);
        }
        default -> {
          if (slot.startsWith("agency")) {
            String key = slot.substring("agency:".length());
            yield key.startsWith("email:") ? email(key.substring(6)) : phone(key.substring(6), false);
          }
          String w = t.words.get(lang + "/" + slot);
          if (w == null) {
            throw new IllegalStateException("no value for slot {" + slot + "}");
          }
          yield w;
        }
      };
    }

    private String phone(String e164, boolean hide) {
      Written w = style.phone(e164, hide, rnd);
      planted.add(new PlantedSelector("phone", e164, w.obfuscation()));
      return w.text();
    }

    private String email(String address) {
      Written w = style.email(address, rnd.nextInt(4) == 0, rnd);
      planted.add(new PlantedSelector("email", address, w.obfuscation()));
      return w.text();
    }
  }

  private static List<Segment> render(AdTemplate.Line l, AdTemplate t, Fill fill) {
    List<Segment> out = new ArrayList<>();
    int choice = 0;
    String lang = l.phrase().language();
    for (Phrase.Part part : l.phrase().parts()) {
      switch (part) {
        case Phrase.Literal lit -> out.add(new Segment(lit.text(), false));
        case Phrase.Choice c -> out.add(new Segment(c.options().get(l.choices()[choice++]), false));
        case Phrase.Slot s -> {
          String name = s.name().equals("agency") ? "agency:" + l.generic() : s.name();
          int before = fill.planted.size();
          String value = fill.value(name, lang);
          PlantedSelector planted = fill.planted.size() > before ? fill.planted.get(before) : null;
          out.add(new Segment(value, !t.words.containsKey(lang + "/" + s.name()), planted));
        }
      }
    }
    return out;
  }

  private Edit pick(RandomGenerator rnd) {
    int total = 0;
    for (Edit e : Edit.values()) {
      total += e.weight;
    }
    int x = rnd.nextInt(total);
    for (Edit e : Edit.values()) {
      x -= e.weight;
      if (x < 0) {
        return e;
      }
    }
    return Edit.SYNONYM;
  }

  private static void synonym(List<AdTemplate.Line> lines, RandomGenerator rnd) {
    List<AdTemplate.Line> withChoice = lines.stream().filter(l -> l.phrase().choiceCount() > 0).toList();
    if (withChoice.isEmpty()) {
      return;
    }
    AdTemplate.Line l = withChoice.get(rnd.nextInt(withChoice.size()));
    int g = rnd.nextInt(l.choices().length);
    int options = 0;
    int k = 0;
    for (Phrase.Part part : l.phrase().parts()) {
      if (part instanceof Phrase.Choice c && k++ == g) {
        options = c.options().size();
      }
    }
    if (options > 1) {
      l.choices()[g] = (l.choices()[g] + 1 + rnd.nextInt(options - 1)) % options;
    }
  }

  private static void drop(List<AdTemplate.Line> lines, List<String> seps, RandomGenerator rnd) {
    List<Integer> droppable = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!KEEP.contains(lines.get(i).phrase().category())) {
        droppable.add(i);
      }
    }
    if (droppable.size() <= 3) {
      return;
    }
    int i = droppable.get(rnd.nextInt(droppable.size()));
    lines.remove(i);
    seps.remove(i);
  }

  private static void swap(List<AdTemplate.Line> lines, RandomGenerator rnd) {
    if (lines.size() < 2) {
      return;
    }
    int i = rnd.nextInt(lines.size() - 1);
    AdTemplate.Line a = lines.get(i);
    lines.set(i, lines.get(i + 1));
    lines.set(i + 1, a);
  }

  private void genre(Poster p, List<AdTemplate.Line> lines, List<String> seps, String sep, RandomGenerator rnd) {
    String lang = p.language.equals("mixed") ? (rnd.nextBoolean() ? "en" : "fr") : p.language;
    List<Phrase> genre = bank.phrases(lang, "genre");
    Phrase ph = genre.get(rnd.nextInt(genre.size()));
    int[] choices = new int[ph.choiceCount()];
    int k = 0;
    for (Phrase.Part part : ph.parts()) {
      if (part instanceof Phrase.Choice c) {
        choices[k++] = rnd.nextInt(c.options().size());
      }
    }
    int at = rnd.nextInt(lines.size() + 1);
    lines.add(at, new AdTemplate.Line(ph, choices, null));
    seps.add(at, sep);
  }

  private static void typo(List<Segment> line, RandomGenerator rnd) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < line.size(); i++) {
      if (!line.get(i).slot() && line.get(i).text().chars().filter(Character::isLetter).count() >= 4) {
        candidates.add(i);
      }
    }
    if (candidates.isEmpty()) {
      return;
    }
    int si = candidates.get(rnd.nextInt(candidates.size()));
    String s = line.get(si).text();
    List<int[]> words = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      if (Character.isLetter(s.charAt(i))) {
        int from = i;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
          i++;
        }
        if (i - from >= 4) {
          words.add(new int[] {from, i});
        }
      } else {
        i++;
      }
    }
    if (words.isEmpty()) {
      return;
    }
    int[] w = words.get(rnd.nextInt(words.size()));
    int pos = w[0] + 1 + rnd.nextInt(w[1] - w[0] - 2);
    StringBuilder b = new StringBuilder(s);
    switch (rnd.nextInt(3)) {
      case 0 -> {
        char c = b.charAt(pos);
        b.setCharAt(pos, b.charAt(pos + 1));
        b.setCharAt(pos + 1, c);
      }
      case 1 -> b.deleteCharAt(pos);
      default -> b.insert(pos, b.charAt(pos));
    }
    line.set(si, new Segment(b.toString(), false));
  }

  private static void caps(List<Segment> line) {
    for (int i = 0; i < line.size(); i++) {
      Segment s = line.get(i);
      if (!s.slot()) {
        line.set(i, new Segment(s.text().toUpperCase(Locale.ROOT), false));
      }
    }
  }
}
