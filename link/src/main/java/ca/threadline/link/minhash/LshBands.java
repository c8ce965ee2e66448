package ca.threadline.link.minhash;

/**
 * Locality-sensitive hashing by banding (Indyk & Motwani 1998; Leskovec, Rajaraman & Ullman,
 * "Mining of Massive Datasets", ch. 3): a signature of {@code bands * rows} MinHash values is cut
 * into bands of {@code rows} values; two sets become a candidate pair when all rows of at least one
 * band agree. With Jaccard similarity s, {@code P[candidate] = 1 - (1 - s^rows)^bands}, an S-curve
 * with its steepest point near {@code (1/bands)^(1/rows)}.
 *
 * <p>Each band is reduced to a 32-bit key ({@link #keys}); two different bands of values sharing a
 * key only add a candidate pair, which exact verification then rejects, so key collisions cost
 * time, never correctness.
 */
public record LshBands(int bands, int rows) {
  public LshBands {
    if (bands <= 0 || rows <= 0) {
      throw new IllegalArgumentException("bands and rows must be positive");
    }
  }

  public int signatureLength() {
    return bands * rows;
  }

  /** Probability that a pair with Jaccard similarity {@code s} becomes a candidate. */
  public double candidateProbability(double s) {
    return 1 - Math.pow(1 - Math.pow(s, rows), bands);
  }

  /** The band keys of one signature, written to {@code out[offset .. offset+bands)}. */
  public void keys(int[] signature, int[] out, int offset) {
    for (int band = 0; band < bands; band++) {
      long h = 0x2545F4914F6CDD1DL + band;
      int base = band * rows;
      for (int r = 0; r < rows; r++) {
        h = Hashing.combine(h, signature[base + r]);
      }
      out[offset + band] = (int) (h ^ (h >>> 32));
    }
  }

  public int[] keys(int[] signature) {
    int[] out = new int[bands];
    keys(signature, out, 0);
    return out;
  }
}
