package ca.threadline.link.template;

import ca.threadline.link.minhash.LshBands;

/**
 * The knobs of template clustering; docs/linking.md explains each value and how it was tuned on the
 * testkit corpus generator.
 *
 * @param shingleWidth words per shingle
 * @param shinglesWithinSentences whether shingles stop at sentence boundaries
 * @param bands LSH bands
 * @param rows MinHash values per band (signature length = bands × rows)
 * @param threshold exact Jaccard similarity a candidate pair needs to be linked
 * @param minShingles ads with fewer distinct shingles stay alone: too short to tell a shared
 *     template from chance ("call me ⟨phone⟩")
 * @param bucketCap within one LSH bucket, an ad is compared only with the bucket's first
 *     {@code bucketCap} ads in input order (bounds the cost of huge buckets of look-alike ads)
 * @param seed seed of the MinHash functions
 */
public record TemplateParameters(
    int shingleWidth, boolean shinglesWithinSentences, int bands, int rows, double threshold, int minShingles, int bucketCap, long seed) {
  public static final long DEFAULT_SEED = 0x7468726561646C6EL; // "threadln"

  public TemplateParameters {
    if (shingleWidth < 1 || bands < 1 || rows < 1 || minShingles < 1 || bucketCap < 1) {
      throw new IllegalArgumentException("shingleWidth, bands, rows, minShingles and bucketCap must be positive");
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }
  }

  public static TemplateParameters defaults() {
    return new TemplateParameters(3, false, 64, 4, 0.35, 5, 100, DEFAULT_SEED);
  }

  public LshBands lsh() {
    return new LshBands(bands, rows);
  }
}
