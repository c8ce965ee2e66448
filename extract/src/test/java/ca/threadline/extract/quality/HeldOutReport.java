package ca.threadline.extract.quality;

import ca.threadline.extract.Extractor;
import ca.threadline.extract.StandardExtractor;

/** Prints the held-out set's table and misses: {@code java -cp ... ca.threadline.extract.quality.HeldOutReport}. */
public final class HeldOutReport {
  private HeldOutReport() {}

  public static void main(String[] args) {
    Extractor extractor = StandardExtractor.create();
    Scorecard card = new Scorecard(Integer.MAX_VALUE);
    for (LabelledAd ad : LabelledAds.resource("/ca/threadline/extract/heldout-ads.jsonl")) {
      card.add(ad, GeneratorQualityReport.found(extractor, ad.text()));
    }
    System.out.println(card.table());
    System.out.println(card.examplesReport());
  }
}
