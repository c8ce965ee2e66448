package ca.threadline.extract.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Canadian cities and towns with their English and French names, nicknames and abbreviations,
 * loaded from {@code gazetteer.tsv} (see the header of that file for its columns and flags).
 *
 * <p>Invariants: every form is indexed under its {@link #key(CharSequence) key}: folded
 * (case/accent-free) tokens of letters and digits joined by one space, so "Trois-Rivières",
 * "trois rivieres" and "TROIS RIVIÈRES" meet. Generated variants: apostrophes dropped ("St.
 * Johns"), {@code saint}/{@code st}, {@code sainte}/{@code ste}, {@code mount}/{@code mt},
 * {@code fort}/{@code ft}. Candidates under one key keep file order, which puts the larger place
 * first. The instance is immutable and shared.
 */
public final class Gazetteer {
  private static final String RESOURCE = "gazetteer.tsv";
  private static final Map<String, String[]> TOKEN_VARIANTS =
      Map.of("saint", new String[] {"st"}, "st", new String[] {"saint"}, "sainte", new String[] {"ste"},
          "ste", new String[] {"sainte"}, "mount", new String[] {"mt"}, "mt", new String[] {"mount"},
          "fort", new String[] {"ft"}, "ft", new String[] {"fort"});

  private final List<Place> places;
  private final Map<String, List<Alias>> byKey;
  private final Set<String> firstTokens;
  private final long[] firstTokenHashes;
  private final int maxTokens;

  private Gazetteer(List<Place> places, Map<String, List<Alias>> byKey) {
    this.places = List.copyOf(places);
    Map<String, List<Alias>> frozen = new HashMap<>();
    Set<String> first = new HashSet<>();
    int max = 1;
    for (Map.Entry<String, List<Alias>> e : byKey.entrySet()) {
      frozen.put(e.getKey(), List.copyOf(e.getValue()));
      String[] tokens = e.getKey().split(" ");
      first.add(tokens[0]);
      max = Math.max(max, tokens.length);
    }
    this.byKey = Collections.unmodifiableMap(frozen);
    this.firstTokens = Collections.unmodifiableSet(first);
    this.firstTokenHashes = first.stream().mapToLong(t -> foldedHash(t, 0, t.length())).sorted().toArray();
    this.maxTokens = max;
  }

  private static final class Holder {
    static final Gazetteer STANDARD = load();
  }

  /** The gazetteer shipped with Threadline, loaded once. */
  public static Gazetteer standard() {
    return Holder.STANDARD;
  }

  /** Every place, in file order (by province, larger first). */
  public List<Place> places() {
    return places;
  }

  /**
   * The place a site's {@code city} field names: case- and accent-insensitive, every form and
   * nickname accepted ("Montreal" → Montréal, "Quebec City" or "Quebec" → Québec, "T.O." →
   * Toronto), with an optional province after it ("Windsor, ON", "Saint John (NB)").
   */
  public Optional<Place> lookup(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String key = key(name);
    Province wanted = null;
    List<Alias> candidates = byKey.get(key);
    if (candidates == null) {
      int cut = key.lastIndexOf(' ');
      while (candidates == null && cut > 0) {
        Province p = provinceNamed(key.substring(cut + 1));
        if (p == null) {
          break;
        }
        wanted = p;
        key = key.substring(0, cut);
        candidates = byKey.get(key);
        cut = key.lastIndexOf(' ');
      }
    }
    if (candidates == null) {
      return Optional.empty();
    }
    for (Alias a : candidates) {
      if (wanted == null || a.place().province().equals(wanted.code())) {
        return Optional.of(a.place());
      }
    }
    return Optional.empty();
  }

  /** Every alias indexed under {@code key} (see {@link #key}), larger place first; empty if none. */
  public List<Alias> candidates(String key) {
    return byKey.getOrDefault(key, List.of());
  }

  /** Whether some form begins with this folded token: lets a scanner skip most words at once. */
  public boolean startsForm(String token) {
    return firstTokens.contains(token);
  }

  /**
   * Whether the word {@code s[start, end)}, once folded, may begin some form: a hash test that
   * allocates nothing, so a scanner can skip the many words that begin no place name. May answer
   * true for a word that begins none (a hash collision), never false for one that does.
   */
  public boolean mayStartForm(CharSequence s, int start, int end) {
    return java.util.Arrays.binarySearch(firstTokenHashes, foldedHash(s, start, end)) >= 0;
  }

  private static long foldedHash(CharSequence s, int start, int end) {
    long h = 1125899906842597L;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      switch (c) {
        case 'œ', 'Œ' -> h = 31 * (31 * h + 'o') + 'e';
        case 'æ', 'Æ' -> h = 31 * (31 * h + 'a') + 'e';
        case 'ß' -> h = 31 * (31 * h + 's') + 's';
        default -> h = 31 * h + Fold.fold(c);
      }
    }
    return h;
  }

  /** The largest number of tokens in one form. */
  public int maxTokens() {
    return maxTokens;
  }

  /** The index key of a written name: folded tokens of letters and digits, joined by a space. */
  public static String key(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        Fold.append(s, i, i + 1, out);
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        pendingSpace = true;
      }
    }
    return out.toString();
  }

  private static Province provinceNamed(String token) {
    Province p = Province.ofCode(token);
    if (p != null) {
      return p;
    }
    for (Province q : Province.values()) {
      if (key(q.englishName()).equals(token) || key(q.frenchName()).equals(token)) {
        return q;
      }
      for (String v : q.variants()) {
        if (key(v).equals(token)) {
          return q;
        }
      }
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // Loading

  static Gazetteer load() {
    return TsvRows.loadResource(Gazetteer.class, RESOURCE, Gazetteer::parse);
  }

  /** Parses a gazetteer file; a malformed row fails with its line number. */
  static Gazetteer parse(BufferedReader reader, String source) throws IOException {
    List<Place> places = new ArrayList<>();
    List<Integer> withins = new ArrayList<>();
    Map<String, List<Alias>> byKey = new HashMap<>();
    TsvRows.forEachRow(reader, source, 7, (lineNo, cols) -> {
      String name = cols[0].strip();
      if (Province.ofCode(cols[1].strip()) == null) {
        throw TsvRows.bad(source, lineNo, "unknown province code '" + cols[1] + "'");
      }
      double lat;
      double lon;
      PopulationClass cls;
      try {
        lat = Double.parseDouble(cols[2].strip());
        lon = Double.parseDouble(cols[3].strip());
        cls = PopulationClass.valueOf(cols[4].strip());
      } catch (IllegalArgumentException e) {
        throw TsvRows.bad(source, lineNo, e.getMessage());
      }
      if (lat < 41.5 || lat > 83.5 || lon < -141.5 || lon > -52.5) {
        throw TsvRows.bad(source, lineNo, "coordinates " + lat + "," + lon + " are outside Canada");
      }
      List<String> written = new ArrayList<>();
      List<String[]> flagged = new ArrayList<>();
      boolean nameListed = false;
      for (String raw : cols[5].split("\\|")) {
        String form = raw.strip();
        String flags = "";
        while (!form.isEmpty() && "?!=^".indexOf(form.charAt(0)) >= 0) {
          flags += form.charAt(0);
          form = form.substring(1);
        }
        if (form.isEmpty()) {
          throw TsvRows.bad(source, lineNo, "empty form");
        }
        nameListed |= key(form).equals(key(name));
        written.add(form);
        flagged.add(new String[] {form, flags});
      }
      if (!nameListed) {
        written.add(0, name);
        flagged.add(0, new String[] {name, ""});
      }
      Place place = new Place(name, cols[1].strip(), lat, lon, cls, written, cols[6].strip());
      places.add(place);
      withins.add(lineNo);
      for (String[] f : flagged) {
        index(byKey, place, f[0], f[1]);
      }
    });
    Set<String> names = new HashSet<>();
    for (Place p : places) {
      names.add(p.name() + "\t" + p.province());
    }
    for (int k = 0; k < places.size(); k++) {
      Place p = places.get(k);
      if (!p.within().isEmpty() && !names.contains(p.within() + "\t" + p.province())) {
        throw TsvRows.bad(source, withins.get(k), "'" + p.within() + "' is not a place of " + p.province());
      }
    }
    return new Gazetteer(places, byKey);
  }

  /** The municipality a community is part of ("Scarborough" → Toronto), or the place itself. */
  public Place municipality(Place place) {
    if (place.within().isEmpty()) {
      return place;
    }
    for (Place p : places) {
      if (p.name().equals(place.within()) && p.province().equals(place.province())) {
        return p;
      }
    }
    return place;
  }

  private static void index(Map<String, List<Alias>> byKey, Place place, String form, String flags) {
    boolean qualifier = flags.indexOf('?') >= 0;
    boolean person = flags.indexOf('!') >= 0;
    String exact = flags.indexOf('=') >= 0 ? form.replace(".", "") : null;
    boolean provinceHomonym = flags.indexOf('^') >= 0;
    Set<String> keys = new LinkedHashSet<>();
    for (String written : new String[] {form, form.replace("'", "").replace("’", "")}) {
      expand(key(written).split(" "), 0, keys);
    }
    for (String k : keys) {
      List<Alias> list = byKey.computeIfAbsent(k, x -> new ArrayList<>());
      boolean already = list.stream().anyMatch(a -> a.place() == place);
      if (!already) {
        list.add(new Alias(place, k, qualifier, person, exact, provinceHomonym));
      }
    }
  }

  private static void expand(String[] tokens, int i, Set<String> out) {
    if (i == tokens.length) {
      out.add(String.join(" ", tokens));
      return;
    }
    expand(tokens, i + 1, out);
    String[] alternatives = TOKEN_VARIANTS.get(tokens[i]);
    if (alternatives != null) {
      for (String alt : alternatives) {
        String[] copy = tokens.clone();
        copy[i] = alt;
        expand(copy, i + 1, out);
      }
    }
  }
}
