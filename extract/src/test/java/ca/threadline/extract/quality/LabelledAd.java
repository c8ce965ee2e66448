package ca.threadline.extract.quality;

import java.util.Set;

/**
 * One ad with its ground truth, as {@code type:value} keys (CONTRACTS.md §1 canonical values).
 *
 * @param gold what a correct extractor must find
 * @param optional what it may find without penalty (debatable or ambiguous items)
 */
public record LabelledAd(String id, String text, Set<String> gold, Set<String> optional) {
  public LabelledAd {
    gold = Set.copyOf(gold);
    optional = Set.copyOf(optional);
  }
}
