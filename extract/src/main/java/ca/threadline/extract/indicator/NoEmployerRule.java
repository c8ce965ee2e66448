package ca.threadline.extract.indicator;

import ca.threadline.core.indicator.Indicator;
import ca.threadline.core.indicator.IndicatorDefinition;
import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.core.text.Span;
import java.util.List;

/**
 * {@code no_employer_name}: a job ad that names no employer. The employer counts as named when the
 * ad shows any of: a company suffix (cue {@code company_suffix}: Inc., Ltée, Ltd…); a label such
 * as "Company:" / "Employeur :" followed by a capitalised word (cue {@code employer_label}); an
 * organisation noun next to a capitalised name ("Ferme Tremblay", "Maple Ridge Farms"; cue
 * {@code org_noun}); an e-mail address at the employer's own domain; a website that is not a
 * social network, messaging app or classified site.
 *
 * <p>Evidence is the ad's first line (its title as posted), since the indicator is an absence.
 */
final class NoEmployerRule implements DerivedRule {
  private static final int MAX_EVIDENCE = 120;

  private final int companySuffix;
  private final int employerLabel;
  private final int orgNoun;

  NoEmployerRule(Lexicon lexicon) {
    companySuffix = lexicon.cue("company_suffix");
    employerLabel = lexicon.cue("employer_label");
    orgNoun = lexicon.cue("org_noun");
  }

  @Override
  public String name() {
    return "no_employer";
  }

  @Override
  public void find(Reading r, IndicatorDefinition definition, List<Indicator> out) {
    if (r.kind != AdKind.JOB || employerNamed(r)) {
      return;
    }
    Span title = firstLine(r.text);
    if (title != null) {
      out.add(r.indicator(definition, title));
    }
  }

  private boolean employerNamed(Reading r) {
    if (r.has(companySuffix)) {
      return true;
    }
    Tokens t = r.tokens;
    boolean[] covered = coveredByCues(r);
    for (int h : r.cueHits(employerLabel)) {
      int next = r.hits.last[h] + 1;
      if (next < t.size && t.brk[next] != Tokens.HARD && t.kind[next] == Tokens.WORD && t.upper[next] && !covered[next]) {
        return true;
      }
    }
    for (int h : r.cueHits(orgNoun)) {
      int first = r.hits.first[h];
      int last = r.hits.last[h];
      boolean before = first > 0 && t.brk[first] == Tokens.NONE && isName(t, covered, first - 1);
      boolean after = last + 1 < t.size && t.brk[last + 1] == Tokens.NONE && isName(t, covered, last + 1);
      if (before || after) {
        return true;
      }
    }
    for (Selector s : r.selectors) {
      if (s.type() == SelectorType.EMAIL && !ContactHosts.isFreeMail(s.value())) {
        return true;
      }
      if (s.type() == SelectorType.URL && !ContactHosts.isAppOrSocial(s) && !ContactHosts.host(s.value()).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** A capitalised word that no cue explains (so "Farm Workers Needed" names no one). */
  private static boolean isName(Tokens t, boolean[] covered, int k) {
    return t.kind[k] == Tokens.WORD && t.upper[k] && !covered[k] && t.foldEnd[k] - t.foldStart[k] >= 2;
  }

  private static boolean[] coveredByCues(Reading r) {
    boolean[] covered = new boolean[r.tokens.size];
    PhraseAutomaton a = r.lexicon.automaton();
    for (int h = 0; h < r.hits.size; h++) {
      if (a.target(r.hits.target[h]).role() == PhraseAutomaton.Role.CUE) {
        for (int k = r.hits.first[h]; k <= r.hits.last[h]; k++) {
          covered[k] = true;
        }
      }
    }
    return covered;
  }

  /** The first non-blank line, trimmed, at most {@value #MAX_EVIDENCE} chars; null for a blank text. */
  static Span firstLine(String text) {
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      int s = start;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        if (e - s > MAX_EVIDENCE) {
          e = s + MAX_EVIDENCE;
          if (Character.isHighSurrogate(text.charAt(e - 1))) {
            e--;
          }
        }
        return new Span(s, e);
      }
      start = end + 1;
    }
    return null;
  }
}
