package ca.threadline.link.engine;

import ca.threadline.core.selector.Selector;
import ca.threadline.core.selector.SelectorType;
import ca.threadline.link.circuit.PlaceResolver;
import ca.threadline.link.minhash.LshBands;
import ca.threadline.link.minhash.MinHasher;
import ca.threadline.link.template.TemplateParameters;
import ca.threadline.link.text.AdNormalizer;
import ca.threadline.link.text.MaskedText;
import ca.threadline.link.text.Shingler;
import java.util.TreeSet;

/**
 * Computes {@link AdFeatures} of an ad: mask and shingle its text, MinHash and band the shingles,
 * collect its strong selectors and its place. Stateless after construction and thread-safe: the
 * CLI runs it on many threads, the Spark job on many executors, with identical results.
 */
public final class Featurizer {
  /** Key prefix of image hashes among strong selectors. */
  public static final String IMAGE = "image:";

  private final TemplateParameters params;
  private final AdNormalizer normalizer = new AdNormalizer();
  private final Shingler shingler;
  private final MinHasher minHasher;
  private final LshBands lsh;
  private final PlaceResolver places;

  public Featurizer(TemplateParameters params, PlaceResolver places) {
    this.params = params;
    this.shingler = new Shingler(params.shingleWidth(), params.shinglesWithinSentences());
    this.lsh = params.lsh();
    this.minHasher = new MinHasher(lsh.signatureLength(), params.seed());
    this.places = places;
  }

  public MaskedText mask(AdRecord ad) {
    return normalizer.normalize(ad.text(), ad.selectors());
  }

  public AdFeatures features(AdRecord ad) {
    int[] shingles = shingler.shingles(mask(ad));
    int[] keys = new int[lsh.bands()];
    if (shingles.length >= params.minShingles()) {
      lsh.keys(minHasher.signature(shingles), keys, 0);
    }
    return withText(ad, shingles, keys);
  }

  /** Features of an ad whose shingles and band keys are already known (restoring saved state). */
  public AdFeatures withText(AdRecord ad, int[] shingles, int[] keys) {
    TreeSet<String> strong = new TreeSet<>();
    TreeSet<String> phones = new TreeSet<>();
    String location = null;
    for (Selector s : ad.selectors()) {
      if (s.type().strong()) {
        strong.add(s.key());
      }
      if (s.type() == SelectorType.PHONE) {
        phones.add(s.value());
      }
      if (s.type() == SelectorType.LOCATION && location == null) {
        location = s.value();
      }
    }
    for (String h : ad.imageHashes()) {
      if (!h.isBlank()) {
        strong.add(IMAGE + h.strip().toLowerCase(java.util.Locale.ROOT));
      }
    }
    String place = null;
    if (ad.city() != null && !ad.city().isBlank()) {
      place = places.canonical(ad.city()).orElse(null);
    }
    if (place == null) {
      place = location;
    }
    return new AdFeatures(shingles, keys, strong.toArray(String[]::new), place, phones.toArray(String[]::new));
  }

  public TemplateParameters parameters() {
    return params;
  }
}
