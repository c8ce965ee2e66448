package ca.threadline.extract.indicator;

import ca.threadline.core.indicator.Indicator;
import ca.threadline.core.indicator.IndicatorDefinition;
import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.core.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything known about one record while its indicators are found: the text, its tokens, every
 * phrase match, the selectors, which cues occur and the {@link AdKind} they imply. Built once per
 * record; the rules only read it.
 */
final class Reading {
  final String text;
  final Tokens tokens;
  final Hits hits;
  final Lexicon lexicon;
  final List<Selector> selectors;
  final AdKind kind;
  /** Per cue: indices into {@link #hits} of its matches, in text order. */
  private final int[][] cueHits;
  private Amounts amounts;

  Reading(String text, Lexicon lexicon, List<Selector> selectors) {
    this.text = text;
    this.lexicon = lexicon;
    this.selectors = selectors;
    tokens = lexicon.tokenize(text);
    hits = new Hits();
    lexicon.automaton().match(tokens, hits);
    int cueCount = lexicon.cues().size();
    int[] counts = new int[cueCount];
    for (int h = 0; h < hits.size; h++) {
      PhraseAutomaton.Target t = lexicon.automaton().target(hits.target[h]);
      if (t.role() == PhraseAutomaton.Role.CUE) {
        counts[t.owner()]++;
      }
    }
    cueHits = new int[cueCount][];
    for (int c = 0; c < cueCount; c++) {
      cueHits[c] = new int[counts[c]];
      counts[c] = 0;
    }
    for (int h = 0; h < hits.size; h++) {
      PhraseAutomaton.Target t = lexicon.automaton().target(hits.target[h]);
      if (t.role() == PhraseAutomaton.Role.CUE) {
        cueHits[t.owner()][counts[t.owner()]++] = h;
      }
    }
    kind = AdKind.decide(escortEvidence(), distinctPatterns(lexicon.cue("job_kind")));
  }

  private int escortEvidence() {
    int evidence = distinctPatterns(lexicon.cue("escort_kind"));
    for (Selector s : selectors) {
      if (s.type() == SelectorType.AGE || (s.type() == SelectorType.HANDLE && s.value().startsWith("onlyfans:"))) {
        evidence++;
        break;
      }
    }
    return evidence;
  }

  /** How many different lexicon patterns of cue {@code c} matched (a phrase repeated counts once). */
  int distinctPatterns(int c) {
    Set<Integer> ids = new HashSet<>();
    for (int h : cueHits[c]) {
      ids.add(lexicon.automaton().target(hits.target[h]).patternId());
    }
    return ids.size();
  }

  boolean has(int cue) {
    return cueHits[cue].length > 0;
  }

  /** Hit indices of cue {@code cue}, in text order. */
  int[] cueHits(int cue) {
    return cueHits[cue];
  }

  Span span(int firstToken, int lastToken) {
    return new Span(tokens.start[firstToken], tokens.end[lastToken]);
  }

  Indicator indicator(IndicatorDefinition def, int firstToken, int lastToken) {
    return indicator(def, span(firstToken, lastToken));
  }

  Indicator indicator(IndicatorDefinition def, Span span) {
    return new Indicator(def, span.of(text), span);
  }

  Amounts amounts() {
    if (amounts == null) {
      amounts = Amounts.read(tokens);
    }
    return amounts;
  }

  List<Selector> selectors(SelectorType type) {
    List<Selector> out = new ArrayList<>();
    for (Selector s : selectors) {
      if (s.type() == type) {
        out.add(s);
      }
    }
    return out;
  }
}
