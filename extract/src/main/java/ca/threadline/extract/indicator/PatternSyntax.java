package ca.threadline.extract.indicator;

import java.util.ArrayList;
import java.util.List;

/**
 * Expands a lexicon pattern into the plain phrases it stands for.
 *
 * <pre>
 *   we (hold|keep) (your|the)? passport        alternatives in parentheses, "?" makes a group optional
 *   gard(é|ée|és|ées)                           groups may sit inside a word
 *   &lt;n:12-24&gt; hours a day                         &lt;n&gt; any number, &lt;n:A-B&gt; a number in [A, B]
 *   lmia &lt;w&gt; sale                                 &lt;w&gt; any one word
 *   passport*                                     a word starting with "passport"
 *   fee | fees                                    alternatives at top level
 * </pre>
 *
 * Expansion is a cartesian product, capped at {@value #MAX_EXPANSIONS} phrases per alternative (and
 * {@value #MAX_TOTAL} per pattern line) so a careless pattern fails loudly at load time instead of
 * bloating the automaton.
 */
final class PatternSyntax {
  static final int MAX_EXPANSIONS = 4096;
  static final int MAX_TOTAL = 50_000;

  private final String pattern;
  private int pos;

  private PatternSyntax(String pattern) {
    this.pattern = pattern;
  }

  /** The phrases (whitespace-normalised, non-empty) that {@code pattern} stands for. */
  static List<String> expand(String pattern) {
    PatternSyntax p = new PatternSyntax(pattern);
    List<String> out = p.alternatives();
    if (p.pos < pattern.length()) {
      throw new IllegalArgumentException("unbalanced ')' at " + p.pos + " in: " + pattern);
    }
    List<String> clean = new ArrayList<>();
    for (String s : out) {
      String t = s.strip().replaceAll("\\s+", " ");
      if (!t.isEmpty() && !clean.contains(t)) {
        clean.add(t);
      }
    }
    return clean;
  }

  private List<String> alternatives() {
    List<String> all = new ArrayList<>(sequence());
    while (pos < pattern.length() && pattern.charAt(pos) == '|') {
      pos++;
      all.addAll(sequence());
      if (all.size() > MAX_TOTAL) {
        throw new IllegalArgumentException("pattern expands to more than " + MAX_TOTAL + " phrases: " + pattern);
      }
    }
    return all;
  }

  private List<String> sequence() {
    List<String> acc = new ArrayList<>(List.of(""));
    while (pos < pattern.length()) {
      char c = pattern.charAt(pos);
      if (c == '|' || c == ')') {
        break;
      }
      List<String> part;
      if (c == '(') {
        pos++;
        part = alternatives();
        if (pos >= pattern.length() || pattern.charAt(pos) != ')') {
          throw new IllegalArgumentException("missing ')' in: " + pattern);
        }
        pos++;
        if (pos < pattern.length() && pattern.charAt(pos) == '?') {
          pos++;
          part.add("");
        }
      } else {
        int from = pos;
        while (pos < pattern.length() && "()|".indexOf(pattern.charAt(pos)) < 0) {
          if (pattern.charAt(pos) == '?') {
            // a bare "?" would silently be read as text: "$?" means nothing, "($)?" is optional
            throw new IllegalArgumentException("'?' must follow a group, as in (x)?, at " + pos + " in: " + pattern);
          }
          pos++;
        }
        part = List.of(pattern.substring(from, pos));
      }
      List<String> next = new ArrayList<>(acc.size() * part.size());
      for (String a : acc) {
        for (String b : part) {
          next.add(a + b);
        }
      }
      cap(next.size());
      acc = next;
    }
    return acc;
  }

  private void cap(int n) {
    if (n > MAX_EXPANSIONS) {
      throw new IllegalArgumentException("pattern expands to more than " + MAX_EXPANSIONS + " phrases: " + pattern);
    }
  }
}
