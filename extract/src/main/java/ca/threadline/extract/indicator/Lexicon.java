package ca.threadline.extract.indicator;

import ca.threadline.core.indicator.IndicatorDefinition;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reviewed indicator lexicon, compiled: every indicator definition with its trigger and
 * suppressor phrases, every cue, and one {@link PhraseAutomaton} holding all their phrases.
 * Immutable and thread-safe.
 *
 * <p>Shipped files (resources of this package): {@code sex-trafficking.lexicon},
 * {@code forced-labour.lexicon}, {@code cues.lexicon}.
 */
public final class Lexicon {
  /** The lexicon files Threadline ships, in load order. */
  public static final List<String> STANDARD_FILES = List.of("sex-trafficking.lexicon", "forced-labour.lexicon", "cues.lexicon");

  private final List<LexiconEntry> entries;
  private final Map<String, Integer> entryIndex = new HashMap<>();
  private final List<Cue> cues;
  private final Map<String, Integer> cueIndex = new HashMap<>();
  private final PhraseAutomaton automaton;
  private final Tokenizer tokenizer;

  private Lexicon(List<LexiconEntry> entries, List<Cue> cues) {
    this.entries = List.copyOf(entries);
    this.cues = List.copyOf(cues);
    for (int i = 0; i < entries.size(); i++) {
      if (entryIndex.put(entries.get(i).code(), i) != null) {
        throw new IllegalStateException("indicator " + entries.get(i).code() + " defined twice");
      }
    }
    for (int i = 0; i < cues.size(); i++) {
      if (cueIndex.put(cues.get(i).name(), i) != null) {
        throw new IllegalStateException("cue " + cues.get(i).name() + " defined twice");
      }
    }
    PhraseAutomaton.Builder b = new PhraseAutomaton.Builder();
    for (int i = 0; i < entries.size(); i++) {
      LexiconEntry e = entries.get(i);
      for (LexiconEntry.Phrase p : e.triggers()) {
        int condition = -1;
        if (p.condition() != null) {
          Integer c = cueIndex.get(p.condition());
          if (c == null) {
            throw new IllegalStateException(p.line() + ": unknown cue '" + p.condition() + "'");
          }
          condition = c;
        }
        add(b, p, PhraseAutomaton.Role.TRIGGER, i, condition);
      }
      for (LexiconEntry.Phrase p : e.suppressors()) {
        add(b, p, PhraseAutomaton.Role.SUPPRESSOR, i, -1);
      }
    }
    for (int i = 0; i < cues.size(); i++) {
      for (LexiconEntry.Phrase p : cues.get(i).phrases()) {
        add(b, p, PhraseAutomaton.Role.CUE, i, -1);
      }
    }
    automaton = b.build();
    tokenizer = new Tokenizer(automaton.vocabulary());
  }

  private static void add(PhraseAutomaton.Builder b, LexiconEntry.Phrase p, PhraseAutomaton.Role role, int owner, int condition) {
    try {
      if (b.add(p.pattern(), role, owner, condition) == 0) {
        throw new IllegalArgumentException("pattern yields no phrase");
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(p.line() + ": " + e.getMessage(), e);
    }
  }

  /** The lexicon Threadline ships. */
  public static Lexicon standard() {
    Map<String, List<String>> files = new LinkedHashMap<>();
    for (String f : STANDARD_FILES) {
      files.put(f, resourceLines(f));
    }
    return parse(files);
  }

  /** Compiles lexicon files given as name → lines (tests use this for broken lexicons). */
  public static Lexicon parse(Map<String, List<String>> files) {
    LexiconParser parser = new LexiconParser();
    files.forEach(parser::parse);
    return new Lexicon(parser.entries(), parser.cues());
  }

  static List<String> resourceLines(String name) {
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        out.add(l);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<LexiconEntry> entries() {
    return entries;
  }

  public List<IndicatorDefinition> definitions() {
    return entries.stream().map(LexiconEntry::definition).toList();
  }

  public LexiconEntry entry(String code) {
    Integer i = entryIndex.get(code);
    if (i == null) {
      throw new IllegalArgumentException("no indicator " + code + " in the lexicon");
    }
    return entries.get(i);
  }

  LexiconEntry entry(int index) {
    return entries.get(index);
  }

  public List<Cue> cues() {
    return cues;
  }

  /** The index of cue {@code name}; a rule asking for a cue the lexicon lacks fails at start-up. */
  int cue(String name) {
    Integer i = cueIndex.get(name);
    if (i == null) {
      throw new IllegalStateException("the lexicon has no cue '" + name + "' (needed by a rule)");
    }
    return i;
  }

  PhraseAutomaton automaton() {
    return automaton;
  }

  Tokens tokenize(String text) {
    return tokenizer.tokenize(text);
  }
}
