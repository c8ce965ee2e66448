package ca.threadline.extract.quality;

import ca.threadline.extract.Extractor;
import ca.threadline.extract.StandardExtractor;

/** Prints a held-out set's table and misses: {@code java -cp ... ca.threadline.extract.quality.HeldOutReport [/resource/path.jsonl]}. */
public final class HeldOutReport {
  private HeldOutReport() {}

  public static void main(String[] args) {
    Extractor extractor = StandardExtractor.create();
    Scorecard card = new Scorecard(Integer.MAX_VALUE);
    String resource = args.length > 0 ? args[0] : "/ca/threadline/extract/heldout-ads.jsonl";
    for (LabelledAd ad : LabelledAds.resource(resource)) {
      card.add(ad, GeneratorQualityReport.found(extractor, ad.text()));
    }
    System.out.println(card.table());
    System.out.println(card.examplesReport());
  }
}
