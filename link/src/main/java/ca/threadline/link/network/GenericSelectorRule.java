package ca.threadline.link.network;

import ca.threadline.link.graph.UnionFind;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Decides which strong selectors are <em>generic</em>: shared so widely, by groups of ads that
 * nothing else ties together, that they identify no one (a site's or agency's booking line, a
 * scam number reposted by strangers, a payment address of a service).
 *
 * <p>Unrelated groups. For a strong selector s, take the ads that carry it and split them into
 * groups: two of these ads are in one group when they are in the same template cluster, or when
 * their template clusters share another strong selector that is not itself generic. A group
 * <em>has its own contact</em> when its template clusters carry a strong selector other than s (its
 * own phone, e-mail, handle...). Selectors that appear in at least 80% of the ads carrying s are
 * its <em>companions</em> (an agency's phone and its e-mail, an operator's phone and e-mail): they
 * travel with s, so they neither tie its groups nor count as a group's own contact — otherwise two
 * generic identifiers printed side by side would vouch for each other.
 *
 * <p>Rule. s is generic when
 *
 * <ol>
 *   <li>more than {@code maxOwnContactGroups} (default 6) of its groups have their own contact —
 *       several apparently separate operations, each reachable its own way, that also list this
 *       one: the shape of an agency or site booking line; or
 *   <li>it spans more than {@code maxGroups} (default 20) groups in all — spread so thin that even
 *       heavy rewording by one operator no longer explains it.
 * </ol>
 *
 * <p>Why this shape. Freeman et al. (2025, "Linking Multi-Site Sex Ad Data at the Individual
 * Level") found that links through shared contact data glue unrelated posters into a giant
 * component, and filter such edges, keeping a link only where the ads on both sides look like one
 * poster. We apply the same principle in a counting form that needs no trained model: a shared
 * selector is evidence of one operation only where the rest of the evidence (templates, the other
 * identifiers) does not contradict it. Counting ads instead would flag the most prolific
 * operators, the ones investigators most need to see whole. Counting all groups alone would flag
 * an operator whose ads were reworded so much that they fall into many small template clusters
 * (measured on the testkit corpus: up to 9 groups for a real operator's phone), so the low limit
 * applies only to groups that each show a contact of their own. Its value, 6, follows the
 * InfoShield authors' observation that one writer may produce ads for four to six victims (CMU,
 * 2021): a manager's line shared by up to six women, each with her own phone, is exactly the link an
 * investigator needs and must survive; a line shared by more independent-looking operations is more
 * likely an agency's or a site's.
 *
 * <p>Because removing a generic selector's links can split other selectors' groups, the rule is
 * applied until nothing changes (the generic set only grows, so this ends; in practice after 2–3
 * rounds). Only counts and equality are used, so the result depends on the set of ads, not on
 * their order or on threads, and the Spark job can compute it with group-bys.
 */
public final class GenericSelectorRule {
  public static final int DEFAULT_MAX_OWN_CONTACT_GROUPS = 6;
  public static final int DEFAULT_MAX_GROUPS = 20;

  private final int maxOwnContactGroups;
  private final int maxGroups;

  public GenericSelectorRule(int maxOwnContactGroups, int maxGroups) {
    if (maxOwnContactGroups < 1 || maxGroups < maxOwnContactGroups) {
      throw new IllegalArgumentException("need 1 <= maxOwnContactGroups <= maxGroups");
    }
    this.maxOwnContactGroups = maxOwnContactGroups;
    this.maxGroups = maxGroups;
  }

  public static GenericSelectorRule defaults() {
    return new GenericSelectorRule(DEFAULT_MAX_OWN_CONTACT_GROUPS, DEFAULT_MAX_GROUPS);
  }

  public int maxOwnContactGroups() {
    return maxOwnContactGroups;
  }

  public int maxGroups() {
    return maxGroups;
  }

  /** The verdict for every selector of {@code graph}. */
  public Verdicts judge(SelectorGraph graph) {
    int s = graph.selectorCount();
    boolean[] generic = new boolean[s];
    int[] groups = new int[s];
    int[] ownContact = new int[s];
    int[] clusterOfAd = graph.templateLabels();
    Map<Integer, int[]> clusterSelectors = clusterSelectors(graph);
    int[] counts = new int[2];
    boolean changed = true;
    int rounds = 0;
    while (changed) {
      changed = false;
      rounds++;
      for (int sel = 0; sel < s; sel++) {
        int[] ads = graph.adsOf(sel);
        if (generic[sel] || ads.length <= maxOwnContactGroups) {
          continue; // too few ads to exceed either limit
        }
        countGroups(sel, ads, clusterOfAd, clusterSelectors, generic, counts, graph);
        if (counts[1] > maxOwnContactGroups || counts[0] > maxGroups) {
          generic[sel] = true;
          groups[sel] = counts[0]; // the counts that condemned it, kept as the reason
          ownContact[sel] = counts[1];
          changed = true;
        }
      }
    }
    // for the explanation: what each specific selector spans under the final verdicts
    for (int sel = 0; sel < s; sel++) {
      if (!generic[sel]) {
        countGroups(sel, graph.adsOf(sel), clusterOfAd, clusterSelectors, generic, counts, graph);
        groups[sel] = counts[0];
        ownContact[sel] = counts[1];
      }
    }
    return new Verdicts(generic, groups, ownContact, maxOwnContactGroups, maxGroups, rounds);
  }

  private static Map<Integer, int[]> clusterSelectors(SelectorGraph graph) {
    Map<Integer, int[]> out = new HashMap<>();
    int[] labels = graph.templateLabels();
    for (int ad = 0; ad < labels.length; ad++) {
      int[] sels = graph.selectorsOf(ad);
      if (sels.length == 0) {
        continue;
      }
      out.merge(labels[ad], sels, GenericSelectorRule::unionSorted);
    }
    return out;
  }

  private static int[] unionSorted(int[] a, int[] b) {
    int[] c = new int[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    Arrays.sort(c);
    int w = 0;
    for (int r = 0; r < c.length; r++) {
      if (w == 0 || c[r] != c[w - 1]) {
        c[w++] = c[r];
      }
    }
    return Arrays.copyOf(c, w);
  }

  /**
   * Counts the unrelated groups among the ads of {@code sel} into {@code out[0]} and those with a
   * contact of their own into {@code out[1]}; see the class comment.
   */
  private static void countGroups(
      int sel, int[] ads, int[] clusterOfAd, Map<Integer, int[]> clusterSelectors, boolean[] generic, int[] out, SelectorGraph graph) {
    java.util.function.IntFunction<int[]> selectorsOfAd = graph::selectorsOf;
    int[] clusters = new int[ads.length];
    for (int k = 0; k < ads.length; k++) {
      clusters[k] = clusterOfAd[ads[k]];
    }
    Arrays.sort(clusters);
    int distinct = 0;
    for (int k = 0; k < clusters.length; k++) {
      if (k == 0 || clusters[k] != clusters[k - 1]) {
        clusters[distinct++] = clusters[k];
      }
    }
    java.util.Set<Integer> companions = companions(sel, ads, selectorsOfAd);
    UnionFind uf = new UnionFind(distinct);
    boolean[] own = new boolean[distinct];
    Map<Integer, Integer> firstClusterWith = new HashMap<>();
    for (int c = 0; c < distinct; c++) {
      int[] sels = clusterSelectors.get(clusters[c]);
      if (sels == null) {
        continue;
      }
      for (int other : sels) {
        if (other == sel || generic[other] || companions.contains(other)) {
          continue;
        }
        own[c] = true;
        Integer prev = firstClusterWith.putIfAbsent(other, c);
        if (prev != null) {
          uf.union(prev, c);
        }
      }
    }
    boolean[] rootOwn = new boolean[distinct];
    for (int c = 0; c < distinct; c++) {
      if (own[c]) {
        rootOwn[uf.find(c)] = true;
      }
    }
    int roots = 0;
    int withOwn = 0;
    for (int c = 0; c < distinct; c++) {
      if (uf.find(c) == c) {
        roots++;
        if (rootOwn[c]) {
          withOwn++;
        }
      }
    }
    out[0] = roots;
    out[1] = withOwn;
  }

  /** Selectors other than {@code sel} carried by at least 80% of the ads that carry {@code sel}. */
  private static java.util.Set<Integer> companions(int sel, int[] ads, java.util.function.IntFunction<int[]> selectorsOfAd) {
    Map<Integer, Integer> together = new HashMap<>();
    for (int ad : ads) {
      for (int other : selectorsOfAd.apply(ad)) {
        if (other != sel) {
          together.merge(other, 1, Integer::sum);
        }
      }
    }
    java.util.Set<Integer> out = new java.util.HashSet<>();
    together.forEach((other, n) -> {
      if (5 * n >= 4 * ads.length) {
        out.add(other);
      }
    });
    return out;
  }

  /**
   * The rule's result.
   *
   * @param generic per selector, whether it was judged generic
   * @param groups per selector, the unrelated groups it spans (for a generic one, when judged)
   * @param ownContactGroups per selector, how many of those groups have a contact of their own
   * @param maxOwnContactGroups the first limit applied
   * @param maxGroups the second limit applied
   * @param rounds rounds until nothing changed
   */
  public record Verdicts(boolean[] generic, int[] groups, int[] ownContactGroups, int maxOwnContactGroups, int maxGroups, int rounds) {
    public boolean isGeneric(int selector) {
      return generic[selector];
    }

    public int genericCount() {
      int n = 0;
      for (boolean g : generic) {
        if (g) {
          n++;
        }
      }
      return n;
    }

    /** Why a generic selector was judged so, in words; {@code null} for a specific one. */
    public String reason(int selector) {
      if (!generic[selector]) {
        return null;
      }
      if (ownContactGroups[selector] > maxOwnContactGroups) {
        return "shared by " + ownContactGroups[selector] + " otherwise unrelated groups of ads that each have their own contact (limit " + maxOwnContactGroups + ")";
      }
      return "spread over " + groups[selector] + " otherwise unrelated groups of ads (limit " + maxGroups + ")";
    }
  }
}
