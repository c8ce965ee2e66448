package ca.threadline.testkit.corpus;

import ca.threadline.core.io.JsonQuote;
import java.time.Instant;
import java.util.List;

/**
 * One generated ad with its ground truth.
 *
 * @param city the site's city field as a site would show it; {@code null} when the ad has none
 * @param cityCanonical where the poster was when posting ({@code City, PR}), known even when the
 *     ad has no city field
 * @param template gold template label: ads written from the same template share it
 * @param operator gold operator label: ads of one operation share it (independent posters each
 *     have their own)
 * @param planted the selectors put into the text (strong ones and the city), for tests of the
 *     linking logic independent of extraction
 * @param language en, fr or mixed
 */
public record CorpusAd(
    String id,
    String text,
    Instant postedAt,
    String city,
    String cityCanonical,
    String template,
    String operator,
    List<PlantedSelector> planted,
    String language) {
  public CorpusAd {
    planted = List.copyOf(planted);
  }

  /** The ad as a {@code threadline cluster} input line (no gold), without the line break. */
  public String toJson() {
    StringBuilder b = new StringBuilder(text.length() + 96);
    b.append("{\"id\":");
    JsonQuote.quote(b, id);
    b.append(",\"text\":");
    JsonQuote.quote(b, text);
    b.append(",\"posted_at\":");
    JsonQuote.quote(b, postedAt.toString());
    if (city != null) {
      b.append(",\"city\":");
      JsonQuote.quote(b, city);
    }
    b.append('}');
    return b.toString();
  }

  /** The gold labels of the ad as a JSON line: {@code {"id","template","operator"}}. */
  public String goldJson() {
    StringBuilder b = new StringBuilder(64);
    b.append("{\"id\":");
    JsonQuote.quote(b, id);
    b.append(",\"template\":");
    JsonQuote.quote(b, template);
    b.append(",\"operator\":");
    JsonQuote.quote(b, operator);
    b.append('}');
    return b.toString();
  }
}
