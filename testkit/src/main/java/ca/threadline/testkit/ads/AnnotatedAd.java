package ca.threadline.testkit.ads;

import java.util.List;

/** A generated ad with the spans of everything planted in it (for span-level evaluation). */
public record AnnotatedAd(GeneratedAd ad, List<PlantedSpan> spans) {
  public AnnotatedAd {
    spans = List.copyOf(spans);
  }

  /** The text a span covers. */
  public String surface(PlantedSpan span) {
    return ad.text().substring(span.start(), span.end());
  }
}
