package ca.threadline.link.engine;

/**
 * What linking keeps of one ad after reading it: a pure function of the ad (see {@link Featurizer}).
 *
 * @param shingles sorted distinct 32-bit shingle hashes of the masked text
 * @param bandKeys LSH band keys of its MinHash signature (all zero when the ad is too short to
 *     take part in template clustering)
 * @param strongKeys {@code type:value} keys of its strong selectors, sorted, without duplicates
 * @param place canonical city of the ad ({@code City, PR}) or {@code null}
 * @param phones the E.164 numbers among its selectors (for area-code origins)
 */
public record AdFeatures(int[] shingles, int[] bandKeys, String[] strongKeys, String place, String[] phones) {}
