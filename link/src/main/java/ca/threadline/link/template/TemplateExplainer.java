package ca.threadline.link.template;

import ca.threadline.link.minhash.Jaccard;
import ca.threadline.link.text.Mask;
import ca.threadline.link.text.MaskedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the template and slots of one template cluster: a center-star multiple alignment of the
 * ads' masked token sequences (InfoShield aligns with partial-order graphs and chooses slots by
 * description length; the center star is simpler, deterministic and fast enough to run on every
 * cluster, and gives the same picture on clusters of near-duplicates).
 *
 * <ol>
 *   <li>The central ad is the one with the highest total shingle Jaccard to the others (ties: the
 *       earliest), so the template is read from the most typical copy.
 *   <li>Every other ad is aligned to it ({@link TokenAlignment}). A central word matched by a
 *       majority of the ads is <em>fixed</em>; a masked selector (⟨phone⟩, ⟨location⟩...) matched by
 *       a majority is a <em>typed slot</em> whose values are the selectors' canonical values (or
 *       fixed text when every ad has the same value there).
 *   <li>Between two consecutive fixed words, each ad has some text (possibly none); that stretch is
 *       a <em>text slot</em> when at least a quarter of the ads (at least one) differ there from the
 *       central ad. Rarer differences are edits (typos, an extra emoji phrase), not slots, and the
 *       central ad's words are shown. (With two or three ads any difference is a slot: so few
 *       copies cannot tell a typo from a changed name.)
 * </ol>
 *
 * <p>Only the first {@link #MAX_ALIGNED} ads of a cluster (in input order) are aligned, so the cost
 * per cluster is bounded and the view of a cluster does not change when later ads join it.
 */
public final class TemplateExplainer {
  public static final int MAX_ALIGNED = 30;
  private static final int MAX_VALUES = 10;

  /** One ad of the cluster: its index, original text, masked tokens and shingles. */
  public record Member(int ad, String text, MaskedText tokens, int[] shingles) {}

  /** Explains a cluster given its members in input order (at least two). */
  public TemplateView explain(List<Member> cluster) {
    if (cluster.size() < 2) {
      throw new IllegalArgumentException("a template needs at least two ads");
    }
    List<Member> ms = cluster.subList(0, Math.min(MAX_ALIGNED, cluster.size()));
    int m = ms.size();
    int center = center(ms);
    Member c = ms.get(center);
    String[] ct = c.tokens().tokens();
    int n = ct.length;
    int[][] match = new int[m][];
    int[] support = new int[n];
    for (int k = 0; k < m; k++) {
      match[k] = k == center ? identity(n) : TokenAlignment.align(ct, ms.get(k).tokens().tokens());
      for (int p = 0; p < n; p++) {
        if (match[k][p] >= 0) {
          support[p]++;
        }
      }
    }
    int majority = m / 2 + 1;
    boolean[] anchor = new boolean[n]; // majority-matched: fixed words and typed slots
    for (int p = 0; p < n; p++) {
      anchor[p] = support[p] >= majority;
    }
    int minDiffering = Math.max(1, (m + 3) / 4);
    Renderer out = new Renderer(c);
    List<TemplateView.Slot> slots = new ArrayList<>();
    int fixedWords = 0;
    int prev = -1; // previous anchor position
    for (int p = 0; p <= n; p++) {
      if (p < n && !anchor[p]) {
        continue;
      }
      // the stretch between anchors prev and p
      TemplateView.Slot gap = textSlot(ms, match, anchor, prev, p, center, slots.size() + 1, minDiffering);
      if (gap != null) {
        slots.add(gap);
        out.marker(gap);
      } else if (p - prev > 1) {
        out.text(prev + 1, p - 1); // rare edits only: most ads read like the central one here
      }
      if (p < n) {
        if (Mask.isMask(ct[p])) {
          TemplateView.Slot typed = typedSlot(ms, match, p, Mask.typeName(ct[p]), slots.size() + 1);
          if (typed.distinct() > 1) {
            slots.add(typed);
            out.marker(typed);
          } else {
            out.text(p, p); // the same selector in every ad: fixed, shown as written
          }
        } else {
          out.text(p, p);
          fixedWords++;
        }
      }
      prev = p;
    }
    return new TemplateView(out.done(), slots, m, c.ad(), n == 0 ? 0 : (double) fixedWords / n);
  }

  /**
   * Writes the template: runs of fixed tokens as the central ad wrote them (with its punctuation
   * and emoji, white space collapsed), slots as {@code {n:type}}.
   */
  private static final class Renderer {
    private final Member center;
    private final StringBuilder b = new StringBuilder();
    private int runStart = -1;
    private int runEnd = -1;

    Renderer(Member center) {
      this.center = center;
    }

    void text(int from, int to) {
      if (runStart < 0) {
        runStart = from;
      }
      runEnd = to;
    }

    void marker(TemplateView.Slot slot) {
      flush();
      piece("{" + slot.number() + ":" + slot.type() + "}");
    }

    String done() {
      flush();
      return b.toString();
    }

    private void flush() {
      if (runStart >= 0) {
        MaskedText t = center.tokens();
        piece(center.text().substring(t.starts()[runStart], t.ends()[runEnd]).replaceAll("\\s+", " "));
        runStart = -1;
      }
    }

    private void piece(String s) {
      if (!b.isEmpty()) {
        b.append(' ');
      }
      b.append(s);
    }
  }

  private static int[] identity(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }

  private static int center(List<Member> ms) {
    int best = 0;
    double bestScore = -1;
    for (int i = 0; i < ms.size(); i++) {
      double s = 0;
      for (int j = 0; j < ms.size(); j++) {
        if (i != j) {
          s += Jaccard.of(ms.get(i).shingles(), ms.get(j).shingles());
        }
      }
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    }
    return best;
  }

  private static TemplateView.Slot typedSlot(List<Member> ms, int[][] match, int p, String type, int number) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    int with = 0;
    for (int k = 0; k < ms.size(); k++) {
      int j = match[k][p];
      if (j >= 0) {
        with++;
        counts.merge(ms.get(k).tokens().values()[j], 1, Integer::sum);
      }
    }
    return new TemplateView.Slot(number, type, with, counts.size(), top(counts));
  }

  /**
   * The text of each ad between anchors {@code left} and {@code right} (-1 and n for the edges);
   * a slot if enough ads differ there from the central ad. Only ads that matched both bounding
   * anchors are compared: in an ad that moved or lost one of them, the stretch is not defined.
   */
  private static TemplateView.Slot textSlot(
      List<Member> ms, int[][] match, boolean[] anchor, int left, int right, int center, int number, int minDiffering) {
    int n = match[center].length;
    String[] values = new String[ms.size()];
    String[][] tokens = new String[ms.size()][];
    for (int k = 0; k < ms.size(); k++) {
      MaskedText t = ms.get(k).tokens();
      boolean leftOk = left < 0 || match[k][left] >= 0;
      boolean rightOk = right >= n || match[k][right] >= 0;
      if (!leftOk || !rightOk) {
        continue;
      }
      int from = left < 0 ? 0 : match[k][left] + 1;
      int to = right >= n ? t.size() : match[k][right];
      if (to <= from) {
        values[k] = "";
        tokens[k] = new String[0];
      } else {
        values[k] = ms.get(k).text().substring(t.starts()[from], t.ends()[to - 1]).replaceAll("\\s+", " ");
        tokens[k] = java.util.Arrays.copyOfRange(t.tokens(), from, to);
      }
    }
    int differing = 0;
    for (int k = 0; k < ms.size(); k++) {
      if (tokens[k] != null && !java.util.Arrays.equals(tokens[k], tokens[center])) {
        differing++;
      }
    }
    if (differing < minDiffering) {
      return null;
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    int with = 0;
    String type = null;
    for (int k = 0; k < ms.size(); k++) {
      if (values[k] == null || values[k].isEmpty()) {
        continue;
      }
      with++;
      counts.merge(values[k], 1, Integer::sum);
      String ty = tokens[k].length == 1 && Mask.isMask(tokens[k][0]) ? Mask.typeName(tokens[k][0]) : "text";
      type = type == null || type.equals(ty) ? ty : "text";
    }
    return new TemplateView.Slot(number, type == null ? "text" : type, with, counts.size(), top(counts));
  }

  private static List<TemplateView.Value> top(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_VALUES)
        .map(e -> new TemplateView.Value(e.getKey(), e.getValue()))
        .toList();
  }
}
