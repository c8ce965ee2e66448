package ca.threadline.extract.indicator;

import ca.threadline.core.indicator.Indicator;
import ca.threadline.core.selector.Selector;
import ca.threadline.extract.Extractor;
import ca.threadline.extract.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds sex-trafficking and forced-labour indicators in one record: lexicon phrases through one
 * automaton pass, then {@link DerivedRule}s over the record. Thread-safe.
 *
 * <p>A trigger phrase becomes an indicator unless:
 *
 * <ul>
 *   <li>its domain does not fit the ad ({@link AdKind#allows}): job-ad signs are not read in escort
 *       ads and the reverse;
 *   <li>it is conditional ({@code en if payment: lmia ready}) and the condition cue is absent;
 *   <li>a suppressor phrase of the same indicator overlaps it ("fees paid by the employer");
 *   <li>the indicator is {@code negatable} and a negation word stands within {@value
 *       #NEGATION_WINDOW} tokens before it with no punctuation in between ("no recruitment fee",
 *       "we never charge fees", "sans frais de dossier").
 * </ul>
 *
 * Overlapping hits of one code keep the longest; each indicator carries the exact words (and
 * UTF-16 span) that triggered it.
 */
public final class LexiconIndicatorFinder implements Extractor.IndicatorFinder {
  static final int NEGATION_WINDOW = 3;

  private final Lexicon lexicon;
  private final Map<String, DerivedRule> rules = new HashMap<>();
  private final int negation;

  LexiconIndicatorFinder(Lexicon lexicon, List<DerivedRule> derivedRules) {
    this.lexicon = lexicon;
    for (DerivedRule rule : derivedRules) {
      rules.put(rule.name(), rule);
    }
    Set<String> used = new TreeSet<>();
    for (LexiconEntry e : lexicon.entries()) {
      if (e.derived() != null) {
        if (!rules.containsKey(e.derived())) {
          throw new IllegalStateException("indicator " + e.code() + " names unknown derived rule '" + e.derived() + "'");
        }
        used.add(e.derived());
      }
    }
    Set<String> unused = new TreeSet<>(rules.keySet());
    unused.removeAll(used);
    if (!unused.isEmpty()) {
      throw new IllegalStateException("derived rules not named by any indicator: " + unused);
    }
    negation = lexicon.cue("negation");
  }

  /** The finder with Threadline's shipped lexicon and rules. */
  public static LexiconIndicatorFinder standard() {
    return standard(Lexicon.standard());
  }

  public static LexiconIndicatorFinder standard(Lexicon lexicon) {
    return new LexiconIndicatorFinder(
        lexicon,
        List.of(
            new PhoneObfuscationRule(),
            new HousingChargeRule(lexicon),
            new WageBelowMinimumRule(lexicon, MinimumWageTable.standard()),
            new NoEmployerRule(lexicon),
            new MessagingOnlyRule(lexicon)));
  }

  public Lexicon lexicon() {
    return lexicon;
  }

  @Override
  public List<Indicator> find(String text, Language language, List<Selector> selectors) {
    Reading r = new Reading(text, lexicon, selectors);
    return find(r);
  }

  /** The kind of ad the finder takes {@code text} for (exposed for tests and explanations). */
  public AdKind kind(String text, List<Selector> selectors) {
    return new Reading(text, lexicon, selectors).kind;
  }

  private List<Indicator> find(Reading r) {
    List<Indicator> out = new ArrayList<>();
    boolean[] negator = negators(r);
    PhraseAutomaton a = lexicon.automaton();
    java.util.Map<Integer, int[]> suppressors = suppressorsByOwner(r);
    for (int h = 0; h < r.hits.size; h++) {
      PhraseAutomaton.Target t = a.target(r.hits.target[h]);
      if (t.role() != PhraseAutomaton.Role.TRIGGER) {
        continue;
      }
      LexiconEntry e = lexicon.entry(t.owner());
      if (!r.kind.allows(e.definition().domain())) {
        continue;
      }
      if (t.condition() >= 0 && !r.has(t.condition())) {
        continue;
      }
      int first = r.hits.first[h];
      int last = r.hits.last[h];
      if (suppressed(r, suppressors.get(t.owner()), first, last) || (e.negatable() && negated(r.tokens, negator, first))) {
        continue;
      }
      out.add(r.indicator(e.definition(), first, last));
    }
    for (LexiconEntry e : lexicon.entries()) {
      if (e.derived() != null && r.kind.allows(e.definition().domain())) {
        rules.get(e.derived()).find(r, e.definition(), out);
      }
    }
    return longestPerCode(out);
  }

  /**
   * The suppressor hits of each owner (indices into {@code r.hits}). Looked up per trigger instead
   * of scanning every hit for every trigger, which was quadratic in the length of a page (the
   * largest single cost of extracting a crawl's 50 KB pages).
   */
  private java.util.Map<Integer, int[]> suppressorsByOwner(Reading r) {
    PhraseAutomaton a = lexicon.automaton();
    java.util.Map<Integer, int[]> count = new java.util.HashMap<>();
    for (int h = 0; h < r.hits.size; h++) {
      PhraseAutomaton.Target t = a.target(r.hits.target[h]);
      if (t.role() == PhraseAutomaton.Role.SUPPRESSOR) {
        count.computeIfAbsent(t.owner(), k -> new int[1])[0]++;
      }
    }
    java.util.Map<Integer, int[]> out = new java.util.HashMap<>();
    java.util.Map<Integer, int[]> filled = new java.util.HashMap<>();
    for (int h = 0; h < r.hits.size; h++) {
      PhraseAutomaton.Target t = a.target(r.hits.target[h]);
      if (t.role() == PhraseAutomaton.Role.SUPPRESSOR) {
        int[] list = out.computeIfAbsent(t.owner(), k -> new int[count.get(k)[0]]);
        list[filled.computeIfAbsent(t.owner(), k -> new int[1])[0]++] = h;
      }
    }
    return out;
  }

  /** Whether one of the owner's suppressor hits overlaps tokens {@code first..last}. */
  private static boolean suppressed(Reading r, int[] suppressorHits, int first, int last) {
    if (suppressorHits == null) {
      return false;
    }
    for (int h : suppressorHits) {
      if (r.hits.first[h] <= last && first <= r.hits.last[h]) {
        return true;
      }
    }
    return false;
  }

  private boolean[] negators(Reading r) {
    boolean[] out = new boolean[r.tokens.size];
    for (int h : r.cueHits(negation)) {
      for (int k = r.hits.first[h]; k <= r.hits.last[h]; k++) {
        out[k] = true;
      }
    }
    return out;
  }

  /** A negation word within the window before {@code first}, with no break in between. */
  private static boolean negated(Tokens t, boolean[] negator, int first) {
    for (int k = first - 1; k >= 0 && k >= first - NEGATION_WINDOW; k--) {
      if (t.brk[k + 1] != Tokens.NONE) {
        return false;
      }
      if (negator[k]) {
        return true;
      }
    }
    return false;
  }

  private static final Comparator<Indicator> BY_CODE_START_LONGEST =
      Comparator.comparing(Indicator::code)
          .thenComparingInt((Indicator i) -> i.span().start())
          .thenComparingInt(i -> -i.span().length());

  /** Of overlapping indicators with one code, keeps the first-starting, longest one. */
  private static List<Indicator> longestPerCode(List<Indicator> found) {
    List<Indicator> sorted = new ArrayList<>(found);
    sorted.sort(BY_CODE_START_LONGEST);
    List<Indicator> out = new ArrayList<>(sorted.size());
    Indicator kept = null;
    for (Indicator i : sorted) {
      if (kept != null && kept.code().equals(i.code()) && kept.span().overlaps(i.span())) {
        continue;
      }
      if (kept != null && kept.code().equals(i.code()) && kept.span().equals(i.span())) {
        continue;
      }
      out.add(i);
      kept = i;
    }
    return out;
  }
}
