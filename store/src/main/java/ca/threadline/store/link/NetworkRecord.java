package ca.threadline.store.link;

import java.util.List;
import java.util.Objects;

/**
 * A network: ads the evidence ties to one operation.
 *
 * @param tyingSelectors selector keys that tie its documents together ({@code phone:+1...})
 * @param ignoredSelectors generic selectors shared by its documents but deliberately not used to
 *     tie (shared so widely they identify no one)
 */
public record NetworkRecord(String key, List<String> tyingSelectors, List<String> ignoredSelectors) {
  public NetworkRecord {
    Objects.requireNonNull(key, "key");
    tyingSelectors = tyingSelectors == null ? List.of() : List.copyOf(tyingSelectors);
    ignoredSelectors = ignoredSelectors == null ? List.of() : List.copyOf(ignoredSelectors);
  }
}
