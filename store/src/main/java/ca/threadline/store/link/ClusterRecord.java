package ca.threadline.store.link;

import java.util.Objects;

/**
 * A template cluster: ads written from one template.
 *
 * @param templateJson the linker's template with its slots, kept as the linker wrote it
 */
public record ClusterRecord(String key, String templateJson) {
  public ClusterRecord {
    Objects.requireNonNull(key, "key");
  }
}
