package ca.threadline.link.network;

import java.util.Arrays;

/**
 * Ads, their template clusters and the strong selectors they carry, as dense int arrays: the input
 * of {@link GenericSelectorRule} and {@link NetworkBuilder}.
 *
 * <p>Selectors are numbered {@code 0..selectorCount()-1}; {@link #key(int)} gives the
 * {@code type:value} key. Each ad's selector list is sorted and without duplicates; each
 * selector's ad list is in ascending ad order.
 */
public final class SelectorGraph {
  private final int[] templateLabels;
  private final int[][] selectorsOfAd;
  private final String[] keys;
  private final int[][] adsOfSelector;

  /**
   * @param templateLabels per ad, its template cluster named by the index of one of its ads (the
   *     canonical label: the smallest)
   * @param selectorsOfAd per ad, the ids of the strong selectors it carries
   * @param keys per selector id, its {@code type:value} key
   */
  public SelectorGraph(int[] templateLabels, int[][] selectorsOfAd, String[] keys) {
    if (templateLabels.length != selectorsOfAd.length) {
      throw new IllegalArgumentException("one template label and one selector list per ad");
    }
    this.templateLabels = templateLabels;
    this.keys = keys;
    this.selectorsOfAd = new int[selectorsOfAd.length][];
    int[] counts = new int[keys.length];
    for (int ad = 0; ad < selectorsOfAd.length; ad++) {
      int[] s = selectorsOfAd[ad].clone();
      Arrays.sort(s);
      int w = 0;
      for (int r = 0; r < s.length; r++) {
        if (w == 0 || s[r] != s[w - 1]) {
          s[w++] = s[r];
        }
      }
      s = w == s.length ? s : Arrays.copyOf(s, w);
      this.selectorsOfAd[ad] = s;
      for (int sel : s) {
        counts[sel]++;
      }
    }
    adsOfSelector = new int[keys.length][];
    for (int sel = 0; sel < keys.length; sel++) {
      adsOfSelector[sel] = new int[counts[sel]];
    }
    int[] fill = new int[keys.length];
    for (int ad = 0; ad < this.selectorsOfAd.length; ad++) {
      for (int sel : this.selectorsOfAd[ad]) {
        adsOfSelector[sel][fill[sel]++] = ad;
      }
    }
  }

  public int adCount() {
    return templateLabels.length;
  }

  public int selectorCount() {
    return keys.length;
  }

  public int[] templateLabels() {
    return templateLabels;
  }

  public int[] selectorsOf(int ad) {
    return selectorsOfAd[ad];
  }

  public int[] adsOf(int selector) {
    return adsOfSelector[selector];
  }

  public String key(int selector) {
    return keys[selector];
  }
}
