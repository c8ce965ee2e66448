package ca.threadline.link.engine;

import ca.threadline.core.selector.Selector;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One ad as the linking engine takes it: the input fields of {@code threadline cluster} plus the
 * selectors extraction found in its text.
 *
 * @param postedAt may be {@code null}
 * @param city the site's city field as given; may be {@code null}
 * @param imageHashes hashes of the ad's images, compared for equality only (strong selectors of
 *     type {@code image}); empty when unknown
 */
public record AdRecord(String id, String text, Instant postedAt, String city, List<Selector> selectors, List<String> imageHashes) {
  public AdRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    selectors = selectors == null ? List.of() : List.copyOf(selectors);
    imageHashes = imageHashes == null ? List.of() : List.copyOf(imageHashes);
  }
}
