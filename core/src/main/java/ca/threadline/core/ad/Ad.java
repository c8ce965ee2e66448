package ca.threadline.core.ad;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An advertisement (escort ad, job ad) as it enters Threadline: the JSON Lines fields {@code id},
 * {@code text}, {@code url}, {@code posted_at}, {@code city} and optional image paths.
 *
 * @param postedAt may be {@code null}
 * @param city the site's own city field, as given; may be {@code null}
 * @param url may be {@code null}
 */
public record Ad(String id, String text, Instant postedAt, String city, String url, List<String> images) {
  public Ad {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    images = images == null ? List.of() : List.copyOf(images);
  }

  public Ad(String id, String text) {
    this(id, text, null, null, null, List.of());
  }
}
