package ca.threadline.link.engine;

import ca.threadline.link.template.TemplateIndex;
import ca.threadline.link.template.TemplateParameters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

/**
 * All ads linked so far, in arrival order (ad index = position in the concatenated inputs), with
 * what linking needs of each. Template clusters are maintained incrementally by the
 * {@link TemplateIndex}; networks are derived from the whole corpus on demand ({@link Linker}).
 *
 * <p>When {@code keepRecords} is set, the full records (text, selectors) are kept too, for
 * template/slot explanations and for saving state; otherwise only compact features (about 0.5 KB
 * per ad).
 */
public final class LinkCorpus {
  private final TemplateIndex templates;
  private final boolean keepRecords;
  private final List<String> ids = new ArrayList<>();
  private final Map<String, Integer> indexOfId = new HashMap<>();
  private long[] postedAt = new long[16];
  private final List<String> places = new ArrayList<>();
  private final List<int[]> selectorIds = new ArrayList<>();
  private final List<String[]> phones = new ArrayList<>();
  private final List<AdRecord> records = new ArrayList<>();
  private final Map<String, Integer> selectorIndex = new HashMap<>();
  private final List<String> selectorKeys = new ArrayList<>();
  private final Map<String, String> interned = new HashMap<>();

  public LinkCorpus(TemplateParameters params, boolean keepRecords) {
    this.templates = new TemplateIndex(params);
    this.keepRecords = keepRecords;
  }

  public TemplateIndex templates() {
    return templates;
  }

  public boolean keepsRecords() {
    return keepRecords;
  }

  public int size() {
    return ids.size();
  }

  public String id(int ad) {
    return ids.get(ad);
  }

  /** Index of the ad with this id, or -1. */
  public int indexOf(String id) {
    return indexOfId.getOrDefault(id, -1);
  }

  /** Posting time, or {@code null}. */
  public Instant postedAt(int ad) {
    long s = postedAt[ad];
    return s == Long.MIN_VALUE ? null : Instant.ofEpochSecond(s);
  }

  public String place(int ad) {
    return places.get(ad);
  }

  public int[] selectorIds(int ad) {
    return selectorIds.get(ad);
  }

  public String[] phones(int ad) {
    return phones.get(ad);
  }

  public int selectorCount() {
    return selectorKeys.size();
  }

  public String selectorKey(int selector) {
    return selectorKeys.get(selector);
  }

  /** The full record; only when the corpus keeps records. */
  public AdRecord record(int ad) {
    if (!keepRecords) {
      throw new IllegalStateException("this corpus does not keep records");
    }
    return records.get(ad);
  }

  /**
   * Adds ads (with features computed by the same {@link Featurizer} parameters) and links them
   * into template clusters. Ids must be new: an id already present is rejected before anything is
   * added.
   */
  public void add(List<AdRecord> ads, List<AdFeatures> features, ForkJoinPool pool) {
    if (ads.size() != features.size()) {
      throw new IllegalArgumentException("one feature set per ad");
    }
    Map<String, Integer> batch = new HashMap<>();
    for (int k = 0; k < ads.size(); k++) {
      String id = ads.get(k).id();
      if (indexOfId.containsKey(id) || batch.putIfAbsent(id, k) != null) {
        throw new IllegalArgumentException("duplicate ad id " + id);
      }
    }
    int[][] shingles = new int[ads.size()][];
    int[][] keys = new int[ads.size()][];
    for (int k = 0; k < ads.size(); k++) {
      AdRecord ad = ads.get(k);
      AdFeatures f = features.get(k);
      append(ad.id(), ad.postedAt(), f);
      if (keepRecords) {
        records.add(ad);
      }
      shingles[k] = f.shingles();
      keys[k] = f.bandKeys();
    }
    templates.add(shingles, keys, pool);
  }

  /** Restores ads saved in a state file; see {@code StateFile}. */
  void restore(List<AdRecord> ads, List<AdFeatures> features, int[] templateLabels) {
    int[][] shingles = new int[ads.size()][];
    int[][] keys = new int[ads.size()][];
    for (int k = 0; k < ads.size(); k++) {
      AdRecord ad = ads.get(k);
      AdFeatures f = features.get(k);
      if (indexOfId.containsKey(ad.id())) {
        throw new IllegalArgumentException("duplicate ad id " + ad.id());
      }
      append(ad.id(), ad.postedAt(), f);
      if (keepRecords) {
        records.add(ad);
      }
      shingles[k] = f.shingles();
      keys[k] = f.bandKeys();
    }
    templates.restore(shingles, keys, templateLabels);
  }

  private void append(String id, Instant at, AdFeatures f) {
    int ad = ids.size();
    ids.add(id);
    indexOfId.put(id, ad);
    if (ad == postedAt.length) {
      postedAt = java.util.Arrays.copyOf(postedAt, ad * 2);
    }
    postedAt[ad] = at == null ? Long.MIN_VALUE : at.getEpochSecond();
    places.add(f.place() == null ? null : interned.computeIfAbsent(f.place(), p -> p));
    int[] sel = new int[f.strongKeys().length];
    for (int i = 0; i < sel.length; i++) {
      String key = f.strongKeys()[i];
      Integer id0 = selectorIndex.get(key);
      if (id0 == null) {
        id0 = selectorKeys.size();
        selectorIndex.put(key, id0);
        selectorKeys.add(key);
      }
      sel[i] = id0;
    }
    selectorIds.add(sel);
    phones.add(f.phones().length == 0 ? NO_PHONES : f.phones());
  }

  private static final String[] NO_PHONES = new String[0];
}
